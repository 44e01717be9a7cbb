/// A place in an input file: the file as the user names it (relative to pipeline.yml) and,
/// where known, a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, relative to the folder of pipeline.yml, e.g. `Input/budget/ishoej-2017.csv`.
    public let file: String
    /// The 1-based line, if known.
    public let line: Int?
    /// The 1-based column in characters, if known.
    public let column: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same place without the column: a line of input as a whole.
    public var wholeLine: SourceLocation { SourceLocation(file: file, line: line) }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0) < (b.file, b.line ?? 0, b.column ?? 0)
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = VisibleText.escape(file)
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        return text
    }
}
