/// The command a library failure stopped. The same failure reads a little differently in
/// each (a closing line or none) and may end with another exit code (`status` exits 1 where
/// `run` exits by what the file is); `CaseloadError+Failures.swift` says how, in one place.
enum FailingCommand: Sendable, Equatable {
    /// `caseload run`.
    case run
    /// `caseload run --dry-run`.
    case dryRun
    /// `caseload status`.
    case status
    /// `caseload diff`.
    case diff
    /// `caseload explain`.
    case explain
}
