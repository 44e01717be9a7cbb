/// A plain-text table for the terminal: columns padded to their widest cell, two spaces
/// apart, a rule of dashes under the header, no trailing spaces.
public struct TextTable: Sendable {
    /// Where a column's cells sit in its width.
    public enum Alignment: Sendable {
        /// Text.
        case left
        /// Numbers.
        case right
    }

    /// The header cells.
    public let header: [String]
    /// How each column is aligned.
    public let alignments: [Alignment]
    /// The rows, each as wide as the header.
    public var rows: [[String]] = []

    /// Creates an empty table.
    public init(header: [String], alignments: [Alignment]) {
        precondition(header.count == alignments.count, "TextTable: one alignment per column")
        self.header = header
        self.alignments = alignments
    }

    /// The table as lines of text, each ending in a line feed.
    public func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
