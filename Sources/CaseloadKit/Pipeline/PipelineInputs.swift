import Foundation

/// Every input of a run after reading, before conversion: the lines of each file kind, and
/// whether the budget and rate files were read without errors (checks on complete inputs
/// only run then). `Pipeline.evaluate`'s ingest step.
struct PipelineInputs {
    /// The configured municipalities, in pipeline.yml's order.
    let municipalities: MunicipalityIndex
    var budgetLines: [BudgetLine] = []
    /// Budget XML rows of other years are counted, not kept (an archive may hold millions).
    var countedBudgetYears: CountedBudgetYears
    /// No budget file had an error.
    var budgetsRead = true
    var rateLines: [RateLine] = []
    /// No rate file had an error.
    var ratesRead = true
    var actualLines: [ActualLine] = []
    var goals: [Goal] = []
    var labourForceLines: [LabourForceLine] = []
    var cases: CaseTally

    /// Reads every input of `config` but the catalog, in a fixed order (budgets, rates,
    /// actuals, goals, labour force, case files), so that diagnostics come in one order.
    static func read(_ config: PipelineConfig, catalog: Catalog, caseReading: CaseReadTuning,
                     diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> PipelineInputs {
        let municipalities = MunicipalityIndex(config.municipalities)
        var inputs = PipelineInputs(municipalities: municipalities,
                                    countedBudgetYears: CountedBudgetYears(municipalities: municipalities.municipalities.count),
                                    cases: CaseTally(config: config))
        try inputs.readBudgets(config, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        try inputs.readRates(config, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        try inputs.readActuals(config, catalog: catalog, diagnostics: diagnostics, ledger: ledger)
        for file in config.inputs.goals {
            inputs.goals += try GoalsReader.read(file, catalog: catalog, style: config.numberStyle, diagnostics: diagnostics, ledger: ledger)
        }
        for file in config.inputs.labourForce {
            inputs.labourForceLines += try LabourForceReader.read(file, diagnostics: diagnostics, ledger: ledger)
        }
        inputs.readCases(config, catalog: catalog, tuning: caseReading, diagnostics: diagnostics, ledger: ledger)
        return inputs
    }

    /// The budget files: XML (the budget archive) or a table.
    private mutating func readBudgets(_ config: PipelineConfig, catalog: Catalog,
                                      diagnostics: DiagnosticEngine, ledger: InputLedger) throws {
        let errorsBefore = diagnostics.errorCount
        for file in config.inputs.budget {
            if file.path.lowercased().hasSuffix(".xml") {
                budgetLines += BudgetXMLReader.read(file, catalog: catalog, year: config.year, municipalities: municipalities,
                                                    countedYears: &countedBudgetYears, diagnostics: diagnostics, ledger: ledger)
            } else {
                budgetLines += try BudgetCSVReader.read(file, catalog: catalog, style: config.numberStyle,
                                                        diagnostics: diagnostics, ledger: ledger)
            }
        }
        budgetsRead = diagnostics.errorCount == errorsBefore
    }

    /// The rate tables.
    private mutating func readRates(_ config: PipelineConfig, catalog: Catalog,
                                    diagnostics: DiagnosticEngine, ledger: InputLedger) throws {
        let errorsBefore = diagnostics.errorCount
        for file in config.inputs.rates {
            rateLines += try RateTableReader.read(file, catalog: catalog, style: config.numberStyle, diagnostics: diagnostics, ledger: ledger)
        }
        ratesRead = diagnostics.errorCount == errorsBefore
    }

    /// The actuals: Jobindsats JSON or a table.
    private mutating func readActuals(_ config: PipelineConfig, catalog: Catalog,
                                      diagnostics: DiagnosticEngine, ledger: InputLedger) throws {
        for file in config.inputs.actuals {
            if file.path.lowercased().hasSuffix(".json") {
                actualLines += JobindsatsReader.read(file, catalog: catalog, measure: config.inputs.jobindsatsMeasure,
                                                     diagnostics: diagnostics, ledger: ledger)
            } else {
                actualLines += try ActualsReader.read(file, catalog: catalog, style: config.numberStyle, diagnostics: diagnostics, ledger: ledger)
            }
        }
    }

    /// The case files, then the overlaps between their periods. The peers' case periods are
    /// tallied with ours (peers.md), after ours so our positions stay the same; the country is
    /// never a sum of case periods, so its rows stay left out.
    private mutating func readCases(_ config: PipelineConfig, catalog: Catalog, tuning: CaseReadTuning,
                                    diagnostics: DiagnosticEngine, ledger: InputLedger) {
        let areas = config.peers.isEmpty ? municipalities : MunicipalityIndex(config.municipalities + config.peers)
        for file in config.inputs.cases {
            CaseFileReader.read(file, catalog: catalog, municipalities: areas, style: config.numberStyle, into: &cases,
                                diagnostics: diagnostics, ledger: ledger, tuning: tuning)
        }
        CaseFileReader.resolveOverlaps(in: &cases, catalog: catalog, municipalities: areas, style: config.numberStyle,
                                       diagnostics: diagnostics, tuning: tuning)
    }
}
