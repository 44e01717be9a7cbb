/// One problem found in the input or the configuration, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The run cannot produce results.
        case error
        /// The run goes on, but a person should look.
        case warning
        /// Information about the other diagnostics (e.g. checks that were skipped).
        case note

        /// The word shown before the message.
        public func word(_ language: Language) -> String {
            switch (self, language) {
            case (.error, .en): "error"
            case (.warning, .en): "warning"
            case (.note, .en): "note"
            case (.error, .da): "fejl"
            case (.warning, .da): "advarsel"
            case (.note, .da): "bemærk"
            }
        }
    }

    /// How serious.
    public let severity: Severity
    /// Where, if it is tied to a place.
    public let location: SourceLocation?
    /// What is wrong, in both languages, with the offending value and, where it helps, the
    /// fix. Invisible and control characters in it are spelled out (`<U+00A0>`), see
    /// `VisibleText`.
    public let text: Message

    /// The English text of the message.
    public var message: String { text.en }

    /// Creates a diagnostic from a catalogue message.
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation?) {
        self.severity = severity
        self.text = message.map(VisibleText.escape)
        self.location = location
    }

    /// `file:line:column: severity: message` in `language`, the form compilers use and
    /// editors understand.
    public func rendered(_ language: Language) -> String {
        let body = "\(severity.word(language)): \(text.text(language))"
        if let location { return "\(location.rendered(language)): \(body)" }
        return body
    }

    /// The diagnostic in English.
    public var description: String { rendered(.en) }
}
