import Foundation

/// A workbook's table written out as a temporary CSV file, for a reader that reads bytes
/// (the case periods): where each field of each line starts, so that a place in the copy
/// (line, character column) is shown as the sheet's cell. The copy is deleted when the last
/// `InputFile` that reads it is gone.
public final class SheetCopy: Hashable, Sendable {
    /// The temporary CSV file.
    public let url: URL
    /// The copy's first line that has fields (the header's row).
    let firstLine: Int
    /// The fields per line.
    let width: Int
    /// For each line from `firstLine`, the 1-based character column where each field starts.
    let starts: [Int32]

    /// A copy at `url` of `width` fields per line from `firstLine` on.
    init(url: URL, firstLine: Int, width: Int, starts: [Int32]) {
        self.url = url
        self.firstLine = firstLine
        self.width = width
        self.starts = starts
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The 1-based column number of the cell at a character column of a line of the copy
    /// (the field the column falls in); `nil` if the line has no fields.
    func cellColumn(line: Int, column: Int) -> Int? {
        let base = (line - firstLine) * width
        guard width > 0, line >= firstLine, base + width <= starts.count else { return nil }
        var field = 0
        while field + 1 < width, Int(starts[base + field + 1]) <= column { field += 1 }
        return field + 1
    }

    public static func == (a: SheetCopy, b: SheetCopy) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
