/// A file whose SHA-256 the lock needs could not be read to its end (unreadable, vanished,
/// a read error part-way), or changed while a forced run read it. Never an empty or doubtful
/// fingerprint: the lock would record, or compare against, a file it never saw.
public struct FingerprintFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the file is to the run; the command line picks the exit code by it.
    public enum Role: Sendable, Equatable {
        /// pipeline.yml (or the pipeline file given).
        case settings
        /// An input file.
        case input
        /// A result file in the output folder.
        case result
    }

    /// What the file is to the run.
    public let role: Role
    /// The file as messages and the lock name it, e.g. `Input/budget/b.csv`.
    public let path: String
    /// The system's words for the error, e.g. `No such file or directory`.
    public let reason: String
    /// The lock file the fingerprint was for, e.g. `caseload.lock`.
    public let lock: String
    /// The file was read, but changed while the run read and hashed it (`reason` is empty).
    public let changedWhileRead: Bool

    /// A failure to fingerprint `path`.
    public init(role: Role, path: String, reason: String, lock: String) {
        self.role = role
        self.path = path
        self.reason = reason
        self.lock = lock
        changedWhileRead = false
    }

    /// A file that changed while a forced run read and hashed it (`LockStore.checkUnchangedSinceFingerprints`).
    public init(changedWhileRead path: String, role: Role, lock: String) {
        self.role = role
        self.path = path
        reason = ""
        self.lock = lock
        changedWhileRead = true
    }

    /// What went wrong, in both languages.
    public var message: Message {
        changedWhileRead ? .fileChangedWhileRead(path, lock: lock) : .fileNotFingerprinted(path, reason: reason, lock: lock)
    }

    /// What went wrong, in English.
    public var description: String { message.en }
}
