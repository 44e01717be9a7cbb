/// Text for XML and HTML output (SpreadsheetML, the HTML report and its SVG): the one place
/// where a name from the input is escaped before it goes into markup.
public enum MarkupText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and in
    /// attribute values. Characters that XML 1.0 does not allow (control characters other
    /// than tab, line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD, so the file
    /// stays well-formed whatever a name holds.
    /// The rule itself is `OutputBytes.appendEscaped` (one rule for the String and the byte
    /// renderers).
    public static func escaped(_ text: String) -> String {
        var out = OutputBytes(reservingCapacity: text.utf8.count)
        out.appendEscaped(text)
        return out.string
    }
}
