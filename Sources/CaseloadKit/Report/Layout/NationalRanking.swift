/// One benefit's ranking of the national overview (`NationalOverview`): the municipalities
/// with a figure, highest first, of which the overview shows the top and the bottom few and
/// the highlighted ones; the municipalities without a figure are counted, never ranked.
public struct NationalRanking: Sendable {
    /// A ranked municipality.
    public struct Entry: Sendable, Equatable {
        /// 1 for the highest; equal figures share a rank, and the next rank skips (1, 2, 2, 4).
        public let rank: Int
        /// The municipality (pipeline.yml's spelling).
        public let kommune: String
        /// Its figure, exact.
        public let value: Exact
    }

    /// The benefit.
    public let benefit: Benefit
    /// How many municipalities have a figure and are ranked.
    public let count: Int
    /// The first `shown` of the ranking.
    public let top: [Entry]
    /// The last `shown` of the ranking after the top (none twice: with fewer than twice
    /// `shown` municipalities, fewer or none).
    public let bottom: [Entry]
    /// The highlighted municipalities that are neither in the top nor in the bottom, by rank.
    public let highlighted: [Entry]
    /// The median of the ranked figures (the mean of the two middle ones for an even count).
    public let median: Exact?
    /// The reference beside the ranking: the country's share, or the jobcenter's variance.
    public let reference: Exact?
    /// The municipalities without a figure, in the order given.
    public let withoutFigure: [String]

    /// Ranks `values` (in report order; `nil` where a municipality has no figure): highest
    /// first, equal figures in the order given.
    public init(benefit: Benefit, values: [(kommune: String, value: Exact?)], highlighted: Set<String>, shown: Int,
                reference: Exact? = nil) {
        self.benefit = benefit
        self.reference = reference
        let known = values.enumerated().compactMap { item in item.element.value.map { (item.offset, item.element.kommune, $0) } }
        let sorted = known.sorted { $0.2 > $1.2 || ($0.2 == $1.2 && $0.0 < $1.0) }
        var ranked: [Entry] = []
        for (index, item) in sorted.enumerated() {
            let rank = index > 0 && ranked[index - 1].value == item.2 ? ranked[index - 1].rank : index + 1
            ranked.append(Entry(rank: rank, kommune: item.1, value: item.2))
        }
        count = ranked.count
        top = Array(ranked.prefix(shown))
        bottom = Array(ranked.dropFirst(shown).suffix(shown))
        let shownNames = Set((top + bottom).map(\.kommune))
        self.highlighted = ranked.filter { highlighted.contains($0.kommune) && !shownNames.contains($0.kommune) }
        median = ComparisonRow.median(ranked.map(\.value))
        withoutFigure = values.filter { $0.value == nil }.map(\.kommune)
    }
}
