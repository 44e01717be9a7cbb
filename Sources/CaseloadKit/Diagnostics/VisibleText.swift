/// Makes text safe and unambiguous on a terminal: characters that cannot be seen (control
/// characters, NUL, no-break and other unusual spaces, zero-width and format characters)
/// are shown as `<U+00A0>`, so "did you mean" never shows two names that look the same,
/// and a file's bytes can never reach the terminal as control sequences.
public enum VisibleText {
    /// `text` with every invisible or control character spelled out as `<U+XXXX>`.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result += "<U+" + hex(scalar.value) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True for a character a reader cannot see or that a terminal acts on: every control
    /// character (tab and line breaks too), every space other than U+0020, and format
    /// characters such as U+200B (zero width space) and U+FEFF (byte order mark).
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate:
            return true
        default:
            return scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
