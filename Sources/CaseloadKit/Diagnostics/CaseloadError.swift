/// Why a command stops, and with which exit code: the one error type the commands throw.
///
/// Like swift-argument-parser's `MessageInfo`, it carries what to tell the user (diagnostics
/// with their places, then lines without a severity such as the closing count) and the exit
/// code; the entry point (`CommandLineTool`) renders it once, in the chosen language, to
/// standard error and exits. A command never prints an error itself. The library's own
/// failures (`ConfigLoader.Failure`, `OutputWriter.Failure`, …) stay typed errors inside the
/// library; the command line turns each into a `CaseloadError` in one place
/// (`CaseloadError+Failures.swift`).
public struct CaseloadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exit code.
    public let exitCode: ExitCode
    /// The problems, each rendered `file:line:column: error: message` (or `error: message`).
    public let diagnostics: [Diagnostic]
    /// Lines after the diagnostics, without a severity: how many were not shown, the closing
    /// line (`Nothing written: pipeline.yml has 1 error.`).
    public let summary: [Message]

    /// An error with `diagnostics` and then `summary`, ending with `exitCode`.
    public init(_ exitCode: ExitCode, diagnostics: [Diagnostic] = [], summary: [Message] = []) {
        self.exitCode = exitCode
        self.diagnostics = diagnostics
        self.summary = summary
    }

    /// One problem not tied to a place in a file: `error: message`.
    public init(_ exitCode: ExitCode, error message: Message) {
        self.init(exitCode, diagnostics: [Diagnostic(.error, message, at: nil)])
    }

    /// An outcome the command has already reported as its output (the run summary with its
    /// diagnostics, the `status` list, the `diff` table): only the exit code is left.
    public static func reported(_ exitCode: ExitCode) -> CaseloadError {
        CaseloadError(exitCode)
    }

    /// The text for standard error in `language`, one line each, or nil when there is
    /// nothing to say (`reported`).
    public func rendered(_ language: Language) -> String? {
        let lines = diagnostics.map { $0.rendered(language) } + summary.map { $0.text(language) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The English text and the exit code (tests and logs).
    public var description: String { "\(rendered(.en) ?? "(reported)") [exit \(exitCode)]" }
}
