import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload fetch jobindsats`: the months new on Jobindsats since the last fetch (and the
/// latest months again, which Jobindsats revises), for
/// pipeline.yml's municipalities and the catalog's Jobindsats tables, saved into the actuals
/// folder. The key comes from `JOBINDSATS_TOKEN` only (never an option: it would be in the
/// shell's history and the process list).
struct FetchJobindsatsCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "jobindsats",
        abstract: "Download the months new on Jobindsats into the actuals folder (key in JOBINDSATS_TOKEN).",
        discussion: "Exit codes: 0 fetched (or nothing new); 1 errors in the catalog; 2 a pipeline.yml or usage error, or JOBINDSATS_TOKEN not set; 3 the fetch failed (network, key refused, too many requests, Jobindsats failed, an answer caseload cannot read, a file it cannot write): nothing was written."
    )

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    @Flag(name: .long, help: "Print the requests (the key masked) instead of making them; nothing is asked or written.")
    var dryRun = false

    @Option(name: .long, help: "The API's root. Default: JOBINDSATS_BASE_URL, else \(JobindsatsFetch.defaultBaseURL).")
    var baseURL: String?

    @Option(name: .long, help: "Seconds to wait for an answer.")
    var timeout: Double = 60

    @Option(name: .long, help: "How many of the latest months already in the actuals folder to fetch again, since Jobindsats revises recent months (0: none).")
    var revisedMonths = JobindsatsFetch.defaultRevisedMonths

    @OptionGroup var sprog: LanguageOption

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError(Message.fetchTimeoutInvalid.text(sprog.language)) }
        guard revisedMonths >= 0 else { throw ValidationError(Message.fetchRevisedMonthsInvalid.text(sprog.language)) }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let loaded: PipelineConfig
        do {
            loaded = try ConfigLoader.load(URL(fileURLWithPath: config), shownAs: config)
        } catch {
            throw CaseloadError(error, config: config, in: .dryRun)
        }
        let options = JobindsatsFetch.Options(baseURL: baseURL ?? environment["JOBINDSATS_BASE_URL"] ?? JobindsatsFetch.defaultBaseURL,
                                              token: environment["JOBINDSATS_TOKEN"], timeout: timeout, dryRun: dryRun,
                                              revisedMonths: revisedMonths)
        do {
            for line in try JobindsatsFetch.run(loaded, options: options) { print(line.text(sprog.language)) }
        } catch {
            throw CaseloadError(error)
        }
    }
}
