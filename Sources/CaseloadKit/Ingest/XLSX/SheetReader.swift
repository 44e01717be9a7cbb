import Foundation

/// Streams one worksheet's XML (`<sheetData>`) row by row with libxml2's reader and turns
/// every cell into the text a CSV cell would hold: shared and inline strings as they are,
/// numbers as exact decimals in the run's number style (`WorkbookNumber`), date cells as
/// ISO dates, formulas by their cached value. A formula without a cached value, or a cell
/// holding an error (`#DIV/0!`), stops reading with a failure at its cell.
struct SheetReader {
    /// One row of the sheet: its number and its non-empty cells by column number.
    struct Row {
        /// The 1-based row number.
        let number: Int
        /// The cells that hold something, with their 1-based column, in column order.
        let cells: [(column: Int, text: String)]
    }

    let archive: WorkbookArchive
    let sheet: WorkbookArchive.Sheet
    let style: NumberStyle

    /// Calls `body` with each row that the sheet lists, in order, until it returns false.
    func forEachRow(_ body: (Row) throws -> Bool) throws {
        let strings = try WorkbookStrings.read(archive)
        let styles = try WorkbookStyles.read(archive)
        let data = try archive.data(of: sheet.part)
        var scan = Scan(strings: strings, styles: styles, dates1904: archive.dates1904, style: style)
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> Void in
            guard let stream = XMLStream(bytes, name: sheet.part) else { throw WorkbookFailure(.workbookPartMissing(sheet.part)) }
            do {
                while try stream.next() {
                    guard stream.type == XMLStream.Node.element, stream.name == "row" else { continue }
                    guard try body(try scan.row(stream)) else { return }
                }
            } catch let broken as XMLStream.Broken {
                throw WorkbookFailure(.workbookPartBroken(sheet.part, problem: broken.problem))
            }
        }
    }

    /// What reading needs between rows.
    private struct Scan {
        let strings: [String]
        let styles: WorkbookStyles
        let dates1904: Bool
        let style: NumberStyle
        var lastRow = 0

        /// Reads a `<row>` element to its end.
        mutating func row(_ stream: XMLStream) throws -> Row {
            let number = stream.attribute("r").flatMap(Int.init) ?? lastRow + 1
            lastRow = number
            var cells: [(column: Int, text: String)] = []
            guard !stream.isEmptyElement else { return Row(number: number, cells: cells) }
            var lastColumn = 0
            while try stream.next() {
                if stream.type == XMLStream.Node.endElement, stream.name == "row" { break }
                guard stream.type == XMLStream.Node.element, stream.name == "c" else { continue }
                let column = stream.attribute("r").flatMap { CellName.parse($0)?.column } ?? lastColumn + 1
                lastColumn = column
                let text = try cell(stream, row: number, column: column)
                if !text.isEmpty { cells.append((column, text)) }
            }
            return Row(number: number, cells: cells)
        }

        /// Reads a `<c>` element to its end: its value as text.
        func cell(_ stream: XMLStream, row: Int, column: Int) throws -> String {
            let type = stream.attribute("t") ?? "n"
            let styleIndex = stream.attribute("s").flatMap(Int.init) ?? 0
            guard !stream.isEmptyElement else { return "" }
            var value: String?
            var formula: String?
            var inline: String?
            while try stream.next() {
                if stream.type == XMLStream.Node.endElement, stream.name == "c" { break }
                guard stream.type == XMLStream.Node.element else { continue }
                switch stream.name {
                case "v": value = try stream.text()
                case "f": formula = try stream.text()
                case "is": inline = try stream.text(runs: true)
                default: break
                }
            }
            func fail(_ message: Message) -> WorkbookFailure { WorkbookFailure(message, row: row, column: column) }
            if let inline { return inline }
            if let formula, value == nil || (value == "" && type != "str") {
                throw fail(.workbookFormulaWithoutValue(formula))
            }
            guard let value else { return "" }
            switch type {
            case "s":
                guard let index = Int(value.trimmingWhitespace()), index >= 0, index < strings.count else {
                    throw fail(.workbookSharedStringMissing(value))
                }
                return strings[index]
            case "str", "inlineStr":
                return value
            case "b":
                return value == "1" ? "TRUE" : "FALSE"
            case "e":
                throw fail(.workbookErrorCell(value))
            case "d":
                // An ISO 8601 date (and time): the date part.
                return String(value.prefix(10))
            default:
                if styles.showsDate(styleIndex) {
                    guard let day = WorkbookDate.day(value, dates1904: dates1904) else { throw fail(.workbookBadDate(value)) }
                    return day.description
                }
                guard let text = WorkbookNumber.text(value, style: style) else { throw fail(.workbookBadNumber(value)) }
                return text
            }
        }
    }
}
