import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload diff [REV]`: which figures moved between two sets of results.
struct DiffCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the results in <output>/<year>/ with those at a git revision or in another folder.",
        discussion: """
        Compares afstemning.csv and afstemning-total.csv (with a cutoff also prognose.csv, \
        prognose-total.csv and prognose-test.csv, with peers sammenligning.csv) row by row \
        (keyed by kommune and ydelse_id) and column by column (by name): a summary, then each changed row with only \
        its changed columns, old → new, the change and the change in percent of the old value. \
        Numbers are compared exactly as decimals and shown in Danish style (1.234,56). \
        Exit codes: 0 no changes beyond the tolerance; 1 changes; 2 errors (a bad revision, \
        a missing or malformed result file, a pipeline.yml or usage error).
        """
    )

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal
        case md
    }

    @Argument(help: "The git revision to compare with (default: HEAD). Read with git show; nothing is checked out.")
    var revision: String?

    @Option(name: .long, help: ArgumentHelp("Compare with another folder instead of a revision: a year folder that holds afstemning.csv, or an output folder that holds <year>/afstemning.csv.", valueName: "dir"))
    var against: String?

    @Option(name: .long, help: "The pipeline file; its output and year say where the results are.")
    var config = "pipeline.yml"

    @Option(name: .long, help: "terminal (a table) or md (Markdown for a pull request).")
    var format: Format = .terminal

    @Option(name: .long, help: ArgumentHelp("Ignore changes smaller than this, in each column's unit (kr. or helårspersoner), e.g. 0.5.", valueName: "number"))
    var tolerance = "0"

    @Flag(name: .long, help: "Show every column of a changed row, unchanged ones too.")
    var allColumns = false

    @OptionGroup var sprog: LanguageOption

    func validate() throws {
        if revision != nil, against != nil {
            throw ValidationError(Message.diffRevisionAndAgainst.text(sprog.language))
        }
        if Tolerance(tolerance) == nil {
            throw ValidationError(Message.diffToleranceInvalid(tolerance).text(sprog.language))
        }
    }

    func run() throws {
        let language = sprog.language
        let url = URL(fileURLWithPath: config)
        let pipeline: PipelineConfig
        do {
            pipeline = try ConfigLoader.load(url)
        } catch {
            throw CaseloadError(error, config: config, in: .diff)
        }
        // The results' folder, named as the user would type it from here.
        let output = pipeline.output.hasPrefix("/")
            ? pipeline.output
            : ((config as NSString).deletingLastPathComponent as NSString).appendingPathComponent(pipeline.output)
        let yearPath = (output as NSString).appendingPathComponent(String(pipeline.year))
        let yearFolder = URL(fileURLWithPath: yearPath)
        let diff: ResultDiff
        do {
            let old: ResultSource = if let against {
                try .against(URL(fileURLWithPath: against), label: against, year: pipeline.year)
            } else {
                try .revision(revision ?? "HEAD", of: yearFolder)
            }
            diff = try ResultDiff.compare(old: old, new: .folder(yearFolder, label: yearPath), tolerance: Tolerance(tolerance) ?? .none)
        } catch {
            throw CaseloadError(error)
        }
        switch format {
        case .terminal: print(DiffTerminalRenderer.render(diff, allColumns: allColumns, language: language), terminator: "")
        case .md: print(DiffMarkdownRenderer.render(diff, allColumns: allColumns, language: language), terminator: "")
        }
        if diff.hasChanges { throw CaseloadError.reported(.changed) }
    }
}
