/// A column a reader expects, by its canonical ASCII name.
///
/// Header cells match ignoring case and surrounding white space, with `aa`, `oe` and `ae`
/// accepted for `å`, `ø` and `æ` (`aar` = `år`).
public struct CSVColumn: Hashable, Sendable {
    /// Canonical name, ASCII (`aar`, `beloeb`, `kr_pr_helaarsperson`).
    public let key: String
    /// The name shown in messages (`år`, `beløb`).
    public let label: String
    /// Whether a file without it is an error.
    public let required: Bool

    /// Creates a column.
    public init(_ label: String, required: Bool = true) {
        self.label = label
        self.key = CSVColumn.normalize(label)
        self.required = required
    }

    /// The form header cells are compared in.
    public static func normalize(_ header: String) -> String {
        var text = header.trimmingWhitespace().lowercased()
        for (letter, spelled) in [("å", "aa"), ("ø", "oe"), ("æ", "ae")] {
            text = text.replacing(letter, with: spelled)
        }
        return text
    }
}
