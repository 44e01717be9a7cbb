/// The version of caseload that the lock file records. Raise it with every change that can
/// change the results of the same inputs: the lock then marks every project's results stale.
public enum ToolVersion {
    /// `caseload <version>`.
    public static let current = "caseload 0.11.0"
}
