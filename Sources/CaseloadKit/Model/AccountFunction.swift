/// A place in the municipal chart of accounts: a function such as `5.57.71`, or a function
/// with a grouping such as `5.57.73.007`, or a whole account number below it.
///
/// Groups are compared by their numeric value, so `5.57.73.7` and `5.57.73.007` are the same.
public struct AccountFunction: Hashable, Sendable, CustomStringConvertible {
    /// The dot-separated groups as numbers, e.g. `[5, 57, 73, 7]`.
    public let groups: [Int]
    /// The text as written, e.g. `5.57.73.007`.
    public let text: String

    /// Parses dot-separated groups of digits (at least three: hovedkonto, hovedfunktion and
    /// function); `nil` for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        var groups: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.utf8.count <= 9, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                  let value = Int(part) else { return nil }
            groups.append(value)
        }
        self.groups = groups
        self.text = trimmed
    }

    /// True if `self` is `other` or lies below it (`5.57.73.007` is within `5.57.73`).
    public func isWithin(_ other: AccountFunction) -> Bool {
        groups.count >= other.groups.count && Array(groups.prefix(other.groups.count)) == other.groups
    }

    public static func == (a: AccountFunction, b: AccountFunction) -> Bool { a.groups == b.groups }
    public func hash(into hasher: inout Hasher) { hasher.combine(groups) }

    public var description: String { text }
}
