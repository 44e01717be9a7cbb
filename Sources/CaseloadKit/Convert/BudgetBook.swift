/// The budget lines of the budget year for pipeline.yml's municipalities, one per
/// municipality, benefit and budget version: a repeated key is an error naming both lines.
///
/// The original budget (`lines`) is what afstemning.csv and Bilag 1 use; the corrected
/// budget (`corrected`, forecast.md "Budget versions") is what a forecast is measured
/// against. A corrected budget must have the original's grundlag; one without an original
/// stands beside an original of 0 kr.
public struct BudgetBook: Sendable {
    /// The original budget's lines by municipality position, then benefit.
    public let lines: [[BenefitID: BudgetLine]]
    /// The corrected budget's lines by municipality position, then benefit.
    public var corrected: [[BenefitID: BudgetLine]] = []

    /// Whether municipality `position` has a line of either version for `benefit`.
    public func hasBudget(_ position: Int, _ benefit: BenefitID) -> Bool {
        lines[position][benefit] != nil || corrected(position, benefit) != nil
    }

    /// The corrected budget's line of municipality `position` for `benefit`, if any.
    public func corrected(_ position: Int, _ benefit: BenefitID) -> BudgetLine? {
        position < corrected.count ? corrected[position][benefit] : nil
    }

    /// Sorts `lines` into the book; lines of other municipalities or years are counted as
    /// ignored, negative amounts draw a warning.
    public static func build(_ lines: [BudgetLine], year: Int, municipalities: MunicipalityIndex, catalog: Catalog,
                             diagnostics: DiagnosticEngine, ledger: InputLedger) -> BudgetBook {
        let empty = [[BenefitID: BudgetLine]](repeating: [:], count: municipalities.municipalities.count)
        var books: [BudgetVersion: [[BenefitID: BudgetLine]]] = [.oprindeligt: empty, .korrigeret: empty]
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
            if let first = books[line.version]?[position][line.benefit] {
                let (name, benefit) = (municipalities.municipalities[position].name, catalog.name(of: line.benefit))
                let message: Message = line.version == .oprindeligt
                    ? .secondBudget(municipality: name, year: line.year, benefit: benefit, first: first.origin.wholeLine)
                    : .secondCorrectedBudget(municipality: name, year: line.year, benefit: benefit, first: first.origin.wholeLine)
                diagnostics.error(message, at: line.origin)
                for _ in rows { ledger.rejected(line.origin.file) }
                continue
            }
            if line.amount.oere < 0 {
                diagnostics.warning(.negativeBudget(NumberFormat.danish.string(line.amount.exact, decimals: 2)), at: line.origin)
            }
            books[line.version]?[position][line.benefit] = line
            for _ in rows { ledger.used(line.origin.file) }
        }
        let original = books[.oprindeligt] ?? empty
        let corrected = checkGrundlag(books[.korrigeret] ?? empty, against: original, year: year, municipalities: municipalities,
                                      catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        return BudgetBook(lines: original, corrected: corrected)
    }

    /// The corrected lines less those whose grundlag differs from the original's: each is an
    /// error at the corrected line naming the original's, and its rows are rejected.
    static func checkGrundlag(_ corrected: [[BenefitID: BudgetLine]], against original: [[BenefitID: BudgetLine]], year: Int,
                              municipalities: MunicipalityIndex, catalog: Catalog, diagnostics: DiagnosticEngine,
                              ledger: InputLedger) -> [[BenefitID: BudgetLine]] {
        var kept = corrected
        for position in corrected.indices {
            for line in corrected[position].values.sorted(by: { $0.origin < $1.origin }) {
                guard let first = original[position][line.benefit], first.grundlag != line.grundlag else { continue }
                diagnostics.error(.correctedGrundlagDiffers(municipality: municipalities.municipalities[position].name, year: year,
                                                            benefit: catalog.name(of: line.benefit), grundlag: line.grundlag.rawValue,
                                                            original: first.origin.wholeLine, originalGrundlag: first.grundlag.rawValue),
                                  at: line.origin)
                for _ in 0..<line.rowCount { ledger.usedRowRejected(line.origin.file) }
                kept[position][line.benefit] = nil
            }
        }
        return kept
    }

    /// A municipality of pipeline.yml without a single budget line for the budget year is an
    /// error at its place in pipeline.yml: a missing or misnamed budget file must not turn
    /// into a column of 0 kr.
    /// With `complete` false (the budget files had errors) the check is not made, as a
    /// rejected line may be the missing budget; a note says so instead. The message names the
    /// years the municipality has budgets for: those of `lines` and of `countedYears` (budget
    /// XML rows of other years, counted and not kept).
    static func checkEveryMunicipalityHasABudget(_ book: BudgetBook, lines: [BudgetLine], countedYears: CountedBudgetYears,
                                                 config: PipelineConfig, complete: Bool, diagnostics: DiagnosticEngine) {
        let files = config.inputs.budget.map(\.path).joined(separator: ", ")
        let missing = config.municipalities.indices.filter { book.lines[$0].isEmpty && book.corrected($0).isEmpty }
        guard complete else {
            if !missing.isEmpty {
                let names = missing.map { config.municipalities[$0].name }.joined(separator: ", ")
                diagnostics.note(.noBudgetLinesYet(names), at: nil)
            }
            return
        }
        for position in missing {
            let municipality = config.municipalities[position]
            let otherYears = Set(lines.filter { MatchKey($0.municipality) == municipality.key }.map(\.year))
                .union(countedYears.years(position: position)).sorted()
            let message = Message.noBudget(municipality: municipality.name, year: config.year, files: files, otherYears: otherYears)
            let place = position < config.municipalityOrigins.count ? config.municipalityOrigins[position] : SourceLocation(file: config.file)
            diagnostics.error(message, at: place)
        }
    }

    /// The corrected lines of municipality `position` (none if out of range).
    func corrected(_ position: Int) -> [BenefitID: BudgetLine] {
        position < corrected.count ? corrected[position] : [:]
    }
}
