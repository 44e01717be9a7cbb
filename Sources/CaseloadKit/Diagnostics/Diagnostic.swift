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
    }

    /// How serious.
    public let severity: Severity
    /// Where, if it is tied to a place.
    public let location: SourceLocation?
    /// What is wrong, with the offending value and, where it helps, the fix. Invisible and
    /// control characters in it are spelled out (`<U+00A0>`), see `VisibleText`.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = VisibleText.escape(message)
        self.location = location
    }

    /// `file:line:column: error: message`, the form compilers use and editors understand.
    public var description: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
