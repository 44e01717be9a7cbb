/// Finds the benefit an account belongs to through the catalog's functions: the most
/// specific function that the account lies within wins (`5.57.73.007` before `5.57.73`).
///
/// The catalog reader has checked that no function belongs to two benefits, so the match
/// is never ambiguous.
public struct AccountMap: Sendable {
    /// A function and the benefit it belongs to.
    public struct Entry: Sendable {
        /// The function (or function with grouping).
        public let function: AccountFunction
        /// The benefit.
        public let benefit: BenefitID
    }

    /// Every function of the catalog, in catalog order.
    public let entries: [Entry]

    /// Creates a map from the catalog's benefits.
    public init(benefits: [Benefit]) {
        entries = benefits.flatMap { benefit in benefit.functions.map { Entry(function: $0, benefit: benefit.id) } }
    }

    /// The entry an account falls under, the most specific one; `nil` if none.
    public func entry(for account: AccountFunction) -> Entry? {
        entries.filter { account.isWithin($0.function) }.max { $0.function.groups.count < $1.function.groups.count }
    }

    /// True if the catalog lists no function at all.
    public var isEmpty: Bool { entries.isEmpty }
}
