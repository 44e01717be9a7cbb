/// A text for people, in both languages caseload speaks.
///
/// Every message a user can see comes from the catalogue in `Diagnostics/Messages/`, as a
/// static function on `Message` that takes the values to show and returns both texts; a
/// renderer picks one with `text(_:)`. Keeping the two texts together keeps them in step.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// The English text.
    public let en: String
    /// The Danish text.
    public let da: String

    /// A message in both languages.
    public init(en: String, da: String) {
        self.en = en
        self.da = da
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .da: da
        }
    }

    /// Both texts changed the same way (escaping, masking).
    public func map(_ transform: (String) -> String) -> Message {
        Message(en: transform(en), da: transform(da))
    }

    /// The English text (tests and logs that do not choose a language).
    public var description: String { en }
}

extension Message {
    /// A count in Danish number style (`1.234.567`); years and line numbers are not counts.
    static func dk(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (count < 0 ? "-" : "") + grouped
    }

    /// `"a", "b" or "c"` (`eller` in Danish): quoted names, the last joined by the word.
    static func alternatives(_ names: [String], _ word: String) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    /// `s` unless `count` is 1 (English plurals).
    static func s(_ count: Int) -> String { count == 1 ? "" : "s" }
}
