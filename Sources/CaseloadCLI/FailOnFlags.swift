import ArgumentParser
import CaseloadKit
import Foundation

/// `run --fail-on-flags`: exit code 4 when the results have flags, for CI.
enum FailOnFlags {
    /// Exits with 4 (after saying why) when `count` is above 0.
    static func check(count: Int, config: PipelineConfig, _ language: Language) throws {
        guard count > 0 else { return }
        Console.error(.failOnFlags(count, folder: config.yearFolderShown), language)
        throw ExitCode(4)
    }

    /// The flags of results that are up to date: the rows of their flag.csv. A flag.csv that
    /// cannot be read or is malformed is an error, exit 3 (never 0 flags).
    static func published(in config: PipelineConfig, _ language: Language) throws -> Int {
        let url = config.outputFolder.appendingPathComponent("\(config.year)/\(ResultFile.flag.name)")
        do {
            return try PublishedFlags.count(at: url, shownAs: config.yearFolderShown + ResultFile.flag.name)
        } catch {
            Console.failure(error.message, language)
            throw ExitCode(3)
        }
    }
}
