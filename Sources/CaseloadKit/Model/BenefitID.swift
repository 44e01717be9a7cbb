/// The stable id of a benefit (ydelse) in the catalog, a lower-case ASCII slug such as `a-dagpenge`.
public struct BenefitID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The slug.
    public let rawValue: String

    /// Creates an id from a slug; `nil` unless it is lower-case ASCII letters and digits
    /// in groups joined by single hyphens.
    public init?(_ rawValue: String) {
        let groups = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard !rawValue.isEmpty, groups.allSatisfy({ group in
            !group.isEmpty && group.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }) else { return nil }
        self.rawValue = rawValue
    }

    public static func < (a: BenefitID, b: BenefitID) -> Bool { a.rawValue < b.rawValue }

    public var description: String { rawValue }
}
