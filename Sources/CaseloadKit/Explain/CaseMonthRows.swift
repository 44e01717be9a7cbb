/// For `explain` only: which case rows reach each month of a forecast, so that a month's value
/// from case periods names only those rows (`file:first-last (N case rows)`), not the year's.
///
/// The run keeps the case rows per year only; this reads the case files a second time into a
/// throwaway `CaseTally` whose periods are the months `explain` can show (the budget year's up
/// to the cut-off, every month of each prior year). `run` never pays for it. Problems in the
/// files are the run's own and were already reported, so this reading's go nowhere.
public struct CaseMonthRows: Sendable {
    let tally: CaseTally

    /// The rows of `config`'s case files per month; `nil` without a cut-off or case files.
    public init?(_ config: PipelineConfig, catalog: Catalog, tuning: CaseReadTuning = CaseReadTuning()) {
        guard let cutoff = config.cutoff, !config.inputs.cases.isEmpty else { return nil }
        let budgetMonths = cutoff.components.month
        var periods = (1...budgetMonths).map { Period.month($0, of: config.year) }
        for year in config.priorYears { periods += (1...12).map { Period.month($0, of: year) } }
        var tally = CaseTally(periods: periods)
        let areas = MunicipalityIndex(config.municipalities + config.peers)
        let diagnostics = DiagnosticEngine()
        let ledger = InputLedger()
        for file in config.inputs.cases {
            CaseFileReader.read(file, catalog: catalog, municipalities: areas, style: config.numberStyle, into: &tally,
                                diagnostics: diagnostics, ledger: ledger, tuning: tuning)
        }
        self.tally = tally
    }

    /// The rows of the municipality at `municipality` (its position in the run) and `benefit`
    /// with days in month `month` of `year`, per file; empty if none reaches it.
    func spans(municipality: Int, benefit: BenefitID, year: Int, month: Int) -> [CaseSpan] {
        tally.spans(municipality: municipality, benefit: benefit, period: .month(month, of: year)) ?? []
    }
}
