/// The rates (kr. per helårsperson) of the budget year, found by municipality, benefit and
/// grundlag, with `*` rows as the fallback for municipalities without a row of their own.
public struct RateTable: Sendable {
    struct Key: Hashable {
        let scope: RateScope
        let benefit: BenefitID
        let grundlag: Grundlag
    }

    private let rates: [Key: RateLine]

    /// Builds the table from rate lines; rows of other years or municipalities are counted
    /// as ignored, the same key twice is an error naming both lines.
    public static func build(_ lines: [RateLine], year: Int, municipalities: MunicipalityIndex, catalog: Catalog,
                             diagnostics: DiagnosticEngine, ledger: InputLedger) -> RateTable {
        var rates: [Key: RateLine] = [:]
        for line in lines {
            if case .municipality(let key) = line.scope, municipalities.position(of: key) == nil {
                ledger.ignoredMunicipality(at: line.origin, name: line.municipality)
                continue
            }
            guard line.year == year else {
                ledger.ignored(line.origin.file, reason: Message.reasonAnotherYear.en)
                continue
            }
            let key = Key(scope: line.scope, benefit: line.benefit, grundlag: line.grundlag)
            if let first = rates[key] {
                diagnostics.error(.secondRate(grundlag: line.grundlag.rawValue, municipality: line.scope == .everyMunicipality ? nil : line.municipality, year: line.year, benefit: catalog.name(of: line.benefit), first: first.origin.wholeLine), at: line.origin)
                ledger.rejected(line.origin.file)
                continue
            }
            rates[key] = line
            ledger.used(line.origin.file)
        }
        return RateTable(rates: rates)
    }

    /// The rate for a municipality: its own row, else the `*` row; `nil` if neither exists.
    /// Only the same grundlag and year ever apply.
    public func rate(for municipality: Municipality, benefit: BenefitID, grundlag: Grundlag) -> RateLine? {
        rates[Key(scope: .municipality(municipality.key), benefit: benefit, grundlag: grundlag)]
            ?? rates[Key(scope: .everyMunicipality, benefit: benefit, grundlag: grundlag)]
    }
}
