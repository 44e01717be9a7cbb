import ArgumentParser
import CaseloadKit
import Foundation

/// `caseload status`: are the results up to date with the inputs? For people, CI and schedulers.
struct StatusCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether <output>/<year>/ is up to date with the inputs, and what changed since the lock file.",
        discussion: "Exit codes: 0 up to date; 1 stale (something changed), files caseload did not write in <output>/<year>/, or a file that cannot be read to compare it; 2 a pipeline.yml or usage error."
    )

    @Option(name: .long, help: "The pipeline file.")
    var config = "pipeline.yml"

    @Flag(name: .long, help: "Hash every input and result file, even those whose size, modification time and inode are unchanged since the last check.")
    var verify = false

    @OptionGroup var sprog: LanguageOption

    func run() throws {
        let loaded: PipelineConfig
        do {
            loaded = try ConfigLoader.load(URL(fileURLWithPath: config), shownAs: config)
        } catch {
            throw CaseloadError(error, config: config, in: .status)
        }
        let store = LockStore(config: loaded, verify: verify)
        let changes: [LockChange]
        do {
            changes = try store.changesNow()
            store.saveCache()
        } catch {
            // Neither up to date nor known to be stale: an error, exit 1 like a stale result.
            throw CaseloadError(error, in: .status)
        }
        print(StatusReport.render(changes, store: store, language: sprog.language))
        if !changes.isEmpty { throw CaseloadError.reported(.changed) }
    }
}
