/// One row of the comparison with comparable municipalities and the country (peers.md): a
/// municipality's helårspersoner of one benefit and year as a share of its labour force, and
/// for our own municipalities the peers' median beside it. Values are exact until written.
public struct ComparisonRow: Sendable {
    /// A peer's share, as the median was taken from.
    public struct PeerShare: Sendable {
        /// The peer (pipeline.yml's spelling).
        public let kommune: String
        /// Its share P.
        public let share: Exact
    }

    /// The municipality (pipeline.yml's spelling) or `Hele landet`.
    public let kommune: String
    /// Ours, a peer's or the country's.
    public let role: ComparisonRole
    /// The benefit.
    public let benefit: Benefit
    /// The year.
    public let year: Int
    /// H: helårspersoner (the budget year so far, a prior year whole).
    public let helaarspersoner: Exact
    /// Where H came from.
    public let helaarspersonerSource: ActualFigure.Source?
    /// L: the labour force; `nil` where unknown.
    public let labourForce: Exact?
    /// Where L was read.
    public let labourForceOrigin: SourceLocation?
    /// On our own rows: the shares of the peers that have one, in pipeline.yml's order.
    public let peerShares: [PeerShare]

    /// P = 100 × H / L; `nil` where L is unknown or 0.
    public let share: Exact?
    /// M: the median of the peers' shares, on our own rows (the mean of the two middle
    /// values for an even count); `nil` elsewhere or when no peer has a share.
    public let median: Exact?

    /// A row; P and M are worked out once here (the reports and flags read them per cell).
    init(kommune: String, role: ComparisonRole, benefit: Benefit, year: Int, helaarspersoner: Exact,
         helaarspersonerSource: ActualFigure.Source?, labourForce: Exact?, labourForceOrigin: SourceLocation?,
         peerShares: [PeerShare]) {
        self.kommune = kommune
        self.role = role
        self.benefit = benefit
        self.year = year
        self.helaarspersoner = helaarspersoner
        self.helaarspersonerSource = helaarspersonerSource
        self.labourForce = labourForce
        self.labourForceOrigin = labourForceOrigin
        self.peerShares = peerShares
        if let labourForce, !labourForce.isZero {
            share = Exact(100) * helaarspersoner / labourForce
        } else {
            share = nil
        }
        median = role == .egen ? ComparisonRow.median(peerShares.map(\.share)) : nil
    }

    /// P − M in percentage points; `nil` where M or P is.
    public var differencePoints: Exact? {
        guard let share, let median else { return nil }
        return share - median
    }

    /// (P − M) × L / 100: how many more helårspersoner than at the peers' median.
    public var differencePersons: Exact? {
        guard let differencePoints, let labourForce else { return nil }
        return differencePoints * labourForce / Exact(100)
    }

    /// (P − M) / M × 100 on our rows where M > 0: how far above the peers' median, in percent.
    public var deviationPercent: Exact? {
        guard let share, let median, median > .zero else { return nil }
        return (share - median) / median * Exact(100)
    }

    /// The median of exact values; `nil` for none.
    public static func median(_ values: [Exact]) -> Exact? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / Exact(2)
    }
}
