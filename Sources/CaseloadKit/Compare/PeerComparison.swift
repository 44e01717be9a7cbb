/// The comparison with comparable municipalities and the whole country (peers.md): the
/// rows of sammenligning.csv, in file order: our municipalities (pipeline.yml's order), the
/// peers (their order), the country; within each, catalog order, then years ascending.
public struct PeerComparison: Sendable {
    /// The peers, in pipeline.yml's order.
    public let peers: [String]
    /// The years compared, ascending: the prior years and the budget year (so far).
    public let years: [Int]
    /// The rows.
    public let rows: [ComparisonRow]
    /// `flags.peer_deviation_percent`: our share this far above the peers' median is flagged.
    public let thresholdPercent: Exact

    private struct Key: Hashable {
        let kommune: String
        let benefit: BenefitID
        let year: Int
    }

    /// The position in `rows` of each municipality, benefit and year (the first, if twice):
    /// the reports look up a row per cell, 98 municipalities × 15 benefits × 10 years of them.
    private let positions: [Key: Int]

    /// Creates a comparison.
    public init(peers: [String], years: [Int], rows: [ComparisonRow], thresholdPercent: Exact) {
        self.peers = peers
        self.years = years
        self.rows = rows
        self.thresholdPercent = thresholdPercent
        var positions: [Key: Int] = [:]
        for (position, row) in rows.enumerated() {
            let key = Key(kommune: row.kommune, benefit: row.benefit.id, year: row.year)
            if positions[key] == nil { positions[key] = position }
        }
        self.positions = positions
    }

    /// The row of a municipality (or `Hele landet`), benefit and year, if there is one.
    public func row(_ kommune: String, benefit: BenefitID, year: Int) -> ComparisonRow? {
        positions[Key(kommune: kommune, benefit: benefit, year: year)].map { rows[$0] }
    }

    /// True for a row of ours whose share is more than `thresholdPercent` above the median
    /// (the flag `over_sammenlignelige`).
    public func isAbovePeers(_ row: ComparisonRow) -> Bool {
        guard row.role == .egen, let deviation = row.deviationPercent else { return false }
        return deviation > thresholdPercent
    }

    /// The country's rows, if the inputs had its own row.
    public var hasCountry: Bool { rows.contains { $0.role == .heleLandet } }
}
