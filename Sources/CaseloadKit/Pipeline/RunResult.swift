/// What `caseload run` did.
public enum RunResult {
    /// Nothing changed since the lock file: no work was done.
    case upToDate(PipelineConfig, LockStore)
    /// The pipeline ran; the outcome says whether results were published.
    case ran(RunOutcome)
}
