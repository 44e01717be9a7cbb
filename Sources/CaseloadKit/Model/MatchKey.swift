/// A name reduced for matching: surrounding white space dropped, lower-cased, nothing more clever.
public struct MatchKey: Hashable, Sendable, CustomStringConvertible {
    /// The reduced form.
    public let value: String

    /// Reduces `name` for matching.
    public init(_ name: some StringProtocol) {
        self.value = String(name).trimmingWhitespace().lowercased()
    }

    public var description: String { value }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, no-break spaces, line ends).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
