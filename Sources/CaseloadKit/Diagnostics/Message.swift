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
