/// A prior year of pipeline.yml for which no actuals were read at all: its column would be
/// empty and give no flags without a word. Only checked when the run reads actuals or case
/// periods; without either, every actual column is empty by design.
public enum PriorYearGaps {
    /// Warns once per prior year without a single figure, at its place in pipeline.yml.
    public static func report(_ report: ReconciliationReport, config: PipelineConfig, diagnostics: DiagnosticEngine) {
        let files = (config.inputs.actuals + config.inputs.cases).map(\.path)
        guard !files.isEmpty else { return }
        for (index, year) in config.priorYears.enumerated() {
            guard !report.rows.contains(where: { index < $0.helaarspersonerPrior.count && $0.helaarspersonerPrior[index] != nil })
            else { continue }
            let place = index < config.priorYearOrigins.count ? config.priorYearOrigins[index] : SourceLocation(file: config.file)
            diagnostics.warning(.priorYearWithoutData(year, files: files), at: place)
        }
    }
}
