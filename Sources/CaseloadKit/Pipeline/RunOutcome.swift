/// What a run did: its diagnostics, the accounting of every input row, and the results.
public struct RunOutcome {
    /// Every problem found.
    public let diagnostics: DiagnosticEngine
    /// Rows read, used, ignored and rejected per file.
    public let ledger: InputLedger
    /// The report, when the inputs had no errors.
    public let report: ReconciliationReport?
    /// The result files, when the inputs had no errors.
    public let files: [OutputFile]
    /// The configuration the run used.
    public let config: PipelineConfig
    /// The benefit catalog, once it was read without errors.
    public var catalog: Catalog? = nil

    /// True if results were produced.
    public var succeeded: Bool { report != nil && !diagnostics.hasErrors }
}
