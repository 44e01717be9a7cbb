/// The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, in
/// the order first used, so the same report always gives the same table.
///
/// The table comes before the sheets in the package, so every text is looked up once, before
/// any sheet is written (`indices(of:)`), and each sheet then writes the indices in order.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// How many text cells refer to the table.
    private(set) var references = 0

    /// The index of `text`, added if new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    /// The indices of `sheet`'s text cells, row by row, in the order `Worksheet.xml` writes
    /// them; new texts are added.
    mutating func indices(of sheet: Worksheet) -> [Int] {
        var found: [Int] = []
        for row in sheet.rows {
            for cell in row {
                if case .text(let text) = cell.content { found.append(index(of: text)) }
            }
        }
        return found
    }

    /// `xl/sharedStrings.xml`.
    var xml: OutputBytes {
        var out = OutputBytes()
        appendXML(to: &out)
        return out
    }

    /// Appends `xl/sharedStrings.xml` to `out` (the workbook's draining buffer).
    func appendXML(to out: inout OutputBytes) {
        out.append(XLSXPackage.declaration)
        out.append("<sst xmlns=\"")
        out.append(XLSXPackage.mainNamespace)
        out.append("\" count=\"")
        out.append(references)
        out.append("\" uniqueCount=\"")
        out.append(strings.count)
        out.append("\">")
        for string in strings {
            // Leading or trailing spaces survive only with xml:space="preserve".
            let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
            out.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>")
            out.appendEscaped(string)
            out.append("</t></si>")
        }
        out.append("</sst>")
    }
}
