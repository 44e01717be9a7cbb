/// Reads the benefit catalog: `id;navn;aliaser` (aliases separated by `|`), and optionally
/// `funktioner` (chart-of-accounts functions separated by `|`, e.g. `5.57.73.007`) and
/// `takst_min`/`takst_max` (the range a sensible rate lies in, kr. per helårsperson).
public enum CatalogReader {
    static let id = CSVColumn("id")
    static let navn = CSVColumn("navn")
    static let aliaser = CSVColumn("aliaser", required: false)
    static let funktioner = CSVColumn("funktioner", required: false)
    static let takstMin = CSVColumn("takst_min", required: false)
    static let takstMax = CSVColumn("takst_max", required: false)

    /// Reads catalog files in order; `nil` if any problem was reported.
    public static func read(_ files: [InputFile], style: NumberStyle, diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> Catalog? {
        let errorsBefore = diagnostics.errorCount
        var benefits: [Benefit] = []
        var idLines: [BenefitID: SourceLocation] = [:]
        var nameOwners: [MatchKey: (id: BenefitID, name: String, at: SourceLocation)] = [:]
        var functionOwners: [AccountFunction: (id: BenefitID, text: String, at: SourceLocation)] = [:]
        for file in files {
            let table = CSVTable(file: file, columns: [id, navn, aliaser, funktioner, takstMin, takstMax], style: style)
            try table.read(diagnostics: diagnostics, ledger: ledger) { row in
                let cells = CellParser(row, style: style, diagnostics: diagnostics)
                let idText = cells.required(id)
                let name = cells.required(navn).map(DisplayName.normalized)
                let aliases = row.text(aliaser).split(separator: "|").map { DisplayName.normalized(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
                if let name, let problem = DisplayName.problem(name, what: navn.label) {
                    cells.fail(navn, problem)
                }
                guard let idText, let name, !cells.failed else { return false }
                guard let benefitID = BenefitID(idText) else {
                    cells.fail(id, "id \"\(idText)\" is not a lower-case ASCII slug such as a-dagpenge")
                    return false
                }
                if let first = idLines[benefitID] {
                    cells.fail(id, "id \"\(idText)\" is already defined at \(first)")
                    return false
                }
                for spelling in [benefitID.rawValue, name] + aliases {
                    let key = MatchKey(spelling)
                    if let owner = nameOwners[key], owner.id != benefitID {
                        cells.fail(spelling == benefitID.rawValue ? id : spelling == name ? navn : aliaser,
                                   "\"\(spelling)\" would match two benefits: \(owner.id) (\"\(owner.name)\" at \(owner.at)) and \(benefitID)")
                    } else if nameOwners[key] == nil {
                        nameOwners[key] = (benefitID, spelling, row.location)
                    }
                }
                var functions: [AccountFunction] = []
                for text in row.text(funktioner).split(separator: "|").map({ String($0).trimmingWhitespace() }) where !text.isEmpty {
                    guard let function = AccountFunction(text) else {
                        cells.fail(funktioner, "function \"\(text)\" is not a chart-of-accounts function; write it as 5.57.71, or with a grouping as 5.57.73.007")
                        continue
                    }
                    if let owner = functionOwners[function] {
                        let place = owner.id == benefitID ? "already listed for it" : "already listed for \(owner.id) (\"\(owner.text)\" at \(owner.at))"
                        cells.fail(funktioner, "function \"\(text)\" is \(place): an account must map to one benefit")
                        continue
                    }
                    functionOwners[function] = (benefitID, text, row.location)
                    functions.append(function)
                }
                let range = rateRange(cells, row)
                guard !cells.failed else { return false }
                idLines[benefitID] = row.location
                benefits.append(Benefit(id: benefitID, name: name, aliases: aliases, origin: row.location,
                                        functions: functions, rateRange: range))
                ledger.used(file.path)
                return true
            }
        }
        if benefits.isEmpty, diagnostics.errorCount == errorsBefore {
            diagnostics.error("the catalog has no benefits", at: files.first?.at())
        }
        return diagnostics.errorCount == errorsBefore ? Catalog(benefits: benefits) : nil
    }

    /// `takst_min`/`takst_max`: amounts above 0, the minimum not above the maximum; `nil`
    /// when both are empty.
    private static func rateRange(_ cells: CellParser, _ row: CSVRow) -> RateRange? {
        func bound(_ column: CSVColumn) -> Kroner? {
            guard !row.text(column).isEmpty, let amount = cells.kroner(column) else { return nil }
            if amount.oere <= 0 { cells.fail(column, "\(column.label) \"\(row.text(column))\" must be above 0") }
            return amount
        }
        let minimum = bound(takstMin)
        let maximum = bound(takstMax)
        if let minimum, let maximum, minimum > maximum {
            cells.fail(takstMin, "\(takstMin.label) \"\(row.text(takstMin))\" is above \(takstMax.label) \"\(row.text(takstMax))\"")
        }
        return minimum == nil && maximum == nil ? nil : RateRange(minimum: minimum, maximum: maximum)
    }
}
