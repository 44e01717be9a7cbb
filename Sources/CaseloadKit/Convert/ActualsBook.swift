/// Aggregated actuals (e.g. from Jobindsats) of the years in question, checked and reduced
/// to one figure per municipality, benefit and year.
///
/// A yearly row is used as it is. Rows of several Jobindsats tables of the benefit are
/// added up first (`JobindsatsTableSum`). Monthly rows are averaged, each month weighted by its
/// days; in the budget year only months that end on or before the cut-off count. Missing
/// months are missing, not 0.
public struct ActualsBook: Sendable {
    struct Key: Hashable {
        let municipality: Int
        let benefit: BenefitID
        let year: Int
    }

    private let figures: [Key: ActualFigure]
    private let firstRows: [Key: SourceLocation]

    /// The figure for a municipality (by position), benefit and year.
    public func figure(municipality: Int, benefit: BenefitID, year: Int) -> ActualFigure? {
        figures[Key(municipality: municipality, benefit: benefit, year: year)]
    }

    /// Where the first aggregated row of a key is, if there is one (for conflict messages).
    public func firstRow(municipality: Int, benefit: BenefitID, year: Int) -> SourceLocation? {
        firstRows[Key(municipality: municipality, benefit: benefit, year: year)]
    }

    /// Builds the book from actual lines. Rows of other municipalities and years, and
    /// monthly rows after the cut-off, are counted as ignored.
    public static func build(_ lines: [ActualLine], config: PipelineConfig, municipalities: MunicipalityIndex, catalog: Catalog,
                             diagnostics: DiagnosticEngine, ledger: InputLedger) -> ActualsBook {
        let years = Set([config.year] + config.priorYears)
        var grouped: [Key: [ActualLine]] = [:]
        var order: [Key] = []
        for line in lines {
            guard let position = ledger.position(of: line.municipality, year: line.year, at: line.origin,
                                                 in: municipalities, years: years) else { continue }
            let key = Key(municipality: position, benefit: line.benefit, year: line.year)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(line)
        }

        var figures: [Key: ActualFigure] = [:]
        var firstRows: [Key: SourceLocation] = [:]
        for key in order {
            // `order` holds exactly the keys of `grouped`, each with at least one row.
            guard let rows = grouped[key], let first = rows.first else { continue }
            firstRows[key] = first.origin.wholeLine
            let name = "\(municipalities.municipalities[key.municipality].name), \(key.year), \(catalog.name(of: key.benefit))"
            guard let figure = reduce(rows, key: key, name: name, config: config, diagnostics: diagnostics, ledger: ledger) else { continue }
            figures[key] = figure
        }
        return ActualsBook(figures: figures, firstRows: firstRows)
    }

    private static func reduce(_ read: [ActualLine], key: Key, name: String, config: PipelineConfig,
                               diagnostics: DiagnosticEngine, ledger: InputLedger) -> ActualFigure? {
        func rejectAll() { for row in read { ledger.rejected(row.origin.file) } }
        if let (first, second) = jsonAndCSVClash(read) {
            diagnostics.error(.actualsFromJSONAndCSV(name, first: first.origin.wholeLine), at: second.origin)
            rejectAll()
            return nil
        }
        // Several Jobindsats tables of the benefit: their rows of a month are one figure.
        let (rows, partial) = JobindsatsTableSum.combine(read)
        for part in partial {
            diagnostics.warning(.jobindsatsTablesPartial(name, month: part.month, have: part.have, lack: part.lack), at: part.rows[0].origin)
            for row in part.rows { ledger.ignored(row.origin.file, reason: Message.reasonTablesPartial.en) }
        }
        let yearly = rows.filter { $0.month == nil }
        let monthly = rows.compactMap { row in row.month.map { (month: $0, row: row) } }
        if yearly.count > 1 {
            diagnostics.error(.secondYearlyActual(name, first: yearly[0].origin.wholeLine), at: yearly[1].origin)
            rejectAll()
            return nil
        }
        if let year = yearly.first, let month = monthly.first {
            diagnostics.error(.yearlyAndMonthly(name, yearlyAt: year.origin.wholeLine), at: month.row.origin)
            rejectAll()
            return nil
        }
        if let year = yearly.first {
            for place in year.places { ledger.used(place.file) }
            return ActualFigure(value: year.helaarspersoner, source: .aggregated(year.places.map(\.wholeLine)))
        }
        var byMonth: [Int: ActualLine] = [:]
        var duplicate = false
        for (month, row) in monthly {
            if let first = byMonth[month] {
                diagnostics.error(.secondMonthlyActual(name, month: month, first: first.origin.wholeLine), at: row.origin)
                duplicate = true
            } else {
                byMonth[month] = row
            }
        }
        if duplicate {
            rejectAll()
            return nil
        }
        var weighted = Exact.zero
        var days = 0
        var months: [ActualFigure.MonthlyFigure] = []
        for (month, row) in byMonth.sorted(by: { $0.key < $1.key }) {
            let period = Period.month(month, of: key.year)
            if key.year == config.year, let cutoff = config.cutoff, period.last > cutoff {
                for place in row.places { ledger.ignored(place.file, reason: Message.reasonAfterCutoff.en) }
                continue
            }
            weighted = weighted + row.helaarspersoner.exact * Exact(period.dayCount)
            days += period.dayCount
            months.append(.init(month: month, value: row.helaarspersoner, days: period.dayCount, origin: row.origin.wholeLine,
                                alsoFrom: row.summedFrom.dropFirst().map(\.wholeLine)))
            for place in row.places { ledger.used(place.file) }
        }
        guard days > 0 else { return nil }
        checkMonths(months, key: key, name: name, config: config, diagnostics: diagnostics)
        return ActualFigure(value: Helaarspersoner(weighted / Exact(days)), source: .monthly(months))
    }

    /// Two rows of one key, one from a Jobindsats response and one from a CSV file, that give
    /// the same year or month (or a year beside months): two sources that could disagree.
    private static func jsonAndCSVClash(_ rows: [ActualLine]) -> (ActualLine, ActualLine)? {
        func isJSON(_ row: ActualLine) -> Bool { row.origin.jsonPath != nil }
        guard rows.contains(where: isJSON), rows.contains(where: { !isJSON($0) }) else { return nil }
        for (index, row) in rows.enumerated() {
            if let earlier = rows[..<index].first(where: { isJSON($0) != isJSON(row) && ($0.month == row.month || $0.month == nil || row.month == nil) }) {
                return (earlier, row)
            }
        }
        return nil
    }

    /// Warns when a month is missing inside the months that count: January to the cut-off
    /// (or to the last month given) in the budget year, the whole year in a prior year. The
    /// figure is then the mean of fewer months, and the warning names them.
    private static func checkMonths(_ months: [ActualFigure.MonthlyFigure], key: Key, name: String, config: PipelineConfig,
                                    diagnostics: DiagnosticEngine) {
        let counted = months.map(\.month)
        guard let lastGiven = counted.max() else { return }
        var last = 12
        if key.year == config.year {
            last = lastGiven
            if let cutoff = config.cutoff {
                last = (1...12).last { Period.month($0, of: key.year).last <= cutoff } ?? lastGiven
            }
        }
        let missing = (1...max(last, lastGiven)).filter { !counted.contains($0) }
        guard let firstMissing = missing.first else { return }
        let place = months.first { $0.month > firstMissing }?.origin ?? months[months.count - 1].origin
        diagnostics.warning(.monthsMissing(name, missing: missing, counted: counted, expected: 1...max(last, lastGiven)),
                            at: place)
    }
}
