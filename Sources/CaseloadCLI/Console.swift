import CaseloadKit
import Foundation

/// Writes to standard error.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints pipeline.yml's problems and the closing line.
    static func configFailure(_ failure: ConfigLoader.Failure, config: String) {
        for diagnostic in failure.diagnostics { error(diagnostic.description) }
        error("No results written: \(config) has \(failure.diagnostics.count) error\(failure.diagnostics.count == 1 ? "" : "s").")
    }
}
