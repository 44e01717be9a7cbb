/// A place in an input file: the file as the user names it (relative to pipeline.yml) and,
/// where known, a 1-based line and column. In a workbook (`sheet` set) the line is the
/// sheet's row and the column the cell's column number, shown as a cell (`D7`). In a JSON
/// file (a Jobindsats response) the JSON path of the value locates it (`$[0].Data[3][2]`).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, relative to the folder of pipeline.yml, e.g. `Input/budget/ishoej-2017.csv`
    /// (with `#Sheet` when pipeline.yml names a workbook's sheet).
    public let file: String
    /// The 1-based line (a workbook's row), if known.
    public let line: Int?
    /// The 1-based column in characters (a workbook's column number), if known.
    public let column: Int?
    /// The workbook's sheet; `nil` for a text file.
    public let sheet: String?
    /// The JSON path of a value in a JSON file (`$[0].Data[3]`), rows counted from 0; `line`
    /// is then the row's number in the file, which only orders the file's messages.
    public let jsonPath: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil, jsonPath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
        self.jsonPath = jsonPath
    }

    /// The same place without the column: a line of input as a whole (a JSON path is kept:
    /// a JSON file's rows are located by their path).
    public var wholeLine: SourceLocation { SourceLocation(file: file, line: line, sheet: sheet, jsonPath: jsonPath) }

    /// The cell's name (`D7`) in a workbook; `nil` without a sheet, row or column.
    public var cell: String? {
        guard sheet != nil, let line, let column else { return nil }
        return CellName.letters(column) + String(line)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.sheet ?? "", a.line ?? 0, a.column ?? 0, a.jsonPath ?? "") < (b.file, b.sheet ?? "", b.line ?? 0, b.column ?? 0, b.jsonPath ?? "")
    }

    /// `file:line:column`, leaving out what is unknown; in a workbook `file, sheet S, cell D7`
    /// in `language`.
    public func rendered(_ language: Language) -> String {
        guard let sheet else { return description }
        var name = file
        if name.hasSuffix("#" + sheet) { name = String(name.dropLast(sheet.count + 1)) }
        let place: Message
        if let cell {
            place = .workbookCellPlace(sheet: sheet, cell: cell)
        } else if let line {
            place = .workbookRowPlace(sheet: sheet, row: line)
        } else {
            place = .workbookSheetPlace(sheet: sheet)
        }
        return VisibleText.escape(name) + ", " + VisibleText.escape(place.text(language))
    }

    /// `file:line:column`, leaving out what is unknown (a workbook's place in English).
    public var description: String {
        if sheet != nil { return rendered(.en) }
        if let jsonPath { return VisibleText.escape(file) + ", " + VisibleText.escape(jsonPath) }
        var text = VisibleText.escape(file)
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        return text
    }
}
