/// The budget follow-up of one municipality or of the jobcenter, as bilag1.md, rapport.html
/// and afstemning.xlsx show it: the sentence on the total, one line per benefit (budget,
/// helårspersoner so far, forecast, expected merforbrug or mindreforbrug), the `I alt` row,
/// the footnotes, and how each method would have done in earlier years.
/// Values stay exact until a renderer writes them.
public struct ForecastTable: Sendable {
    /// One benefit's line.
    public struct Line: Sendable {
        /// The benefit.
        public let benefit: Benefit
        /// One cell per column.
        public let cells: [Bilag1Cell]
    }

    /// The heading: the municipality, or `<jobcenter> i alt`.
    public let title: String
    /// The sentence on the total (`ForecastText.sentence`).
    public let sentence: String
    /// The number columns, after the benefit's name.
    public let columns: [ForecastColumn]
    /// One line per benefit, in catalog order.
    public let lines: [Line]
    /// The `I alt` row: each column's exact sum; a forecast figure over fewer rows than the
    /// budget is marked `**`.
    public let totals: [Bilag1Cell]
    /// The footnotes: why a line has no forecast or another method, the marked lines' and the
    /// total's counts.
    public let notes: [Bilag1Note]
    /// One line per method (run_rate, latest, seasonal) on how far off it would have been; for
    /// the jobcenter from its summed back-test (`ForecastReport.totalTests`).
    public let backTest: [String]

    /// The tables of `forecast`: one per municipality of `report`, then the jobcenter's.
    public static func tables(of forecast: ForecastReport, report: ReconciliationReport) -> [ForecastTable] {
        let columns = ForecastColumn.columns(of: forecast)
        // Each municipality's rows and back-test rows, in one pass over each.
        let rowsOf = Dictionary(grouping: forecast.rows, by: \.kommune)
        var testsOf: [String: [ForecastTest]] = [:]
        for index in forecast.tests.indices { testsOf[forecast.tests[index].kommune, default: []].append(forecast.tests[index].test) }
        var tables = report.municipalities.map { municipality in
            let tests = testsOf[municipality] ?? []
            return ForecastTable(rowsOf[municipality] ?? [], columns: columns, title: municipality, parts: nil,
                                 backTest: ForecastMethod.allCases.map { ForecastText.backTest($0, tests) })
        }
        if let jobcenter = report.jobcenter, !forecast.totals.isEmpty {
            var parts: [BenefitID: [ForecastRow]] = [:]
            for row in forecast.rows { parts[row.benefit.id, default: []].append(row) }
            // `totalTests` sums the municipalities' back-tests: once, not once per method.
            let totalTests = forecast.totalTests.map(\.test)
            tables.append(ForecastTable(forecast.totals, columns: columns, title: ReportText.jobcenterTitle(jobcenter),
                                        parts: parts, backTest: ForecastMethod.allCases.map {
                                            ForecastText.backTest($0, totalTests, ofJobcenter: true)
                                        }))
        }
        return tables
    }

    /// A table of `rows`; `parts` (for the jobcenter) gives the municipalities' rows of each benefit.
    private init(_ rows: [ForecastRow], columns: [ForecastColumn], title: String, parts: [BenefitID: [ForecastRow]]?,
                 backTest: [String]) {
        self.title = title
        self.columns = columns
        self.backTest = backTest
        var notes: [Bilag1Note] = []
        lines = rows.map { row in
            let beneath = parts?[row.benefit.id] ?? []
            let partial = parts != nil ? Self.shortfall(beneath, unit: "kommuner") : nil
            if let partial {
                notes.append(Bilag1Note(.someMunicipalities, "\(row.benefit.name): \(partial.text)\(Self.missing(beneath))."))
            } else if let note = Self.note(row, isTotal: parts != nil) {
                notes.append(Bilag1Note(nil, "\(row.benefit.name): \(note)."))
            }
            let cells = columns.map { column in
                // The jobcenter's corrected budget sums each municipality's budget that counts.
                let value = parts != nil && column.role == .budgetCorrected
                    ? Exact.sum(beneath.map { $0.budgetCorrected ?? $0.budget }) : column.role.value(row)
                return Bilag1Cell(value, mark: partial?.roles.contains(column.role) == true ? .someMunicipalities : nil)
            }
            return Line(benefit: row.benefit, cells: cells)
        }
        // The total sums the municipalities' rows beneath the lines: short where fewer of them
        // have the figure than the budget covers.
        let beneath = parts.map { parts in rows.flatMap { parts[$0.benefit.id] ?? [] } } ?? rows
        let short = Self.shortfall(beneath, unit: parts != nil ? "rækker (kommune og ydelse)" : "ydelser")
        if let short {
            notes.append(Bilag1Note(.fewerRows, "\(ReportText.total): \(short.text); budgettet omfatter alle \(beneath.count)."))
        }
        let lines = self.lines
        let totals = columns.indices.map { index in
            Bilag1Cell(Exact.sum(lines.compactMap { $0.cells[index].value }),
                       mark: short?.roles.contains(columns[index].role) == true ? .fewerRows : nil)
        }
        self.totals = totals
        self.notes = notes
        // The `I alt` figure of the expected variance is the sum the sentence states.
        let variance = columns.firstIndex { $0.role == .varianceKroner }
        sentence = ForecastText.sentence(rows, varianceTotal: variance.map { totals[$0].value } ?? Exact.sum(rows.compactMap(\.varianceKroner)))
    }

    /// Which forecast figures of `rows` only some of them have, and the counts in Danish:
    /// `prognose for 14 af 15 ydelser, i kr. for 13`, `prognose i kr. for 13 af 15 ydelser`; nil if every row
    /// has every figure, or none has any.
    static func shortfall(_ rows: [ForecastRow], unit: String) -> (text: String, roles: [ForecastColumn.Role])? {
        let levels = rows.count { $0.forecast != nil }
        let kroner = rows.count { $0.varianceKroner != nil }
        var phrases: [String] = []
        var roles: [ForecastColumn.Role] = []
        if levels > 0, levels < rows.count {
            phrases.append("prognose for \(levels) af \(rows.count) \(unit)")
            roles += [.soFar, .forecast]
        }
        if kroner > 0, kroner < rows.count {
            if levels == rows.count {
                phrases.append("prognose i kr. for \(kroner) af \(rows.count) \(unit)")
            } else if kroner < levels {
                phrases.append("i kr. for \(kroner)")
            }
            roles += [.forecastKroner, .varianceKroner]
        }
        return phrases.isEmpty ? nil : (phrases.joined(separator: ", "), roles)
    }

    /// `; Ishøj har ingen prognose`, `; Ishøj har ingen takst`: the municipalities a
    /// jobcenter line leaves out.
    static func missing(_ rows: [ForecastRow]) -> String {
        let without = rows.filter { $0.forecast == nil }.map(\.kommune)
        let unrated = rows.filter { $0.forecast != nil && $0.varianceKroner == nil }.map(\.kommune)
        var text = without.isEmpty ? "" : "; \(DanishText.list(without)) har ingen prognose"
        if !unrated.isEmpty { text += "; \(DanishText.list(unrated)) har ingen takst" }
        return text
    }

    /// A line's note: why there is no forecast, or why another method was used.
    static func note(_ row: ForecastRow, isTotal: Bool) -> String? {
        if row.forecast != nil, row.varianceKroner == nil, !isTotal { return "ingen takst, så ingen prognose i kroner" }
        guard !row.note.isEmpty else { return nil }
        return row.forecast == nil && !isTotal ? "ingen prognose, \(row.note)" : row.note
    }
}
