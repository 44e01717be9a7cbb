import Foundation

/// Rules for names that reach the outputs (a catalog name, a municipality or the jobcenter
/// in pipeline.yml): one line of text that no spreadsheet runs as a formula, in Unicode NFC.
public enum DisplayName {
    /// The signs that make a spreadsheet read a cell as a formula.
    static let formulaSigns: Set<Character> = ["=", "+", "-", "@"]

    /// Why `name` cannot be a display name, or `nil` if it can. `what` names the field
    /// in the message, e.g. `municipality` or `navn`.
    public static func problem(_ name: String, what: String) -> String? {
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            let shown = VisibleText.escape(String(control))
            return "\(what) \"\(name)\" holds a control character (\(shown)); a name must be one line of text without tabs"
        }
        if let first = name.first, formulaSigns.contains(first) {
            return "\(what) \"\(name)\" starts with \"\(first)\", which makes a spreadsheet read it as a formula; write the name without it"
        }
        return nil
    }

    /// The name in Unicode NFC (composed letters), so a file saved on a Mac, which may hold
    /// decomposed letters, gives the same output bytes as one saved elsewhere.
    public static func normalized(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping
    }
}
