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

    /// Creates a comparison.
    public init(peers: [String], years: [Int], rows: [ComparisonRow], thresholdPercent: Exact) {
        self.peers = peers
        self.years = years
        self.rows = rows
        self.thresholdPercent = thresholdPercent
    }

    /// The row of a municipality (or `Hele landet`), benefit and year, if there is one.
    public func row(_ kommune: String, benefit: BenefitID, year: Int) -> ComparisonRow? {
        rows.first { $0.kommune == kommune && $0.benefit.id == benefit && $0.year == year }
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
