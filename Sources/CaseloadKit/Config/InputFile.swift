import Foundation

/// An input file: where it is, and how the user names it in messages and outputs.
public struct InputFile: Hashable, Sendable, CustomStringConvertible {
    /// The file on disk.
    public let url: URL
    /// The path relative to the folder of pipeline.yml, e.g. `Input/takster/takster-2017.csv`.
    public let path: String

    /// Creates an input file.
    public init(url: URL, path: String) {
        self.url = url
        self.path = path
    }

    /// A location in this file.
    public func at(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    public var description: String { path }
}
