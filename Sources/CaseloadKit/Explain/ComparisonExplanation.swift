/// How one year of a row's comparison with the peers and the country (peers.md) was reached:
/// each municipality's share with the input lines of its helårspersoner and labour force, the
/// median and the difference. Part of an `Explanation`.
public struct ComparisonExplanation: Sendable {
    /// One municipality's (or the country's) share.
    public struct Share: Sendable {
        /// The municipality or `Hele landet`.
        public let kommune: String
        /// Ours, a peer's or the country's.
        public let role: ComparisonRole
        /// H.
        public let helaarspersoner: Exact
        /// Where H came from.
        public let helaarspersonerSources: [Explanation.Source]
        /// L; `nil` where unknown.
        public let labourForce: Exact?
        /// Where L was read.
        public let labourForceSource: Explanation.Source?
        /// P = 100 × H / L; `nil` where L is unknown.
        public let share: Exact?
    }

    /// The year.
    public let year: Int
    /// Ours, then the peers that have helårspersoner, then the country if it has its row.
    public let shares: [Share]
    /// M: the median of the peers' shares; `nil` when no peer has one.
    public let median: Exact?
    /// (P − M) × L / 100; `nil` where M or P is.
    public let differencePersons: Exact?

    /// The explanations of every year the comparison has a row of ours for.
    static func build(kommune: String, benefit: BenefitID, comparison: PeerComparison?) -> [ComparisonExplanation] {
        guard let comparison else { return [] }
        return comparison.years.compactMap { year in
            guard let own = comparison.row(kommune, benefit: benefit, year: year), own.role == .egen else { return nil }
            let others = comparison.rows.filter { $0.role != .egen && $0.benefit.id == benefit && $0.year == year }
            return ComparisonExplanation(year: year, shares: ([own] + others).map(share), median: own.median,
                                         differencePersons: own.differencePersons)
        }
    }

    private static func share(_ row: ComparisonRow) -> Share {
        Share(kommune: row.kommune, role: row.role, helaarspersoner: row.helaarspersoner,
              helaarspersonerSources: sources(row.helaarspersonerSource), labourForce: row.labourForce,
              labourForceSource: row.labourForceOrigin.map { Explanation.Source(file: $0.file, line: $0.line) }, share: row.share)
    }

    /// The input lines of a figure of helårspersoner.
    static func sources(_ source: ActualFigure.Source?) -> [Explanation.Source] {
        switch source {
        case .aggregated(let places): places.map { .init($0) }
        case .monthly(let months): months.flatMap { month in month.places.map { .init($0, note: .explainMonth(month.month)) } }
        case .cases(let spans, _, _): spans.map { .init(file: $0.file, line: $0.firstLine, lastLine: $0.lastLine, rows: $0.rows) }
        case nil: []
        }
    }
}
