/// A result file: its name inside `<output>/<year>/` and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// The file name, e.g. `afstemning.csv`.
    public let name: String
    /// The content, UTF-8 with LF line ends.
    public let contents: String

    /// Creates a result file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
