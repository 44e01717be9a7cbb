import Foundation

/// Hashes inputs and result files for the lock, taking the hash from the `StatCache` when the
/// file's size, modification time, inode and device are as they were (see `StatCache` for the
/// trade-off), and remembering new hashes for `save()`.
///
/// One hasher serves one `status` or run; `LockStore` owns it.
public final class FileHasher: @unchecked Sendable {
    /// Reads a file and hashes it; tests count the calls.
    public typealias Hash = @Sendable (URL) throws(ChunkedFile.Failure) -> ContentHash

    /// Where the cache is read from and saved to; `nil`: no cache, hash every file.
    public let cacheURL: URL?
    /// Whether every file is hashed regardless of the cache (`status --verify`, `run --force`).
    public let verify: Bool
    private let read: Hash
    private let lock = NSLock()
    private var cache: StatCache
    private var used: [String: StatCache.Entry] = [:]
    private var changed = false
    private var count = 0

    /// A hasher with the cache at `cacheURL` (loaded now; ignored if invalid), hashing with `hash`.
    public init(cacheURL: URL?, verify: Bool = false, hash: @escaping Hash = { url throws(ChunkedFile.Failure) in try ContentHash.ofFile(at: url) }) {
        self.cacheURL = cacheURL
        self.verify = verify
        self.read = hash
        cache = cacheURL.map(StatCache.load) ?? StatCache()
    }

    /// How many files were read and hashed (not taken from the cache).
    public var hashedFiles: Int { lock.withLock { count } }

    /// The SHA-256 (hex) of the file at `url`: from the cache if the file is unchanged by
    /// `stat` and the entry is not racy, else read and hashed (and remembered if the file did
    /// not change while it was read).
    public func hash(_ url: URL) throws(ChunkedFile.Failure) -> String {
        let path = url.standardizedFileURL.path
        let checked = FileStat.now()  // before the stat: an entry is never trusted too early
        let before = FileStat.of(url)
        if !verify, let before, let known = lock.withLock({ cache.hash(of: path, now: before) }) {
            lock.withLock { used[path] = cache.entries[path] }
            return known
        }
        let hex = try read(url).hex
        lock.withLock {
            count += 1
            changed = true
            if let before, FileStat.of(url) == before {
                used[path] = StatCache.Entry(stat: before, checked: checked, sha256: hex)
            } else {
                used.removeValue(forKey: path)
            }
        }
        return hex
    }

    /// Writes the entries of the files hashed or looked up since this hasher was made, if any
    /// was hashed afresh (files no longer looked up drop out). Failing to write is silent.
    public func save() {
        let (entries, dirty) = lock.withLock { (used, changed || used.count != cache.entries.count) }
        guard dirty, let cacheURL, FileKind.of(cacheURL.deletingLastPathComponent()) == .folder else { return }
        StatCache(entries: entries).save(to: cacheURL)
    }
}
