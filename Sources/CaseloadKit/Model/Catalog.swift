/// The benefit catalog: report order and the names that resolve to each benefit id.
public struct Catalog: Sendable {
    /// Benefits in report order.
    public let benefits: [Benefit]
    /// The chart-of-accounts functions of the benefits, for budgets given by account.
    public let accounts: AccountMap
    private let byKey: [MatchKey: BenefitID]
    private let byID: [BenefitID: Benefit]
    private let positions: [BenefitID: Int]
    private let byJobindsatsTable: [String: BenefitID]

    /// Creates a catalog; the caller has checked that ids and names are unambiguous
    /// (`CatalogReader` does, with the lines of both sides of a clash).
    public init(benefits: [Benefit]) {
        self.benefits = benefits
        self.accounts = AccountMap(benefits: benefits)
        var byKey: [MatchKey: BenefitID] = [:]
        var byID: [BenefitID: Benefit] = [:]
        var positions: [BenefitID: Int] = [:]
        var byTable: [String: BenefitID] = [:]
        for (index, benefit) in benefits.enumerated() {
            byID[benefit.id] = benefit
            for table in benefit.jobindsatsTables { byTable[table] = benefit.id }
            positions[benefit.id] = index
            for name in [benefit.id.rawValue, benefit.name] + benefit.aliases { byKey[MatchKey(name)] = benefit.id }
        }
        self.byKey = byKey
        self.byID = byID
        self.positions = positions
        self.byJobindsatsTable = byTable
    }

    /// The benefit whose catalog row names the Jobindsats table `id` (`y01a02`), ignoring case.
    public func benefit(forJobindsatsTable id: String) -> BenefitID? { byJobindsatsTable[id.lowercased()] }

    /// The benefit an id, name or alias stands for, ignoring case and surrounding white space.
    public func resolve(_ name: String) -> BenefitID? { byKey[MatchKey(name)] }

    /// The benefit with this id.
    public func benefit(_ id: BenefitID) -> Benefit? { byID[id] }

    /// The display name of a benefit (its id if the catalog lacks it).
    public func name(of id: BenefitID) -> String { byID[id]?.name ?? id.rawValue }

    /// The report position of a benefit.
    public func position(of id: BenefitID) -> Int? { positions[id] }

    /// The known names and aliases nearest to `name`, best first, for "did you mean" messages.
    public func nearestNames(to name: String, limit: Int = 3) -> [String] {
        nearest(to: name, among: benefits.flatMap { [$0.name] + $0.aliases }, limit: limit)
    }
}

/// The candidates nearest to `name` (ignoring case and surrounding white space), best first:
/// those within two edits of the best, at most `limit`.
func nearest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(MatchKey(name).value)
    var seen = Set<String>()
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates where seen.insert(candidate).inserted {
        scored.append((editDistance(target, Array(MatchKey(candidate).value)), candidate))
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
    guard let best = scored.first?.distance else { return [] }
    return scored.prefix { $0.distance <= best + 2 }.prefix(limit).map(\.name)
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
