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
        // Lines of other years are counted here and handed to the ledger once: a budget
        // archive may hold millions of them. The lines of one <budget> share one name.
        var lastName: String?
        var lastPosition: Int?
        var file = ""
        var otherYear = 0
        func flush() {
            if otherYear > 0 { ledger.add(InputLedger.Tally(ignored: [Message.reasonAnotherYear.en: otherYear]), to: file) }
            otherYear = 0
        }
        defer { flush() }
        for line in lines {
            // A budget summed from accounts stands for several rows; each is accounted for.
            let rows = 0..<line.rowCount
            if line.origin.file != file {
                flush()
                file = line.origin.file
            }
            if line.municipality != lastName {
                lastName = line.municipality
                lastPosition = municipalities.position(of: line.municipality)
            }
            guard let position = lastPosition else {
                for _ in rows { ledger.ignoredMunicipality(at: line.origin, name: line.municipality) }
                continue
            }
            guard line.year == year else {
                otherYear += line.rowCount
                continue
            }
            if let first = book[position][line.benefit] {
                diagnostics.error(.secondBudget(municipality: municipalities.municipalities[position].name, year: line.year, benefit: catalog.name(of: line.benefit), first: "\(first.origin.wholeLine)"), at: line.origin)
                for _ in rows { ledger.rejected(line.origin.file) }
                continue
            }
            if line.amount.oere < 0 {
                diagnostics.warning(.negativeBudget(NumberFormat.danish.string(line.amount.exact, decimals: 2)), at: line.origin)
            }
            book[position][line.benefit] = line
            for _ in rows { ledger.used(line.origin.file) }
        }
        return BudgetBook(lines: book)
    }

    /// A municipality of pipeline.yml without a single budget line for the budget year is an
    /// error at its place in pipeline.yml: a missing or misnamed budget file must not turn
    /// into a column of 0 kr.
    /// With `complete` false (the budget files had errors) the check is not made, as a
    /// rejected line may be the missing budget; a note says so instead.
    static func checkEveryMunicipalityHasABudget(_ book: BudgetBook, lines: [BudgetLine], config: PipelineConfig,
                                                 complete: Bool, diagnostics: DiagnosticEngine) {
        let files = config.inputs.budget.map(\.path).joined(separator: ", ")
        let missing = config.municipalities.indices.filter { book.lines[$0].isEmpty }
        guard complete else {
            if !missing.isEmpty {
                let names = missing.map { config.municipalities[$0].name }.joined(separator: ", ")
                diagnostics.note(.noBudgetLinesYet(names), at: nil)
            }
            return
        }
        for position in missing {
            let municipality = config.municipalities[position]
            let otherYears = Set(lines.filter { MatchKey($0.municipality) == municipality.key }.map(\.year)).sorted()
            let message = Message.noBudget(municipality: municipality.name, year: config.year, files: files, otherYears: otherYears)
            let place = position < config.municipalityOrigins.count ? config.municipalityOrigins[position] : SourceLocation(file: config.file)
            diagnostics.error(message, at: place)
        }
    }
}
