/// Which of a workbook's cell styles show a date (`xl/styles.xml`): a date cell is a number
/// (days since 1900 or 1904) that only its style's number format makes a date.
struct WorkbookStyles {
    /// For each cell style (`<xf>` of `<cellXfs>`, the `s` attribute of a cell), whether its
    /// number format is a date.
    let isDate: [Bool]

    /// No styles: no cell is a date.
    init(isDate: [Bool] = []) { self.isDate = isDate }

    /// True if style number `index` shows a date.
    func showsDate(_ index: Int) -> Bool { index >= 0 && index < isDate.count && isDate[index] }

    /// Reads the styles part, if the workbook has one.
    static func read(_ archive: WorkbookArchive) throws(WorkbookFailure) -> WorkbookStyles {
        guard let part = archive.stylesPart, archive.has(part) else { return WorkbookStyles() }
        var customDates: [Int: Bool] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        try WorkbookArchive.parse(archive.data(of: part), part: part) { stream throws(XMLStream.Broken) in
            switch stream.type {
            case XMLStream.Node.element:
                if stream.name == "numFmt", let id = stream.attribute("numFmtId").flatMap(Int.init) {
                    customDates[id] = isDateFormat(stream.attribute("formatCode") ?? "")
                } else if stream.name == "cellXfs" {
                    inCellXfs = !stream.isEmptyElement
                } else if stream.name == "xf", inCellXfs {
                    formats.append(stream.attribute("numFmtId").flatMap(Int.init) ?? 0)
                }
            case XMLStream.Node.endElement where stream.name == "cellXfs":
                inCellXfs = false
            default:
                break
            }
        }
        return WorkbookStyles(isDate: formats.map { customDates[$0] ?? builtInDates.contains($0) })
    }

    /// Excel's built-in number formats that show a date (14–17, 22; 27–36 and 50–58 in East
    /// Asian locales). Times alone (18–21, 45–47) are not dates.
    static let builtInDates: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    /// True if a format code shows a day, month or year: a `d`, `m` or `y` outside quoted
    /// text, `[…]` (colours, conditions, elapsed time) and escaped characters, in its first
    /// section. `m` next to `h` or `s` is minutes; a code of only time is not a date.
    static func isDateFormat(_ code: String) -> Bool {
        // The general format, by its English and its Danish name.
        if ["general", "standard"].contains(code.lowercased()) { return false }
        var inQuote = false
        var inBracket = false
        var escaped = false
        var letters = ""
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": inQuote.toggle()
            case "\\" where !inQuote: escaped = true
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "h", "m", "s" where inBracket && !inQuote:
                letters.append("h")  // elapsed time, [h] or [mm]: a duration, not a date
            case ";" where !inQuote && !inBracket: return letters.contains { "dy".contains($0) } || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
            default:
                if !inQuote, !inBracket, "dmyhs".contains(character) { letters.append(character) }
            }
        }
        return letters.contains { "dy".contains($0) } || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }
}
