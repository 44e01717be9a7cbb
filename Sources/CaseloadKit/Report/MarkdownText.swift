/// Text for Markdown output (bilag1.md, `caseload diff --markdown`): the one place where a
/// name or sentence from the input is escaped before it goes into Markdown.
public enum MarkdownText {
    /// `text` as Markdown text: `<`, `>` and `&` as HTML entities (a name must never become
    /// markup), and the characters that Markdown reads as formatting or as a table's column
    /// separator with a backslash. Safe in a paragraph, a heading and a table cell.
    public static func escaped(_ text: String) -> String {
        // Most text has none of the bytes of & < > \ | * _ ` [ ]: then the text itself, no copy.
        let special: (UInt8) -> Bool = {
            switch $0 {
            case 0x26, 0x3C, 0x3E, 0x5C, 0x7C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D: true
            default: false
            }
        }
        if !text.utf8.contains(where: special) { return text }
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "|", "*", "_", "`", "[", "]": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// A pipe table row: `| a | b |`.
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
