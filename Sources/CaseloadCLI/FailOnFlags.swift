import CaseloadKit
import Foundation

/// `run --fail-on-flags`: exit code 4 when the results have flags, for CI.
enum FailOnFlags {
    /// Throws exit 4 (saying why) when `count` is above 0.
    static func check(count: Int, config: PipelineConfig) throws(CaseloadError) {
        guard count > 0 else { return }
        throw .flagged(count, folder: config.yearFolderShown)
    }

    /// The flags of results that are up to date: the rows of their flag.csv. A flag.csv that
    /// cannot be read or is malformed is an error, exit 3 (never 0 flags).
    static func published(in config: PipelineConfig) throws(CaseloadError) -> Int {
        let url = config.outputFolder.appendingPathComponent("\(config.year)/\(ResultFile.flag.name)")
        do {
            return try PublishedFlags.count(at: url, shownAs: config.yearFolderShown + ResultFile.flag.name)
        } catch {
            throw CaseloadError(error)
        }
    }
}
