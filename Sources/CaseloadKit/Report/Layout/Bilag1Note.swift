/// A footnote under a Bilag 1 table: the mark it explains (none for a general note) and its
/// Danish text.
public struct Bilag1Note: Sendable, Equatable {
    /// The mark the note explains, if any.
    public let mark: Bilag1Mark?
    /// The text, without the mark.
    public let text: String

    /// Creates a note.
    public init(_ mark: Bilag1Mark?, _ text: String) {
        self.mark = mark
        self.text = text
    }
}
