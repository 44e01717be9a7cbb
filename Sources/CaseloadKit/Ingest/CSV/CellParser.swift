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
    func fail(_ column: CSVColumn, _ message: String) {
        diagnostics.error(message, at: row.location(column))
        failed = true
    }

    /// Reports an error for the row as a whole and marks it failed.
    func failRow(_ message: String) {
        diagnostics.error(message, at: row.location)
        failed = true
    }

    /// A cell that must not be empty.
    func required(_ column: CSVColumn) -> String? {
        let text = row.text(column)
        if text.isEmpty { fail(column, "\(column.label) is empty"); return nil }
        return text
    }

    /// A four-digit year.
    func year(_ column: CSVColumn) -> Int? {
        guard let text = required(column) else { return nil }
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(text), year >= 1900 else {
            fail(column, "\(column.label) \"\(text)\" is not a year; write it with four digits, e.g. 2017")
            return nil
        }
        return year
    }

    /// A number in the run's style; `nil` for an empty cell when `allowEmpty`.
    func number(_ column: CSVColumn, allowEmpty: Bool = false) -> DecimalValue?? {
        let text = row.text(column)
        if text.isEmpty {
            if allowEmpty { return .some(nil) }
            fail(column, "\(column.label) is empty")
            return nil
        }
        switch NumberParser.parse(text, .csv(style)) {
        case .success(let value): return .some(value)
        case .failure(.tooLong):
            fail(column, "\(column.label) \"\(text)\" has more digits than any figure here can have")
        case .failure(.malformed):
            fail(column, "\(column.label) \"\(text)\" is not a number in \(style.name) (e.g. \(style.examples))")
        }
        return nil
    }

    /// An amount of kroner: at most two decimals, within ±10^13 kr.
    func kroner(_ column: CSVColumn) -> Kroner? {
        guard let parsed = number(column), let value = parsed else { return nil }
        if value.scale > 2 {
            fail(column, "\(column.label) \"\(row.text(column))\" has more than two decimals; amounts are kroner and øre")
            return nil
        }
        guard let amount = value.kroner else {
            fail(column, "\(column.label) \"\(row.text(column))\" is beyond ±10.000.000.000.000 kr.")
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
            fail(column, "\(column.label) \"\(text)\" is not an account number; write it with dots, e.g. 5.57.78 or 5.57.73.007")
            return nil
        }
        guard let entry = catalog.accounts.entry(for: account) else {
            let function = account.text.split(separator: ".").prefix(3).joined(separator: ".")
            var message = "\(column.label) \"\(text)\" maps to no benefit: no function in the catalog's \"funktioner\" covers it; add its function (e.g. \(function)) to the benefit it belongs to"
            if catalog.accounts.isEmpty { message += " (the catalog lists no functions at all)" }
            fail(column, message)
            return nil
        }
        return (account, entry)
    }

    /// `unknown benefit "X"; did you mean "Y"?`
    static func unknownBenefit(_ name: String, catalog: Catalog) -> String {
        let nearest = catalog.nearestNames(to: name).map { "\"\($0)\"" }
        var message = "unknown benefit \"\(name)\""
        if let last = nearest.last {
            let list = nearest.count == 1 ? last : nearest.dropLast().joined(separator: ", ") + " or " + last
            message += "; did you mean \(list)?"
        }
        return message + (nearest.isEmpty ? "; add it to the catalog" : "")
    }

    /// An ISO date; `nil` for an empty cell when `allowEmpty`.
    func day(_ column: CSVColumn, allowEmpty: Bool = false) -> Day?? {
        let text = row.text(column)
        if text.isEmpty {
            if allowEmpty { return .some(nil) }
            fail(column, "\(column.label) is empty")
            return nil
        }
        guard let day = Day(iso: text) else {
            fail(column, "\(column.label) \"\(text)\" is not a date; write it as YYYY-MM-DD, e.g. 2017-03-01")
            return nil
        }
        return .some(day)
    }

    /// `brutto` or `netto`; empty or no column is brutto.
    func grundlag(_ column: CSVColumn) -> Grundlag? {
        let text = row.text(column)
        guard let value = Grundlag(cell: text) else {
            fail(column, "\(column.label) \"\(text)\" is neither brutto nor netto")
            return nil
        }
        return value
    }
}
