import CaseloadKit
import Foundation

/// Writes to standard error: a run's own diagnostics and notes while it works. Errors that
/// stop a command are not written here by the command but thrown as a `CaseloadError`,
/// which `CommandLineTool` renders.
enum Console {
    /// `text` and a line break.
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A catalogue message in `language`.
    static func standardError(_ message: Message, _ language: Language) {
        standardError(message.text(language))
    }
}
