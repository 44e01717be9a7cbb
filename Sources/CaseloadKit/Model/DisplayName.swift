import Foundation

/// Rules for names that reach the outputs (a catalog name, a municipality or the jobcenter
/// in pipeline.yml): one line of text that no spreadsheet runs as a formula, in Unicode NFC.
public enum DisplayName {
    /// The signs that make a spreadsheet read a cell as a formula.
    static let formulaSigns: Set<Character> = ["=", "+", "-", "@"]

    /// Why `name` cannot be a display name, or `nil` if it can. `what` names the field
    /// in the message, e.g. `Message.whatMunicipality` or `Message.whatCatalogName`.
    public static func problem(_ name: String, what: Message) -> Message? {
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return .nameControlCharacter(what, name, shown: VisibleText.escape(String(control)))
        }
        if let first = name.first, formulaSigns.contains(first) {
            return .nameFormulaSign(what, name, sign: first)
        }
        return nil
    }

    /// The name in Unicode NFC (composed letters), so a file saved on a Mac, which may hold
    /// decomposed letters, gives the same output bytes as one saved elsewhere.
    public static func normalized(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping
    }
}
