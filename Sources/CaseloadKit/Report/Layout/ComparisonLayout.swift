/// The comparison with comparable municipalities and the country (peers.md) as the reports
/// show it, built once from the report's `PeerComparison` and walked by bilag1.md, rapport.html
/// and the workbook: the heading, the opening paragraph, a table per year (a row per benefit:
/// our shares, the peers' median, each peer's, the country's) with our flagged cells marked,
/// and a chart per benefit for the latest year with shares of ours.
public struct ComparisonLayout: Sendable {
    /// One column of a year's table: who, and in what role (`median` for the peers' median).
    public struct Column: Sendable, Equatable {
        /// The column's title: the municipality, `Median, sammenlignelige` or `Hele landet`.
        public let title: String
        /// Whose shares; `nil` for the median column.
        public let role: ComparisonRole?
    }

    /// One cell: a share (helårspersoner per 100 in the labour force), exact; `flagged` on our
    /// cells with `over_sammenlignelige`.
    public struct Cell: Sendable, Equatable {
        /// The share; `nil` where there is none.
        public let value: Exact?
        /// True where the flag was raised.
        public let flagged: Bool
    }

    /// One benefit's row of a year's table.
    public struct Line: Sendable {
        /// The benefit.
        public let benefit: Benefit
        /// One cell per column.
        public let cells: [Cell]
    }

    /// One year's table.
    public struct YearTable: Sendable {
        /// The year.
        public let year: Int
        /// Its title, `Helårspersoner pr. 100 i arbejdsstyrken, 2015`.
        public let title: String
        /// The benefits that have a share anywhere, in catalog order.
        public let lines: [Line]
    }

    /// One bar of a benefit's chart.
    public struct Bar: Sendable, Equatable {
        /// The municipality or `Hele landet`.
        public let label: String
        /// Ours, a peer's or the country's.
        public let role: ComparisonRole
        /// The share.
        public let value: Exact
    }

    /// One benefit's chart: our shares, each peer's and the country's, and the peers' median.
    public struct Chart: Sendable {
        /// The benefit's name.
        public let benefit: String
        /// The bars, ours first, then the peers, then the country.
        public let bars: [Bar]
        /// The peers' median (the same for all our municipalities).
        public let median: Exact?
    }

    /// The section's heading.
    public static let title = "Sammenligning med sammenlignelige kommuner"
    /// The median column's title.
    public static let medianTitle = "Median, sammenlignelige"
    /// The mark of a flagged cell.
    public static let flagMark = "▲"

    /// The opening paragraph.
    public let intro: String
    /// The columns of every year's table.
    public let columns: [Column]
    /// The tables, years ascending.
    public let tables: [YearTable]
    /// The year of the charts: the latest with a share of ours; `nil` for none.
    public let chartYear: Int?
    /// The charts, in catalog order.
    public let charts: [Chart]
    /// The note under the tables.
    public let note: String

    /// The layout of `report`'s comparison; `nil` without peers.
    public init?(_ report: ReconciliationReport) {
        guard let comparison = report.comparison else { return nil }
        let ours = report.municipalities
        let columns = ours.map { Column(title: $0, role: .egen) } + [Column(title: Self.medianTitle, role: nil)]
            + comparison.peers.map { Column(title: $0, role: .sammenlignelig) }
            + (comparison.hasCountry ? [Column(title: Municipality.country.name, role: .heleLandet)] : [])
        self.columns = columns
        var tables: [YearTable] = []
        for year in comparison.years {
            let benefits = Self.benefits(comparison, year: year)
            let lines = benefits.map { benefit in
                Line(benefit: benefit, cells: columns.map { column in
                    Self.cell(column, benefit: benefit.id, year: year, comparison: comparison, ours: ours)
                })
            }
            if !lines.isEmpty {
                tables.append(YearTable(year: year, title: "Helårspersoner pr. 100 i arbejdsstyrken, \(year)", lines: lines))
            }
        }
        self.tables = tables
        let chartYear = comparison.years.last { year in comparison.rows.contains { $0.role == .egen && $0.year == year && $0.share != nil } }
        self.chartYear = chartYear
        charts = chartYear.map { Self.charts(comparison, year: $0) } ?? []
        intro = "Helårspersoner pr. 100 i arbejdsstyrken for \(DanishText.list(ours)) sat over for de sammenlignelige kommuner "
            + "\(DanishText.list(comparison.peers))\(comparison.hasCountry ? " og hele landet" : ""), "
            + "med medianen af de sammenlignelige kommuners andele. Tallene står i sammenligning.csv."
        note = "\(Self.flagMark) markerer en andel mere end \(DanishText.threshold(comparison.thresholdPercent)) % over medianen "
            + "(flaget Over sammenlignelige kommuner). – betyder ingen helårspersoner eller ingen arbejdsstyrke."
    }

    /// The benefits with a share in `year`, in catalog order.
    static func benefits(_ comparison: PeerComparison, year: Int) -> [Benefit] {
        var seen: Set<BenefitID> = []
        var benefits: [(position: Int, benefit: Benefit)] = []
        for (position, row) in comparison.rows.enumerated() where row.year == year && row.share != nil {
            if seen.insert(row.benefit.id).inserted { benefits.append((position, row.benefit)) }
        }
        let order = comparison.rows.map(\.benefit.id)
        return benefits.sorted { (order.firstIndex(of: $0.benefit.id) ?? 0) < (order.firstIndex(of: $1.benefit.id) ?? 0) }
            .map(\.benefit)
    }

    /// A column's cell for a benefit and year.
    static func cell(_ column: Column, benefit: BenefitID, year: Int, comparison: PeerComparison, ours: [String]) -> Cell {
        guard column.role != nil else {
            // The median is the same on every row of ours; take the first that has one.
            let median = ours.lazy.compactMap { comparison.row($0, benefit: benefit, year: year)?.median }.first
            return Cell(value: median, flagged: false)
        }
        let row = comparison.row(column.title, benefit: benefit, year: year)
        return Cell(value: row?.share, flagged: row.map(comparison.isAbovePeers) ?? false)
    }

    /// One chart per benefit with a share of ours in `year`.
    static func charts(_ comparison: PeerComparison, year: Int) -> [Chart] {
        benefits(comparison, year: year).compactMap { benefit in
            let rows = comparison.rows.filter { $0.benefit.id == benefit.id && $0.year == year }
            let bars = rows.compactMap { row in row.share.map { Bar(label: row.kommune, role: row.role, value: $0) } }
            guard bars.contains(where: { $0.role == .egen }) else { return nil }
            return Chart(benefit: benefit.name, bars: bars, median: rows.first { $0.role == .egen && $0.median != nil }?.median)
        }
    }
}

extension ComparisonLayout {
    /// A share as the tables show it: two decimals, Danish style (`3,23`); `–` for none.
    public static func text(_ value: Exact?) -> String {
        value.map { NumberFormat.danish.string($0, decimals: 2) } ?? "–"
    }

    /// A cell as the tables show it: the share and, where flagged, the mark after it.
    public static func text(_ cell: Cell) -> String {
        text(cell.value) + (cell.flagged ? " " + flagMark : "")
    }
}
