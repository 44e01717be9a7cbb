extension JobindsatsReader.Context {
    /// The columns of `table`, or `nil` after reporting what is missing or unknown.
    func layout(of table: JobindsatsTable) -> JobindsatsLayout? {
        let columnsAt = SourceLocation(file: file.path, jsonPath: table.columnsPath)
        let area = table.column(JobindsatsReader.areaNames)
        let period = table.column(JobindsatsReader.periodNames)
        let value = table.column([measure])
        var missing: [String] = []
        if area == nil { missing.append("area/Område") }
        if period == nil { missing.append("period/Periode") }
        if value == nil { missing.append(measure) }
        guard let area, let period, let value else {
            diagnostics.error(.jobindsatsMissingColumns(missing, found: table.columnList), at: columnsAt)
            return nil
        }
        let fromFile = table.tableID == nil
        let id = table.tableID ?? JobindsatsReader.tableID(fromFileName: file.url.lastPathComponent)
        if let column = table.column(JobindsatsReader.benefitNames) {
            return JobindsatsLayout(area: area, period: period, value: value, benefit: .column(column), tableID: id)
        }
        guard let benefit = catalog.benefit(forJobindsatsTable: id) else {
            diagnostics.error(.jobindsatsTableUnknown(id, fromFileName: fromFile),
                              at: SourceLocation(file: file.path, jsonPath: table.path))
            return nil
        }
        return JobindsatsLayout(area: area, period: period, value: value, benefit: .table(benefit), tableID: id)
    }

    /// One row: every cell is checked, so one pass reports all of a row's problems.
    func readRow(_ row: [JobindsatsCell]?, layout: JobindsatsLayout, table: JobindsatsTable,
                 at place: SourceLocation) -> JobindsatsRowOutcome {
        guard let row, row.count == table.columns.count else {
            diagnostics.error(.jobindsatsRowWidth(row?.count, columns: table.columns.count), at: place)
            return .rejected
        }
        func cellAt(_ column: Int) -> SourceLocation {
            SourceLocation(file: place.file, line: place.line, jsonPath: "\(place.jsonPath ?? "")[\(column)]")
        }
        func text(_ column: Int) -> String? {
            guard case .text(let text) = row[column], !text.trimmingWhitespace().isEmpty else {
                diagnostics.error(.jobindsatsCellNotText(table.columns[column].label, row[column].shown), at: cellAt(column))
                return nil
            }
            return text.trimmingWhitespace()
        }
        var failed = false
        let municipality = text(layout.area)
        let period = text(layout.period).flatMap { self.period($0, label: table.columns[layout.period].label, at: cellAt(layout.period)) }
        var benefit: BenefitID?
        switch layout.benefit {
        case .table(let id):
            benefit = id
        case .column(let column):
            guard let name = text(column) else { failed = true; break }
            if JobindsatsReader.isTotal(name), catalog.resolve(name) == nil {
                diagnostics.warning(.totalRowSkipped(table.columns[column].label, name), at: cellAt(column))
                return .ignored(TotalRow.reason)
            }
            benefit = catalog.resolve(name)
            if benefit == nil { diagnostics.error(CellParser.unknownBenefit(name, catalog: catalog), at: cellAt(column)) }
        }
        let amount = value(row[layout.value], label: table.columns[layout.value].label, at: cellAt(layout.value))
        guard !failed, let municipality, let period, let benefit, let amount else { return .rejected }
        guard let number = amount else { return .ignored(Message.reasonNoValue.en) }
        let (year, month): (Int, Int?) = switch period {
        case .month(let year, let month): (year, month)
        case .year(let year): (year, nil)
        }
        var line = ActualLine(municipality: municipality, year: year, benefit: benefit, month: month,
                              helaarspersoner: Helaarspersoner(number.exact), origin: place)
        // A table of one benefit (through the catalog's `jobindsats` column) is one of the
        // benefit's tables, whose figures add up (`JobindsatsTableSum`).
        if case .table = layout.benefit { line.jobindsatsTable = layout.tableID }
        return .line(line)
    }

    /// A period cell as a month or a year; a quarter, a week or other text is an error.
    private func period(_ text: String, label: String, at place: SourceLocation) -> JobindsatsPeriod? {
        switch JobindsatsPeriod.parse(text) {
        case .success(let period): return period
        case .failure(.quarter): diagnostics.error(.jobindsatsQuarter(label, text), at: place)
        case .failure(.week): diagnostics.error(.jobindsatsWeek(label, text), at: place)
        case .failure(.unknown): diagnostics.error(.jobindsatsPeriodUnknown(label, text), at: place)
        }
        return nil
    }

    /// The value: a JSON number, or a string in Danish style; `.some(nil)` for no value
    /// (`..`, `-`, empty, null); `nil` after reporting an error.
    private func value(_ cell: JobindsatsCell, label: String, at place: SourceLocation) -> DecimalValue?? {
        let parsed: Result<DecimalValue, NumberParser.Failure>
        switch cell {
        case .null:
            return .some(nil)
        case .text(let text):
            let trimmed = text.trimmingWhitespace()
            if JobindsatsReader.noValue.contains(trimmed) { return .some(nil) }
            parsed = NumberParser.parse(trimmed, .csv(.da))
        case .number(let text):
            parsed = NumberParser.parse(text, .csv(.international))
        case .other:
            diagnostics.error(.jobindsatsValueNotANumber(label, cell.shown), at: place)
            return nil
        }
        guard case .success(let number) = parsed else {
            diagnostics.error(.jobindsatsValueNotANumber(label, cell.shown), at: place)
            return nil
        }
        if number.isNegative {
            diagnostics.error(.negativeCell(label, cell.text ?? cell.shown), at: place)
            return nil
        }
        return .some(number)
    }
}
