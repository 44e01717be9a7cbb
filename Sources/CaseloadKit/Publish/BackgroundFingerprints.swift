import Foundation

/// The fingerprints of pipeline.yml and the inputs (`LockStore.fingerprints()`), taken on a
/// thread of their own while the run reads the same files. A forced run hashes every input
/// (it does not trust the stat cache) but needs the hashes only for the lock it writes last,
/// so the SHA-256 of a large case file or budget archive (about 0.07 s for 118 MB) no longer
/// comes before the reading; `LockStore.checkUnchangedSinceFingerprints()` afterwards makes
/// sure the hashed bytes are the bytes read.
final class BackgroundFingerprints: @unchecked Sendable {
    typealias Fingerprints = (settings: LockFile.Fingerprint, inputs: [LockFile.Fingerprint])

    private let done = DispatchSemaphore(value: 0)
    /// Written once by the hashing thread before it signals `done`; read after `wait()`.
    private var result: Result<Fingerprints, FingerprintFailure>?

    /// Starts hashing `store`'s files now.
    init(_ store: LockStore) {
        let thread = Thread { [self] in
            result = Result { () throws(FingerprintFailure) -> Fingerprints in try store.fingerprints() }
            done.signal()
        }
        thread.name = "caseload.fingerprints"
        thread.start()
    }

    /// Waits for the hashes (at once if they are done); throws the failure that stopped them.
    /// May be called more than once.
    func wait() throws(FingerprintFailure) -> Fingerprints {
        done.wait()
        defer { done.signal() }
        guard let result else { preconditionFailure("the hashing thread sets its result before it signals") }
        return try result.get()
    }
}
