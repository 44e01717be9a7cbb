/// How `caseload run` behaves beyond what pipeline.yml says.
public struct RunOptions: Sendable {
    /// Wait for another run on the same output folder to finish (`true`), or stop at once.
    public var wait: Bool
    /// Replace the year folder even if it holds files caseload did not write.
    public var force: Bool
    /// How the case files are read (threads); the results never depend on it.
    public var caseReading: CaseReadTuning

    /// Treat warnings as errors: with any warning, write nothing (also when up to date).
    public var strict: Bool

    /// Creates options; the defaults are those of a plain `caseload run`.
    public init(wait: Bool = true, force: Bool = false, strict: Bool = false, caseReading: CaseReadTuning = CaseReadTuning()) {
        self.wait = wait
        self.force = force
        self.strict = strict
        self.caseReading = caseReading
    }
}
