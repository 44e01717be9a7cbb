/// Callbacks at known points of `caseload run`, so that a test can kill the process there.
///
/// The shipped binary passes `RunHooks()`, which does nothing. Only the test-only executable
/// `caseload-testhooks` (in `Tests/caseload-testhooks`) passes hooks that report and pause;
/// the shipped binary holds no code or text of them.
public struct RunHooks: Sendable {
    /// Called after each result file is written into the staging folder.
    public var staged: @Sendable () -> Void
    /// Called between swapping in the results and updating the lock file.
    public var published: @Sendable () -> Void

    /// Hooks; by default none does anything.
    public init(staged: @escaping @Sendable () -> Void = {}, published: @escaping @Sendable () -> Void = {}) {
        self.staged = staged
        self.published = published
    }
}
