import CaseloadKit

/// The one place where the library's failures become what the user reads and the exit code
/// (the README's table): each command throws the `CaseloadError` made here, and only
/// `CommandLineTool` renders it.
extension CaseloadError {
    /// pipeline.yml cannot be used (exit 2): each problem with its line, then the closing
    /// line of the command (`Nothing written: …`, `Nothing explained: …`; `diff` has none).
    init(_ failure: ConfigLoader.Failure, config: String, in command: FailingCommand) {
        let errors = failure.diagnostics.count
        let closing: [Message] = switch command {
        case .run, .dryRun, .status: [.configFailed(config, errors: errors)]
        case .explain: [.explainConfigFailed(config, errors: errors)]
        case .diff: []
        }
        self.init(.usage, diagnostics: failure.diagnostics, summary: closing)
    }

    /// `caseload fetch jobindsats` stopped (exit 2 settings, 1 catalog errors, 3 the fetch
    /// failed): the catalog's errors, then what happened and what to do.
    init(_ failure: JobindsatsFetch.Failure) {
        self.init(failure.exitCode, diagnostics: failure.diagnostics + CaseloadError(failure.exitCode, error: failure.message).diagnostics)
    }

    /// The results could not be published, or the output folder is busy (exit 3).
    init(_ failure: OutputWriter.Failure) {
        self.init(.outputFailed, error: failure.message)
    }

    /// A file the lock needs cannot be read to its end. `run` says that nothing was written
    /// and exits by what the file is (1 an input, 2 pipeline.yml, 3 a result file), like a
    /// dry run; `status` cannot tell whether the results are up to date and exits 1.
    init(_ failure: FingerprintFailure, in command: FailingCommand) {
        let message: Message = command == .run ? .nothingWritten(after: failure.message) : failure.message
        let status: ExitCode = switch (command, failure.role) {
        case (.status, _): .changed
        case (_, .input): .inputErrors
        case (_, .settings): .usage
        case (_, .result): .outputFailed
        }
        self.init(status, error: message)
    }

    /// The published flag.csv cannot be counted for `--fail-on-flags` (exit 3, never 0 flags).
    init(_ failure: PublishedFlags.Failure) {
        self.init(.outputFailed, error: failure.message)
    }

    /// `explain` was given a name that matches nothing, or a pair without a row (exit 2).
    init(_ failure: Explainer.Failure) {
        self.init(.usage, error: failure.message)
    }

    /// `diff` cannot compare: a bad revision, a missing or malformed result file (exit 2).
    init(_ failure: ReviewFailure) {
        self.init(.usage, diagnostics: [failure.diagnostic])
    }

    /// `explain` on inputs with errors (exit 1): the inputs' diagnostics, the count of those
    /// not shown, and the closing line.
    static func explainInputErrors(_ diagnostics: DiagnosticEngine) -> CaseloadError {
        CaseloadError(.inputErrors, diagnostics: diagnostics.diagnostics,
                      summary: diagnostics.unshown + [.explainInputErrors(diagnostics.errorCount)])
    }

    /// `run --fail-on-flags` and the results have `count` flags (exit 4; they are written).
    static func flagged(_ count: Int, folder: String) -> CaseloadError {
        CaseloadError(.flagged, summary: [.failOnFlags(count, folder: folder)])
    }
}
