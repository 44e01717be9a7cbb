/// What `caseload generate` writes: sizes, seed and years of a synthetic national data set.
public struct DataSetOptions: Sendable, Equatable {
    /// Case periods (rows of `sager.csv`).
    public var rows: Int
    /// The seed: the same options give the same bytes.
    public var seed: UInt64
    /// The budget year.
    public var year: Int
    /// How many years before the budget year are prior years (and covered by case periods).
    public var priorYears: Int
    /// The years the budget XML holds budgets for; the budget year is always among them.
    /// More years make a larger file (about 90 KB a year); the schema allows 1900–2999.
    public var budgetYears: ClosedRange<Int>
    /// How many municipalities (the first of `DanishMunicipalities.names`) are peers instead of
    /// ours; above 0 the data set also has the country's rows and the labour force (peers.md).
    public var peers: Int

    /// Creates options; by default 1,000 rows, seed 2017, budget year 2017 with three prior
    /// years, no peers.
    public init(rows: Int = 1000, seed: UInt64 = 2017, year: Int = 2017, priorYears: Int = 3,
                budgetYears: ClosedRange<Int>? = nil, peers: Int = 0) {
        self.rows = rows
        self.seed = seed
        self.year = year
        self.priorYears = priorYears
        self.budgetYears = budgetYears ?? year...year
        self.peers = peers
    }

    /// The most peers: every municipality but one stays ours.
    public static let maxPeers = DanishMunicipalities.names.count - 1

    /// The first year case periods cover.
    public var firstYear: Int { year - priorYears }
}
