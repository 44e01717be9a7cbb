/// The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, in
/// the order first used, so the same report always gives the same table.
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

    /// `xl/sharedStrings.xml`.
    var xml: String {
        var xml = XLSXPackage.declaration
        xml += "<sst xmlns=\"\(XLSXPackage.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for string in strings {
            // Leading or trailing spaces survive only with xml:space="preserve".
            let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
            xml += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(MarkupText.escaped(string))</t></si>"
        }
        return xml + "</sst>"
    }
}
