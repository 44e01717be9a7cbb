import Foundation

/// The whole run: ingest → convert → compare → report, then publish. Only this layer reads
/// and writes files; the stages are functions of values.
public enum Pipeline {
    /// Reads every input of `config`, computes the report and renders the result files.
    /// Writes nothing; `RunOutcome.succeeded` tells whether there is anything to publish.
    /// `caseReading` sets the threads that read the case files (only the speed depends on it).
    public static func evaluate(_ config: PipelineConfig, caseReading: CaseReadTuning = CaseReadTuning()) throws -> RunOutcome {
        var outcome = try assess(config, caseReading: caseReading)
        if let report = outcome.report, outcome.succeeded {
            outcome.files = try ResultFile.render(ResultFile.written(reports: config.reports), report: report, ledger: outcome.ledger)
            outcome.resultNames = outcome.files.map(\.name)
        }
        return outcome
    }

    /// Reads every input of `config` and computes the report, as `evaluate(_:caseReading:)`,
    /// but renders no file (`RunOutcome.files` is empty): a run renders each file straight
    /// into its staging folder (`Pipeline.run`).
    static func assess(_ config: PipelineConfig, caseReading: CaseReadTuning = CaseReadTuning()) throws -> RunOutcome {
        let diagnostics = DiagnosticEngine()
        let ledger = InputLedger()
        for warning in config.warnings { diagnostics.report(warning) }

        // Ingest. The catalog comes first: every other file names benefits through it.
        guard let catalog = try CatalogReader.read(config.inputs.catalog, style: config.numberStyle, diagnostics: diagnostics, ledger: ledger) else {
            return RunOutcome(diagnostics: diagnostics, ledger: ledger, report: nil, files: [], config: config, catalog: nil)
        }
        let inputs = try PipelineInputs.read(config, catalog: catalog, caseReading: caseReading, diagnostics: diagnostics, ledger: ledger)
        let report = compared(inputs, config: config, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        return RunOutcome(diagnostics: diagnostics, ledger: ledger, report: diagnostics.hasErrors ? nil : report, files: [],
                          config: config, catalog: catalog)
    }

    /// Convert and compare: the books built from the lines read, reconciled, with the
    /// checks, goals, comparison, flags and (with a cut-off) the forecast.
    private static func compared(_ inputs: PipelineInputs, config: PipelineConfig, catalog: Catalog,
                                 diagnostics: DiagnosticEngine, ledger: InputLedger) -> ReconciliationReport {
        let municipalities = inputs.municipalities
        // Rows of another year among rows of the years the run uses (a typing error, most likely).
        StrayYearRows.report(budget: inputs.budgetLines, rates: inputs.rateLines, actuals: inputs.actualLines, config: config,
                             municipalities: municipalities, diagnostics: diagnostics)
        let budgets = BudgetBook.build(inputs.budgetLines, year: config.year, municipalities: municipalities, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        let rates = RateTable.build(inputs.rateLines, year: config.year, municipalities: municipalities, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        // With peers, the peers' and the country's rows are read with the same rules as ours
        // (peers.md); they follow ours in `areas`, so our positions stay the same.
        let areas = config.peers.isEmpty ? municipalities : MunicipalityIndex(config.municipalities + config.peers + [.country])
        let actuals = ActualsBook.build(inputs.actualLines, config: config, municipalities: areas, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        let labourForce = LabourForceBook.build(inputs.labourForceLines, areas: areas, years: Set([config.year] + config.priorYears),
                                                diagnostics: diagnostics, ledger: ledger)
        // Checks that only make sense on complete inputs: with a budget or rate file that had
        // errors they would only repeat those errors, once per line.
        UnknownMunicipalityWarnings.report(ledger: ledger, municipalities: municipalities, diagnostics: diagnostics)
        BudgetBook.checkEveryMunicipalityHasABudget(budgets, lines: inputs.budgetLines, countedYears: inputs.countedBudgetYears, config: config,
                                                   complete: inputs.budgetsRead, diagnostics: diagnostics)
        var report = Reconciler.reconcile(config: config, catalog: catalog, budgets: budgets, rates: rates,
                                          actuals: actuals, cases: inputs.cases, checkRates: inputs.ratesRead,
                                          diagnostics: diagnostics, ledger: ledger)
        if inputs.budgetsRead {
            BudgetGaps.report(budgets: budgets, actuals: actuals, cases: inputs.cases, config: config, catalog: catalog, diagnostics: diagnostics)
        }
        // An empty prior year is checked on inputs without errors (a rejected row may be its data).
        if !diagnostics.hasErrors { PriorYearGaps.report(report, config: config, diagnostics: diagnostics) }
        report.goals = GoalChecker.check(inputs.goals, report: report, municipalities: municipalities, catalog: catalog, ledger: ledger,
                                         diagnostics: diagnostics)
        report.comparison = PeerComparer.compare(report, config: config, catalog: catalog, actuals: actuals, cases: inputs.cases,
                                                 labourForce: labourForce, diagnostics: diagnostics)
        report.flags = FlagOrder.bySize(FlagFinder.flags(report, thresholds: config.flagThresholds)
                                        + (report.comparison.map { PeerFlags.flags($0, report: report) } ?? [])
                                        + GoalChecker.flags(report.goals, report: report))
        if config.cutoff != nil {  // only a forecast needs the monthly values
            let series = MonthlySeries.aggregated(inputs.actualLines, municipalities: municipalities).merging(.cases(inputs.cases))
            report.forecast = ForecastReport.build(report, series: series, config: config)
        }
        return report
    }

    /// The names of every file a run can write into `<output>/<year>/` (`ResultFile`): any
    /// other file there that the lock file does not list as written by caseload is the
    /// user's, and a run does not delete it without `--force`.
    public static let resultFileNames = Set(ResultFile.allCases.map(\.name))
}
