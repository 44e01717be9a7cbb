import Foundation

/// A result file: its name inside `<output>/<year>/` and its bytes.
///
/// A file keeps the bytes as its renderer built them (a `String`, `OutputBytes` or `Data`), so
/// that publishing writes and hashes them in place instead of copying them into a `Data` first
/// (rapport.html is megabytes).
public struct OutputFile: Sendable, Equatable {
    /// The file name, e.g. `afstemning.csv`.
    public let name: String
    private let storage: Storage

    /// The bytes as the renderer gave them.
    private enum Storage: Sendable, Equatable {
        case text(String)
        case bytes(Data)
        case written(OutputBytes)
    }

    /// The bytes: UTF-8 text with LF line ends, or a binary file (the XLSX workbook).
    public var data: Data {
        switch storage {
        case .text(let text): Data(text.utf8)
        case .bytes(let data): data
        case .written(let written): written.data
        }
    }

    /// The content as text (for the text files).
    public var contents: String {
        switch storage {
        case .text(let text): text
        case .bytes(let data): String(decoding: data, as: UTF8.self)
        case .written(let written): written.string
        }
    }

    /// Creates a text file, UTF-8.
    public init(name: String, contents: String) {
        self.name = name
        self.storage = .text(contents)
    }

    /// Creates a file from its bytes.
    public init(name: String, data: Data) {
        self.name = name
        self.storage = .bytes(data)
    }

    /// Creates a file from a renderer's `OutputBytes`, kept as they are (no copy).
    public init(name: String, bytes: OutputBytes) {
        self.name = name
        self.storage = .written(bytes)
    }

    /// Calls `body` with the file's bytes in place (no copy of a text file's UTF-8).
    public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        switch storage {
        case .text(var text):
            // withUTF8 makes the string's storage contiguous UTF-8 first if it is not (a bridged
            // string); for the renderers' native strings it is already, and nothing is copied.
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .bytes(let data):
            return try data.withUnsafeBytes(body)
        case .written(let written):
            return try written.bytes.withUnsafeBytes(body)
        }
    }

    /// Two files are equal when their names and bytes are, however each holds them.
    public static func == (lhs: OutputFile, rhs: OutputFile) -> Bool {
        lhs.name == rhs.name && lhs.withBytes { left in rhs.withBytes { right in left.elementsEqual(right) } }
    }
}
