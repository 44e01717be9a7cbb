import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload explain <kommune> <ydelse>`: how each figure of one row was reached.
struct ExplainCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain how each figure of one row of the result was reached.",
        discussion: """
        Reads the inputs named in pipeline.yml (nothing is written) and prints, for each figure \
        of the row, the input files and lines it came from, the rate used and why, the formula \
        with the numbers filled in, the rounding, and the row's flags. Names match as in the \
        inputs: ignoring case, with the catalog's ids and aliases, and the jobcenter's name \
        for its total. Case periods are shown as counts of rows and line ranges, never case ids. \
        With a cutoff in pipeline.yml it goes on with the row's year-end forecast (prognose.csv): \
        the months used with their values and sources, the method and why, the formula with \
        the numbers, the kroner and the expected variance against the original or corrected budget.
        """
    )

    /// Text for people or JSON for tools.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "The municipality, as in pipeline.yml, or the jobcenter's name.")
    var kommune: String

    @Argument(help: "The benefit: its catalog id, name or an alias.")
    var ydelse: String

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    @Option(name: .long, help: "text or json.")
    var format = Format.text

    @OptionGroup var reading: CaseReadingOptions

    @OptionGroup var sprog: LanguageOption

    func run() throws {
        let language = sprog.language
        let outcome: RunOutcome
        let loaded: PipelineConfig
        do {
            loaded = try ConfigLoader.load(URL(fileURLWithPath: config), shownAs: config)
            outcome = try Pipeline.evaluate(loaded, caseReading: reading.tuning())
        } catch let failure as ConfigLoader.Failure {
            throw CaseloadError(failure, config: config, in: .explain)
        }
        guard outcome.succeeded, let report = outcome.report, let catalog = outcome.catalog else {
            throw CaseloadError.explainInputErrors(outcome.diagnostics)
        }
        let explanation: Explanation
        do {
            // With a cut-off the case files are read once more, per month: a month's value
            // from case periods then names only the rows that reach it.
            explanation = try Explainer.explain(kommune: kommune, benefit: ydelse, report: report, catalog: catalog,
                                                caseMonths: CaseMonthRows(loaded, catalog: catalog, tuning: reading.tuning()))
        } catch {
            throw CaseloadError(error)
        }
        print(format == .json ? ExplanationJSON.render(explanation) : ExplanationText.render(explanation, language: language), terminator: "")
    }
}
