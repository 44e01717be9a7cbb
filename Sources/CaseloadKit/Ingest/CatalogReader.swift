/// Reads the benefit catalog: `id;navn;aliaser` (aliases separated by `|`), and optionally
/// `funktioner` (chart-of-accounts functions separated by `|`, e.g. `5.57.73.007`) and
/// `takst_min`/`takst_max` (the range a sensible rate lies in, kr. per helårsperson), and
/// `jobindsats` (the Jobindsats tables of the benefit alone, separated by `|`, e.g. `y01a02`).
public enum CatalogReader {
    static let id = CSVColumn("id")
    static let navn = CSVColumn("navn")
    static let aliaser = CSVColumn("aliaser", required: false)
    static let funktioner = CSVColumn("funktioner", required: false)
    static let takstMin = CSVColumn("takst_min", required: false)
    static let takstMax = CSVColumn("takst_max", required: false)
    static let jobindsats = CSVColumn("jobindsats", required: false)

    /// Reads catalog files in order; `nil` if any problem was reported.
    public static func read(_ files: [InputFile], style: NumberStyle, diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> Catalog? {
        let errorsBefore = diagnostics.errorCount
        var benefits: [Benefit] = []
        var idLines: [BenefitID: SourceLocation] = [:]
        var nameOwners: [MatchKey: (id: BenefitID, name: String, at: SourceLocation)] = [:]
        var functionOwners: [AccountFunction: (id: BenefitID, text: String, at: SourceLocation)] = [:]
        var tableOwners: [String: (id: BenefitID, at: SourceLocation)] = [:]
        for file in files {
            let table = CSVTable(file: file, columns: [id, navn, aliaser, funktioner, takstMin, takstMax, jobindsats], style: style)
            try table.read(diagnostics: diagnostics, ledger: ledger) { row in
                let cells = CellParser(row, style: style, diagnostics: diagnostics)
                let idText = cells.required(id)
                let name = cells.required(navn).map(DisplayName.normalized)
                let aliases = row.text(aliaser).split(separator: "|").map { DisplayName.normalized(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
                if let name, let problem = DisplayName.problem(name, what: .whatCatalogName) {
                    cells.fail(navn, problem)
                }
                guard let idText, let name, !cells.failed else { return false }
                guard let benefitID = BenefitID(idText) else {
                    cells.fail(id, .catalogIDNotSlug(idText))
                    return false
                }
                if let first = idLines[benefitID] {
                    cells.fail(id, .catalogIDTwice(idText, first: first))
                    return false
                }
                for spelling in [benefitID.rawValue, name] + aliases {
                    let key = MatchKey(spelling)
                    if let owner = nameOwners[key], owner.id != benefitID {
                        cells.fail(spelling == benefitID.rawValue ? id : spelling == name ? navn : aliaser,
                                   .nameMatchesTwoBenefits(spelling, owner: "\(owner.id)", ownerName: owner.name, ownerAt: owner.at, id: "\(benefitID)"))
                    } else if nameOwners[key] == nil {
                        nameOwners[key] = (benefitID, spelling, row.location)
                    }
                }
                var functions: [AccountFunction] = []
                for text in row.text(funktioner).split(separator: "|").map({ String($0).trimmingWhitespace() }) where !text.isEmpty {
                    guard let function = AccountFunction(text) else {
                        cells.fail(funktioner, .notAFunction(text))
                        continue
                    }
                    if let owner = functionOwners[function] {
                        cells.fail(funktioner, owner.id == benefitID ? .functionListedTwice(text)
                                   : .functionListedForOther(text, owner: "\(owner.id)", ownerText: owner.text, ownerAt: owner.at))
                        continue
                    }
                    functionOwners[function] = (benefitID, text, row.location)
                    functions.append(function)
                }
                let range = rateRange(cells, row)
                let tables = jobindsatsTables(cells, row, benefit: benefitID, owners: &tableOwners)
                guard !cells.failed else { return false }
                idLines[benefitID] = row.location
                benefits.append(Benefit(id: benefitID, name: name, aliases: aliases, origin: row.location,
                                        functions: functions, rateRange: range, jobindsatsTables: tables))
                ledger.used(file.path)
                return true
            }
        }
        if benefits.isEmpty, diagnostics.errorCount == errorsBefore {
            diagnostics.error(.catalogEmpty, at: files.first?.at())
        }
        return diagnostics.errorCount == errorsBefore ? Catalog(benefits: benefits) : nil
    }

    /// `jobindsats`: table ids (letters and digits, e.g. `y01a02`), lower-cased; a table named
    /// twice, in this row or by another benefit, is an error (its rows would belong to two).
    private static func jobindsatsTables(_ cells: CellParser, _ row: CSVRow, benefit: BenefitID,
                                         owners: inout [String: (id: BenefitID, at: SourceLocation)]) -> [String] {
        var tables: [String] = []
        for text in row.text(jobindsats).split(separator: "|").map({ String($0).trimmingWhitespace() }) where !text.isEmpty {
            let table = text.lowercased()
            guard table.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) else {
                cells.fail(jobindsats, .jobindsatsTableNotAnID(text))
                continue
            }
            if let owner = owners[table] {
                cells.fail(jobindsats, owner.id == benefit ? .jobindsatsTableListedTwice(text)
                           : .jobindsatsTableForOther(text, owner: "\(owner.id)", ownerAt: owner.at))
                continue
            }
            owners[table] = (benefit, row.location)
            tables.append(table)
        }
        return tables
    }

    /// `takst_min`/`takst_max`: amounts above 0, the minimum not above the maximum; `nil`
    /// when both are empty.
    private static func rateRange(_ cells: CellParser, _ row: CSVRow) -> RateRange? {
        func bound(_ column: CSVColumn) -> Kroner? {
            guard !row.text(column).isEmpty, let amount = cells.kroner(column) else { return nil }
            if amount.oere <= 0 { cells.fail(column, .mustBeAboveZero(column.label, row.text(column))) }
            return amount
        }
        let minimum = bound(takstMin)
        let maximum = bound(takstMax)
        if let minimum, let maximum, minimum > maximum {
            cells.fail(takstMin, .rateMinimumAboveMaximum(takstMin.label, row.text(takstMin), takstMax.label, row.text(takstMax)))
        }
        return minimum == nil && maximum == nil ? nil : RateRange(minimum: minimum, maximum: maximum)
    }
}
