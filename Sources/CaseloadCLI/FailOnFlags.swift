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

    /// The flags of results that are up to date: the rows of their flag.csv (one a line,
    /// after the header; an explanation never holds a line break).
    static func published(in config: PipelineConfig) -> Int {
        let url = config.outputFolder.appendingPathComponent("\(config.year)/flag.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return 0 }
        return max(0, text.split(separator: "\n").count - 1)
    }
}
