/// Worksheet names as Excel accepts them: 1 to 31 characters, none of `: \ / ? * [ ]`, no
/// apostrophe first or last, not `History`, and unique ignoring case.
enum SheetName {
    /// The longest name Excel takes, in UTF-16 units.
    static let maximumLength = 31

    /// Usable, distinct names for `wanted`, in the same order: a forbidden character becomes
    /// `_`, a long name is cut, and a repeated name gets ` (2)`, ` (3)`, ….
    static func unique(_ wanted: [String]) -> [String] {
        var taken: Set<String> = []
        return wanted.map { name in
            let base = cleaned(name)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = cut(base, to: maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    static func cleaned(_ name: String) -> String {
        var text = String(name.map { ":\\/?*[]".contains($0) ? "_" : $0 })
        while text.hasPrefix("'") { text.removeFirst() }
        text = cut(text, to: maximumLength)
        while text.hasSuffix("'") { text.removeLast() }
        if text.trimmingWhitespace().isEmpty { return "Ark" }
        if text.lowercased() == "history" { return text + "_" }
        return text
    }

    /// The longest prefix of whole characters that fits in `length` UTF-16 units.
    private static func cut(_ text: String, to length: Int) -> String {
        var out = ""
        for character in text {
            guard out.utf16.count + String(character).utf16.count <= length else { break }
            out.append(character)
        }
        return out
    }
}
