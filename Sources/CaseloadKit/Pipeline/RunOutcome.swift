/// What a run did: its diagnostics, the accounting of every input row, and the results.
public struct RunOutcome {
    /// Every problem found.
    public let diagnostics: DiagnosticEngine
    /// Rows read, used, ignored and rejected per file.
    public let ledger: InputLedger
    /// The report, when the inputs had no errors.
    public let report: ReconciliationReport?
    /// The result files, when the inputs had no errors (`Pipeline.evaluate`); empty after
    /// `Pipeline.run`, which writes each file away as soon as it is rendered (`resultNames`).
    public internal(set) var files: [OutputFile]
    /// The names of the result files, in the order they are written: those of `files`, or
    /// those `Pipeline.run` published.
    public internal(set) var resultNames: [String] = []
    /// The configuration the run used.
    public let config: PipelineConfig
    /// The benefit catalog, once it was read without errors.
    public var catalog: Catalog? = nil

    /// True if results were produced but are not to be published: `run --strict` and the
    /// inputs had warnings (set by `applyStrict`).
    public private(set) var stoppedByWarnings = false

    /// True if results were produced.
    public var succeeded: Bool { report != nil && !diagnostics.hasErrors }

    /// Applies `run --strict` to the inputs' diagnostics: with any warning, the results are
    /// not to be published. Warnings added later (a file `--force` deletes) do not count.
    public mutating func applyStrict(_ strict: Bool) {
        stoppedByWarnings = strict && succeeded && diagnostics.warningCount > 0
    }
}
