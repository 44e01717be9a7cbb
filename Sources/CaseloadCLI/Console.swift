import CaseloadKit
import Foundation

/// Writes to standard error.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A catalogue message in `language`.
    static func error(_ message: Message, _ language: Language) {
        error(message.text(language))
    }

    /// `error: message` for a failure that is not tied to a place in a file.
    static func failure(_ message: Message, _ language: Language) {
        error(Diagnostic(.error, message, at: nil).rendered(language))
    }

    /// Prints pipeline.yml's problems and the closing line.
    static func configFailure(_ failure: ConfigLoader.Failure, config: String, _ language: Language) {
        for diagnostic in failure.diagnostics { error(diagnostic.rendered(language)) }
        error(.configFailed(config, errors: failure.diagnostics.count), language)
    }
}
