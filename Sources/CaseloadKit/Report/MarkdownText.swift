/// Text for Markdown output (bilag1.md, `caseload diff --markdown`): the one place where a
/// name or sentence from the input is escaped before it goes into Markdown.
public enum MarkdownText {
    /// `text` as Markdown text: `<`, `>` and `&` as HTML entities (a name must never become
    /// markup), and the characters that Markdown reads as formatting or as a table's column
    /// separator with a backslash. Safe in a paragraph, a heading and a table cell.
    public static func escaped(_ text: String) -> String {
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
