import Foundation

/// The whole run: ingest → convert → compare → report, then publish. Only this layer reads
/// and writes files; the stages are functions of values.
public enum Pipeline {
    /// Reads every input of `config`, computes the report and renders the result files.
    /// Writes nothing; `RunOutcome.succeeded` tells whether there is anything to publish.
    /// `caseReading` sets the threads that read the case files (only the speed depends on it).
    public static func evaluate(_ config: PipelineConfig, caseReading: CaseReadTuning = CaseReadTuning()) throws -> RunOutcome {
        let diagnostics = DiagnosticEngine()
        let ledger = InputLedger()
        var catalogRead: Catalog?
        func outcome(_ report: ReconciliationReport?, _ files: [OutputFile]) -> RunOutcome {
            RunOutcome(diagnostics: diagnostics, ledger: ledger, report: report, files: files, config: config, catalog: catalogRead)
        }
        let style = config.numberStyle
        let municipalities = MunicipalityIndex(config.municipalities)
        for warning in config.warnings { diagnostics.report(warning) }

        // Ingest. The catalog comes first: every other file names benefits through it.
        guard let catalog = try CatalogReader.read(config.inputs.catalog, style: style, diagnostics: diagnostics, ledger: ledger) else {
            return outcome(nil, [])
        }
        let errorsBeforeBudgets = diagnostics.errorCount
        catalogRead = catalog
        var budgetLines: [BudgetLine] = []
        // Budget XML rows of other years are counted, not kept (an archive may hold millions).
        var countedBudgetYears = CountedBudgetYears(municipalities: municipalities.municipalities.count)
        for file in config.inputs.budget {
            if file.path.lowercased().hasSuffix(".xml") {
                budgetLines += BudgetXMLReader.read(file, catalog: catalog, year: config.year, municipalities: municipalities,
                                                    countedYears: &countedBudgetYears, diagnostics: diagnostics, ledger: ledger)
            } else {
                budgetLines += try BudgetCSVReader.read(file, catalog: catalog, style: style, diagnostics: diagnostics, ledger: ledger)
            }
        }
        let budgetsRead = diagnostics.errorCount == errorsBeforeBudgets
        let errorsBeforeRates = diagnostics.errorCount
        var rateLines: [RateLine] = []
        for file in config.inputs.rates {
            rateLines += try RateTableReader.read(file, catalog: catalog, style: style, diagnostics: diagnostics, ledger: ledger)
        }
        let ratesRead = diagnostics.errorCount == errorsBeforeRates
        var actualLines: [ActualLine] = []
        for file in config.inputs.actuals {
            if file.path.lowercased().hasSuffix(".json") {
                actualLines += JobindsatsReader.read(file, catalog: catalog, measure: config.inputs.jobindsatsMeasure,
                                                     diagnostics: diagnostics, ledger: ledger)
            } else {
                actualLines += try ActualsReader.read(file, catalog: catalog, style: style, diagnostics: diagnostics, ledger: ledger)
            }
        }
        var goals: [Goal] = []
        for file in config.inputs.goals {
            goals += try GoalsReader.read(file, catalog: catalog, style: style, diagnostics: diagnostics, ledger: ledger)
        }
        var labourForceLines: [LabourForceLine] = []
        for file in config.inputs.labourForce {
            labourForceLines += try LabourForceReader.read(file, diagnostics: diagnostics, ledger: ledger)
        }
        var cases = CaseTally(config: config)
        for file in config.inputs.cases {
            CaseFileReader.read(file, catalog: catalog, municipalities: municipalities, style: style, into: &cases,
                                diagnostics: diagnostics, ledger: ledger, tuning: caseReading)
        }
        CaseFileReader.resolveOverlaps(in: &cases, catalog: catalog, municipalities: municipalities, style: style,
                                       diagnostics: diagnostics)

        // Rows of another year among rows of the years the run uses (a typing error, most likely).
        StrayYearRows.report(budget: budgetLines, rates: rateLines, actuals: actualLines, config: config,
                             municipalities: municipalities, diagnostics: diagnostics)

        // Convert and compare.
        let budgets = BudgetBook.build(budgetLines, year: config.year, municipalities: municipalities, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        let rates = RateTable.build(rateLines, year: config.year, municipalities: municipalities, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        // With peers, the peers' and the country's rows are read with the same rules as ours
        // (peers.md); they follow ours in `areas`, so our positions stay the same.
        let areas = config.peers.isEmpty ? municipalities : MunicipalityIndex(config.municipalities + config.peers + [.country])
        let actuals = ActualsBook.build(actualLines, config: config, municipalities: areas, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        let labourForce = LabourForceBook.build(labourForceLines, areas: areas, years: Set([config.year] + config.priorYears),
                                                diagnostics: diagnostics, ledger: ledger)
        // Checks that only make sense on complete inputs: with a budget or rate file that had
        // errors they would only repeat those errors, once per line.
        UnknownMunicipalityWarnings.report(ledger: ledger, municipalities: municipalities, diagnostics: diagnostics)
        BudgetBook.checkEveryMunicipalityHasABudget(budgets, lines: budgetLines, countedYears: countedBudgetYears, config: config,
                                                   complete: budgetsRead, diagnostics: diagnostics)
        var report = Reconciler.reconcile(config: config, catalog: catalog, budgets: budgets, rates: rates,
                                          actuals: actuals, cases: cases, checkRates: ratesRead,
                                          diagnostics: diagnostics, ledger: ledger)
        if budgetsRead {
            BudgetGaps.report(budgets: budgets, actuals: actuals, cases: cases, config: config, catalog: catalog, diagnostics: diagnostics)
        }
        // An empty prior year is checked on inputs without errors (a rejected row may be its data).
        if !diagnostics.hasErrors { PriorYearGaps.report(report, config: config, diagnostics: diagnostics) }
        report.goals = GoalChecker.check(goals, report: report, municipalities: municipalities, catalog: catalog, ledger: ledger,
                                         diagnostics: diagnostics)
        report.comparison = PeerComparer.compare(report, config: config, catalog: catalog, actuals: actuals, labourForce: labourForce)
        report.flags = FlagOrder.bySize(FlagFinder.flags(report, thresholds: config.flagThresholds)
                                        + (report.comparison.map { PeerFlags.flags($0, report: report) } ?? [])
                                        + GoalChecker.flags(report.goals, report: report))
        if config.cutoff != nil {  // only a forecast needs the monthly values
            let series = MonthlySeries.aggregated(actualLines, municipalities: municipalities).merging(.cases(cases))
            report.forecast = ForecastReport.build(report, series: series, config: config)
        }
        guard !diagnostics.hasErrors else { return outcome(nil, []) }

        // Report.
        let files = try ResultFile.written(reports: config.reports).compactMap { try $0.render(report, ledger: ledger) }
        return outcome(report, files)
    }

    /// The names of every file a run can write into `<output>/<year>/` (`ResultFile`): any
    /// other file there that the lock file does not list as written by caseload is the
    /// user's, and a run does not delete it without `--force`.
    public static let resultFileNames = Set(ResultFile.allCases.map(\.name))
}
