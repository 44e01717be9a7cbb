import Foundation

/// A result file: its name inside `<output>/<year>/` and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// The file name, e.g. `afstemning.csv`.
    public let name: String
    /// The bytes: UTF-8 text with LF line ends, or a binary file (the XLSX workbook).
    public let data: Data

    /// The content as text (for the text files).
    public var contents: String { String(decoding: data, as: UTF8.self) }

    /// Creates a text file, UTF-8.
    public init(name: String, contents: String) {
        self.name = name
        self.data = Data(contents.utf8)
    }

    /// Creates a file from its bytes.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
