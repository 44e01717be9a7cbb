/// The budget lines of the budget year for pipeline.yml's municipalities, one per
/// municipality and benefit: a repeated key is an error naming both lines.
public struct BudgetBook: Sendable {
    /// Lines by municipality position, then benefit.
    public let lines: [[BenefitID: BudgetLine]]

    /// Sorts `lines` into the book; lines of other municipalities or years are counted as
    /// ignored, negative amounts draw a warning.
    public static func build(_ lines: [BudgetLine], year: Int, municipalities: MunicipalityIndex, catalog: Catalog,
                             diagnostics: DiagnosticEngine, ledger: InputLedger) -> BudgetBook {
        var book = [[BenefitID: BudgetLine]](repeating: [:], count: municipalities.municipalities.count)
        for line in lines {
            guard let position = municipalities.position(of: line.municipality) else {
                ledger.ignoredMunicipality(line.origin.file, name: line.municipality)
                continue
            }
            guard line.year == year else {
                ledger.ignored(line.origin.file, reason: "another year")
                continue
            }
            if let first = book[position][line.benefit] {
                diagnostics.error("a second budget for \(municipalities.municipalities[position].name), \(line.year), \(catalog.name(of: line.benefit)); the first is at \(first.origin.wholeLine)", at: line.origin)
                ledger.rejected(line.origin.file)
                continue
            }
            if line.amount.oere < 0 {
                diagnostics.warning("the budget is negative (\(NumberFormat.danish.string(line.amount.exact, decimals: 2)) kr.); used as given, as corrections can be", at: line.origin)
            }
            book[position][line.benefit] = line
            ledger.used(line.origin.file)
        }
        return BudgetBook(lines: book)
    }
}
