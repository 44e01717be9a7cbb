/// The national overview that opens the reports of a run over many municipalities: per
/// benefit, the ranking of the municipalities (`NationalRanking`) with the top and bottom
/// few, the median, the reference and where the highlighted municipalities stand. One layout
/// for rapport.html (one printed page), bilag1.md and the workbook's sheet.
///
/// The measure: with a labour force (`peers` and `inputs.labour_force`), helårspersoner per
/// 100 in the labour force in the latest compared year that has shares, over our
/// municipalities and the peers, our own highlighted when they are few; otherwise the budget year's variance
/// of actual against budgeted helårspersoner in percent, over our municipalities.
public struct NationalOverview: Sendable {
    /// What the rankings rank.
    public enum Measure: Sendable, Equatable {
        /// Helårspersoner per 100 in the labour force in `year` (peers.md's P).
        case share(year: Int)
        /// (actual − budget) / budget × 100, in helårspersoner of the budget year.
        case variancePercent(year: Int)
    }

    /// More ranked municipalities than this make a run national: the overview is written and
    /// (`isLean`) the per-municipality pages of rapport.html are lean.
    public static let threshold = 8
    /// How many municipalities the top and the bottom show.
    public static let shown = 3
    /// The heading.
    public static let title = "Landsoverblik"

    /// The measure.
    public let measure: Measure
    /// How many municipalities the run ranks.
    public let municipalityCount: Int
    /// The highlighted municipalities, in report order: ours when they are `threshold` or
    /// fewer among peers; none otherwise.
    public let highlighted: [String]
    /// What the reference column holds, `nil` for none: `Hele landet` (its share), or the
    /// jobcenter's total (the variance of the ranked municipalities together).
    public let referenceTitle: String?
    /// One ranking per benefit, in catalog order.
    public let rankings: [NationalRanking]

    /// True when `report`'s per-municipality pages are lean: more municipalities than `threshold`.
    public static func isLean(_ report: ReconciliationReport) -> Bool {
        report.municipalities.count > threshold
    }

    /// The overview of `report`; `nil` when it ranks `threshold` municipalities or fewer.
    public init?(_ report: ReconciliationReport) {
        let peers = report.comparison?.peers ?? []
        guard report.municipalities.count + peers.count > Self.threshold else { return nil }
        let benefits = Self.benefits(report)
        if let comparison = report.comparison, let year = Self.shareYear(comparison) {
            measure = .share(year: year)
            let names = report.municipalities + peers
            var shares: [String: Exact] = [:]
            var country: [BenefitID: Exact] = [:]
            for row in comparison.rows where row.year == year {
                guard let share = row.share else { continue }
                if row.role == .heleLandet { country[row.benefit.id] = share } else { shares[Self.key(row.kommune, row.benefit.id)] = share }
            }
            municipalityCount = names.count
            // Ours stand out when they are a few among many peers (not 95 of 98).
            let own = peers.isEmpty || report.municipalities.count > Self.threshold ? [] : report.municipalities
            highlighted = own
            referenceTitle = comparison.hasCountry ? Municipality.country.name : nil
            rankings = benefits.map { benefit in
                NationalRanking(benefit: benefit, values: names.map { ($0, shares[Self.key($0, benefit.id)]) },
                                highlighted: Set(own), shown: Self.shown, reference: country[benefit.id])
            }
        } else {
            measure = .variancePercent(year: report.year)
            var variances: [String: Exact] = [:]
            // The reference: the pooled variance of the municipalities ranked, Σ variance / Σ budget.
            var pooled: [BenefitID: (variance: Exact, budget: Exact)] = [:]
            for row in report.rows {
                guard let percent = Self.variancePercent(row), let variance = row.afvigelseHelaarspersoner?.exact else { continue }
                variances[Self.key(row.kommune, row.benefit.id)] = percent
                let sums = pooled[row.benefit.id] ?? (.zero, .zero)
                pooled[row.benefit.id] = (sums.variance + variance, sums.budget + row.helaarspersonerBudget.exact)
            }
            municipalityCount = report.municipalities.count
            highlighted = []
            referenceTitle = report.totals.isEmpty ? nil : report.jobcenter.map(ReportText.jobcenterTitle)
            rankings = benefits.map { benefit in
                NationalRanking(benefit: benefit, values: report.municipalities.map { ($0, variances[Self.key($0, benefit.id)]) },
                                highlighted: [], shown: Self.shown, reference: pooled[benefit.id].map { $0.variance / $0.budget * Exact(100) })
            }
        }
    }

    /// (actual − budget) / budget × 100 in helårspersoner; `nil` without actuals or without a budget.
    static func variancePercent(_ row: ReconciliationRow) -> Exact? {
        let budget = row.helaarspersonerBudget.exact
        guard let variance = row.afvigelseHelaarspersoner?.exact, budget > .zero else { return nil }
        return variance / budget * Exact(100)
    }

    /// The latest compared year in which a municipality other than the country has a share.
    static func shareYear(_ comparison: PeerComparison) -> Int? {
        comparison.rows.filter { $0.role != .heleLandet && $0.share != nil }.map(\.year).max()
    }

    /// The benefits of the report's rows and of the comparison's, in the order they first
    /// appear (catalog order).
    static func benefits(_ report: ReconciliationReport) -> [Benefit] {
        var seen: Set<BenefitID> = []
        let benefits = (report.totals + report.rows).map(\.benefit) + (report.comparison?.rows ?? []).map(\.benefit)
        return benefits.filter { seen.insert($0.id).inserted }
    }

    private static func key(_ kommune: String, _ benefit: BenefitID) -> String { "\(kommune)\u{0}\(benefit.rawValue)" }
}
