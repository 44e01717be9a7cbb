/// Reads the benefit catalog: `id;navn;aliaser` (aliases separated by `|`).
public enum CatalogReader {
    static let id = CSVColumn("id")
    static let navn = CSVColumn("navn")
    static let aliaser = CSVColumn("aliaser", required: false)

    /// Reads catalog files in order; `nil` if any problem was reported.
    public static func read(_ files: [InputFile], style: NumberStyle, diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> Catalog? {
        let errorsBefore = diagnostics.errorCount
        var benefits: [Benefit] = []
        var idLines: [BenefitID: SourceLocation] = [:]
        var nameOwners: [MatchKey: (id: BenefitID, name: String, at: SourceLocation)] = [:]
        for file in files {
            let table = CSVTable(file: file, columns: [id, navn, aliaser], style: style)
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
                guard !cells.failed else { return false }
                idLines[benefitID] = row.location
                benefits.append(Benefit(id: benefitID, name: name, aliases: aliases, origin: row.location))
                ledger.used(file.path)
                return true
            }
        }
        if benefits.isEmpty, diagnostics.errorCount == errorsBefore {
            diagnostics.error("the catalog has no benefits", at: files.first?.at())
        }
        return diagnostics.errorCount == errorsBefore ? Catalog(benefits: benefits) : nil
    }
}
