import Foundation

/// An input file: where it is, and how the user names it in messages and outputs.
public struct InputFile: Hashable, Sendable, CustomStringConvertible {
    /// The file on disk.
    public let url: URL
    /// The path relative to the folder of pipeline.yml, e.g. `Input/takster/takster-2017.csv`
    /// (a workbook's sheet named in pipeline.yml stays in it: `Input/budget/budget.xlsx#Ishøj`).
    public let path: String
    /// A workbook's sheet: the one pipeline.yml names after `#`, or, once the workbook is
    /// open, the first sheet's name. `nil` for text files.
    public let sheet: String?
    /// The table of a workbook's sheet as a temporary CSV file (case periods are read from
    /// bytes): `url` is the copy's, and places in it are shown as the sheet's cells.
    public let copy: SheetCopy?

    /// Creates an input file.
    public init(url: URL, path: String, sheet: String? = nil, copy: SheetCopy? = nil) {
        self.url = url
        self.path = path
        self.sheet = sheet
        self.copy = copy
    }

    /// True for an Excel workbook (`.xlsx`) not yet copied to CSV.
    public var isWorkbook: Bool { copy == nil && url.path.lowercased().hasSuffix(".xlsx") }

    /// The same file with its sheet known.
    public func on(sheet name: String) -> InputFile { InputFile(url: url, path: path, sheet: name) }

    /// A location in this file (in a workbook: its sheet, row and column number; in a
    /// workbook's CSV copy, the line and character column turned into the cell).
    public func at(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        if let copy, let line, let column {
            return SourceLocation(file: path, line: line, column: copy.cellColumn(line: line, column: column), sheet: sheet)
        }
        return SourceLocation(file: path, line: line, column: column, sheet: sheet)
    }

    public var description: String { path }
}
