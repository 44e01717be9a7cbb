import Foundation

/// The flags of published results, counted from their `flag.csv` (for `run --fail-on-flags`
/// when the results are up to date and nothing was computed). A file that cannot be read or
/// is not a flag.csv as `FlagCSV` writes it is an error, never 0 flags: a CI job must not
/// pass because the count failed.
public enum PublishedFlags {
    /// Why the flags could not be counted.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What went wrong, in both languages.
        public let message: Message

        /// What went wrong, in English.
        public var description: String { message.en }
    }

    /// The rows of the flag.csv at `url`, named `shownAs` in messages
    /// (`Output/2017/flag.csv`).
    public static func count(at url: URL, shownAs path: String) throws(Failure) -> Int {
        var data = Data()
        do {
            try ChunkedFile.read(url) { data.append(contentsOf: $0) }
        } catch {
            throw Failure(message: .flagFileUnreadable(path, reason: error.reason))
        }
        return try count(data, shownAs: path)
    }

    /// The rows of a flag.csv's bytes: the header must be `FlagCSV.header` and every row as
    /// wide as it.
    public static func count(_ data: Data, shownAs path: String) throws(Failure) -> Int {
        func malformed(_ problem: Message) -> Failure { Failure(message: .flagFileMalformed(path, problem: problem)) }
        guard String(data: data, encoding: .utf8) != nil else { throw malformed(.flagFileNotUTF8) }
        var header: [String]?
        var rows = 0
        do {
            try CSVReader.forEachRecord(in: data, delimiter: UInt8(ascii: ","), encoding: .utf8) { record in
                guard header != nil else {
                    guard record.fields == FlagCSV.header else { throw malformed(.flagFileHeader(FlagCSV.header)) }
                    header = record.fields
                    return
                }
                guard record.fields.count == FlagCSV.header.count else {
                    throw malformed(.flagFileRowWidth(line: record.line, fields: record.fields.count, header: FlagCSV.header.count))
                }
                rows += 1
            }
        } catch let failure as Failure {
            throw failure
        } catch let failure as CSVReader.Failure {
            throw malformed(.flagFileCSV(line: failure.line, column: failure.column, problem: failure.message))
        } catch {
            throw Failure(message: .flagFileUnreadable(path, reason: "\(error)"))
        }
        guard header != nil else { throw malformed(.flagFileEmpty) }
        return rows
    }
}
