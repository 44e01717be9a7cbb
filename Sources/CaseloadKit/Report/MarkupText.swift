/// Text for XML and HTML output (SpreadsheetML, the HTML report and its SVG): the one place
/// where a name from the input is escaped before it goes into markup.
public enum MarkupText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// attribute values. Characters that XML 1.0 does not allow (control characters other
    /// than tab, line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD, so the file
    /// stays well-formed whatever a name holds.
    public static func escaped(_ text: String) -> String {
        // Most names and labels need nothing: then the text itself, with no copy. (U+FFFE and
        // U+FFFF start with the byte EF, which the loop below looks at.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<")
            || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
