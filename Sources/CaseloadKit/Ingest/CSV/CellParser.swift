/// Turns the cells of one CSV row into domain values, reporting each bad cell at its place.
///
/// Every accessor returns `nil` after reporting an error; `failed` tells the reader to reject
/// the row once all its cells have been looked at, so one pass finds every problem in the row.
final class CellParser {
    let row: CSVRow
    let style: NumberStyle
    let diagnostics: DiagnosticEngine
    private(set) var failed = false

    init(_ row: CSVRow, style: NumberStyle, diagnostics: DiagnosticEngine) {
        self.row = row
        self.style = style
        self.diagnostics = diagnostics
    }

    /// Reports an error at a cell and marks the row failed.
    func fail(_ column: CSVColumn, _ message: Message) {
        diagnostics.error(message, at: row.location(column))
        failed = true
    }

    /// Reports an error for the row as a whole and marks it failed.
    func failRow(_ message: Message) {
        diagnostics.error(message, at: row.location)
        failed = true
    }

    /// A cell that must not be empty.
    func required(_ column: CSVColumn) -> String? {
        let text = row.text(column)
        if text.isEmpty { fail(column, .cellEmpty(column.label)); return nil }
        return text
    }

    /// A four-digit year.
    func year(_ column: CSVColumn) -> Int? {
        guard let text = required(column) else { return nil }
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(text), year >= 1900 else {
            fail(column, .cellNotAYear(column.label, text))
            return nil
        }
        return year
    }

    /// A number in the run's style; `nil` for an empty cell when `allowEmpty`.
    func number(_ column: CSVColumn, allowEmpty: Bool = false) -> DecimalValue?? {
        let text = row.text(column)
        if text.isEmpty {
            if allowEmpty { return .some(nil) }
            fail(column, .cellEmpty(column.label))
            return nil
        }
        switch NumberParser.parse(text, .csv(style)) {
        case .success(let value): return .some(value)
        case .failure(.tooLong):
            fail(column, .tooManyDigits(column.label, text))
        case .failure(.malformed):
            fail(column, .notANumber(column.label, text, style: style))
        }
        return nil
    }

    /// An amount of kroner: at most two decimals, within ±10^13 kr.
    func kroner(_ column: CSVColumn) -> Kroner? {
        guard let parsed = number(column), let value = parsed else { return nil }
        if value.scale > 2 {
            fail(column, .moreThanTwoDecimals(column.label, row.text(column)))
            return nil
        }
        guard let amount = value.kroner else {
            fail(column, .beyondKronerLimit(column.label, row.text(column)))
            return nil
        }
        return amount
    }

    /// A benefit name resolved through the catalog.
    func benefit(_ column: CSVColumn, in catalog: Catalog) -> BenefitID? {
        guard let text = required(column) else { return nil }
        if let id = catalog.resolve(text) { return id }
        fail(column, CellParser.unknownBenefit(text, catalog: catalog))
        return nil
    }

    /// An account (`konto`) and the catalog function it falls under, the most specific one.
    func account(_ column: CSVColumn, in catalog: Catalog) -> (account: AccountFunction, entry: AccountMap.Entry)? {
        guard let text = required(column) else { return nil }
        guard let account = AccountFunction(text) else {
            fail(column, .notAnAccount(column.label, text))
            return nil
        }
        guard let entry = catalog.accounts.entry(for: account) else {
            let function = account.text.split(separator: ".").prefix(3).joined(separator: ".")
            fail(column, .accountMapsToNoBenefit(column.label, text, function: function, catalogHasNone: catalog.accounts.isEmpty))
            return nil
        }
        return (account, entry)
    }

    /// `unknown benefit "X"; did you mean "Y"?`
    static func unknownBenefit(_ name: String, catalog: Catalog) -> Message {
        .unknownBenefit(name, nearest: catalog.nearestNames(to: name))
    }

    /// A date, ISO or Danish (`Day.parse(written:)`); `nil` for an empty cell when `allowEmpty`.
    func day(_ column: CSVColumn, allowEmpty: Bool = false) -> Day?? {
        let text = row.text(column)
        if text.isEmpty {
            if allowEmpty { return .some(nil) }
            fail(column, .cellEmpty(column.label))
            return nil
        }
        guard let day = Day(written: text) else {
            fail(column, .cellNotADate(column.label, text))
            return nil
        }
        return .some(day)
    }

    /// `brutto` or `netto`; empty or no column is brutto.
    func grundlag(_ column: CSVColumn) -> Grundlag? {
        let text = row.text(column)
        guard let value = Grundlag(cell: text) else {
            fail(column, .notGrundlag(column.label, text))
            return nil
        }
        return value
    }

    /// A budget version: `oprindeligt` (also for an empty cell) or `korrigeret`.
    func budgetVersion(_ column: CSVColumn) -> BudgetVersion? {
        let text = row.text(column)
        guard let value = BudgetVersion(cell: text) else {
            fail(column, .notBudgetVersion(column.label, text))
            return nil
        }
        return value
    }
}
