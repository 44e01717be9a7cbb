import Foundation

/// Hashes inputs and result files for the lock, taking the hash from the `StatCache` when the
/// file's size, modification time, inode and device are as they were (see `StatCache` for the
/// trade-off), and remembering new hashes, and the results a run wrote, for `save()`.
///
/// One hasher serves one `status` or run; `LockStore` owns it.
public final class FileHasher: @unchecked Sendable {
    /// Reads a file and hashes it; tests count the calls.
    public typealias Hash = @Sendable (URL) throws(ChunkedFile.Failure) -> ContentHash
    /// The wall-clock time now in nanoseconds since 1970 (`FileStat.now`; tests move it on).
    public typealias Clock = @Sendable () -> Int64

    /// A hash taken or looked up in this run, with what `save()` needs to judge it.
    private struct Taken {
        var entry: StatCache.Entry
        /// When the file was stat'ed before it was read; `nil` when the entry is settled: taken
        /// from the cache, or a result whose file system's clock has since moved past it.
        var checked: Int64?
    }

    /// Where the cache is read from and saved to; `nil`: no cache, hash every file.
    public let cacheURL: URL?
    /// Whether every file is hashed regardless of the cache (`status --verify`; `run --force`,
    /// which hashes the inputs only).
    public let verify: Bool
    private let read: Hash
    private let clock: Clock
    private let lock = NSLock()
    private var cache: StatCache
    private var taken: [String: Taken] = [:]
    /// Files whose `stat` changed while they were read for their hash.
    private var changedWhileHashed: Set<String> = []
    private var changed = false
    private var count = 0

    /// A hasher with the cache at `cacheURL` (loaded now; ignored if invalid), hashing with
    /// `hash` and reading the time from `clock`.
    public init(cacheURL: URL?, verify: Bool = false,
                hash: @escaping Hash = { url throws(ChunkedFile.Failure) in try ContentHash.ofFile(at: url) },
                clock: @escaping Clock = FileStat.now) {
        self.cacheURL = cacheURL
        self.verify = verify
        self.read = hash
        self.clock = clock
        cache = cacheURL.map(StatCache.load) ?? StatCache()
    }

    /// How many files were read and hashed (not taken from the cache).
    public var hashedFiles: Int { lock.withLock { count } }

    /// The SHA-256 (hex) of the file at `url`: from the cache if the file is unchanged by
    /// `stat`, else read and hashed (and remembered if the file did not change while it was read).
    public func hash(_ url: URL) throws(ChunkedFile.Failure) -> String {
        let path = url.standardizedFileURL.path
        let checked = clock()  // before the stat: an entry is never trusted too early
        let before = FileStat.of(url)
        if !verify, let before, let known = lock.withLock({ cache.hash(of: path, now: before) }) {
            lock.withLock { taken[path] = Taken(entry: StatCache.Entry(stat: before, sha256: known), checked: nil) }
            return known
        }
        let hex = try read(url).hex
        lock.withLock {
            count += 1
            changed = true
            let after = FileStat.of(url)
            if let before, after == before {
                taken[path] = Taken(entry: StatCache.Entry(stat: before, sha256: hex), checked: checked)
                changedWhileHashed.remove(path)
            } else {
                taken.removeValue(forKey: path)
                if after != before { changedWhileHashed.insert(path) }
            }
        }
        return hex
    }

    /// Whether the file at `url` is as it was when this hasher took its hash: hashed (or looked
    /// up) in this run, unchanged by `stat` while it was read, and unchanged since. A forced run
    /// hashes its inputs while it reads them (`Pipeline.run`) and asks this after both: a file
    /// that changed in between may have been read in one state and hashed in another.
    /// A file `stat` cannot describe (not a regular file) has nothing to compare: true.
    public func unchangedSinceHashed(_ url: URL) -> Bool {
        let path = url.standardizedFileURL.path
        let (stat, moved) = lock.withLock { (taken[path]?.entry.stat, changedWhileHashed.contains(path)) }
        if moved { return false }
        guard let stat else { return FileStat.of(url) == nil }
        return FileStat.of(url) == stat
    }

    /// Remembers a result file this run has just written, whose hash it knows from the bytes,
    /// so the next run does not read it. `swapped` is what `OutputWriter.publish` returned: the
    /// staging folder touched before the swap. If the file is on that file system and its
    /// modification time is earlier than the folder's, that file system's clock had moved on
    /// before anyone else could open the file, so an edit moves its modification time whatever
    /// the timestamp tick (git's rule against its index's modification time); otherwise the
    /// racy rule applies.
    public func remember(written url: URL, sha256: String, swapped: FileStat?) {
        guard let stat = FileStat.of(url) else { return }
        let settled = swapped.map { $0.device == stat.device && stat.modified < $0.modified } ?? false
        let checked = clock()
        lock.withLock {
            changed = true
            taken[url.standardizedFileURL.path] = Taken(entry: StatCache.Entry(stat: stat, sha256: sha256), checked: settled ? nil : checked)
        }
    }

    /// Writes the entries of the files hashed, looked up or written since this hasher was made,
    /// if any was new (files no longer looked up drop out). The racy rule is judged now, at the
    /// write, as git judges it at its index's write: an entry is kept only if its file's `stat`
    /// is still the same and it is not racy (`keeps`). Failing to write is silent.
    public func save() {
        let (all, dirty) = lock.withLock { (taken, changed || taken.count != cache.entries.count) }
        guard dirty, let cacheURL, FileKind.of(cacheURL.deletingLastPathComponent()) == .folder else { return }
        let written = clock()  // before the stats: a change after them moves the modification time
        var entries: [String: StatCache.Entry] = [:]
        for (path, taken) in all where FileStat.of(URL(fileURLWithPath: path)) == taken.entry.stat
            && Self.keeps(taken.entry, checked: taken.checked, written: written) {
            entries[path] = taken.entry
        }
        StatCache(entries: entries).save(to: cacheURL)
    }

    /// Whether an entry hashed at `checked` (`nil`: settled) is trusted in a cache written at
    /// `written`. Not if the file was modified within `StatCache.racyWindow` of the write. If it
    /// was modified within that window of its hash (a file generated just before the run), an
    /// edit after the hash could still have kept the modification time on a file system with
    /// whole-second (or FAT's 2 s) timestamps; it is kept only if the file system stamps
    /// fractions of a second (then it ticks every 10 ms at most) and `StatCache.fineTick` had
    /// passed between the modification and the hash.
    static func keeps(_ entry: StatCache.Entry, checked: Int64?, written: Int64) -> Bool {
        guard let checked else { return true }
        guard !entry.isRacy(written: written) else { return false }
        let modified = entry.stat.modified
        if modified <= checked - StatCache.racyWindow { return true }
        return modified % 1_000_000_000 != 0 && modified <= checked - StatCache.fineTick
    }
}
