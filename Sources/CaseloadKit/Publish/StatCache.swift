import Foundation

/// The hashes of inputs and result files remembered with their `FileStat`, so that `status`
/// and a run that finds nothing new hash a file again only when its size, modification time,
/// inode or device changed (as git's index and DVC do).
///
/// The cache is `.caseload-cache` in the output folder: local to the machine, ignored by git
/// and never part of caseload.lock (which stays byte-identical between machines). It is
/// written atomically (a temporary file renamed over it) and ignored, so that everything is
/// hashed again, when it is missing, unreadable, incomplete, or of another format or tool version.
///
/// The trade-off: a file rewritten with the same size, on the same inode, keeping the same
/// modification time to the nanosecond (an edit within the file system's timestamp tick of
/// the previous one, or a tool that restores the time) is taken as unchanged. To narrow that,
/// racy entries are not written (git's racy-clean rule, relative to the write of the cache as
/// git's is to the write of its index): a file modified within `racyWindow` of the moment the
/// cache is written is hashed again next time (see `FileHasher.save()`); `status --verify`
/// hashes every file regardless, `run --force` every input (it replaces the results unread).
public struct StatCache: Equatable, Sendable {
    /// One remembered hash: the file as it was when hashed, and its SHA-256 (hex).
    public struct Entry: Equatable, Sendable {
        /// The file as it was when hashed.
        public var stat: FileStat
        /// The SHA-256, hex.
        public var sha256: String

        /// An entry as given.
        public init(stat: FileStat, sha256: String) {
            self.stat = stat
            self.sha256 = sha256
        }

        /// Whether the file was modified so shortly before `written` (the moment the cache is
        /// written, nanoseconds since 1970) that a later edit in the same timestamp tick could
        /// keep the modification time: then the entry is not kept and the file is hashed again.
        public func isRacy(written: Int64) -> Bool { stat.modified > written - StatCache.racyWindow }
    }

    /// The cache file's name in the output folder.
    public static let fileName = ".caseload-cache"
    /// The format version on the first line; another version is ignored.
    public static let formatVersion = 2
    /// How close to the cache's write a modification time makes an entry racy: 2 s in
    /// nanoseconds, wider than the timestamp tick of every file system caseload runs on (FAT's is 2 s).
    public static let racyWindow: Int64 = 2_000_000_000
    /// How long a file system that stamps fractions of a second keeps one modification time
    /// at most: 20 ms in nanoseconds (exFAT ticks every 10 ms, Linux's file systems every
    /// jiffy, 1–10 ms, or finer).
    public static let fineTick: Int64 = 20_000_000

    /// The entries by absolute path.
    public var entries: [String: Entry]

    /// A cache with these entries (empty: hash everything).
    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The hash remembered for `path` if the file is still as it was then; `nil` means hash it.
    public func hash(of path: String, now stat: FileStat) -> String? {
        guard let entry = entries[path], entry.stat == stat else { return nil }
        return entry.sha256
    }

    /// The cache file's text: a header with the format and tool version, one line per entry
    /// (`device inode size modified sha256 path`, path last as it may hold spaces), and an
    /// `end <count>` line that tells a complete file from a cut one.
    public func rendered() -> String {
        var lines = ["caseload-cache \(Self.formatVersion) \(ToolVersion.current)"]
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            let stat = entry.stat
            lines.append("\(stat.device) \(stat.inode) \(stat.size) \(stat.modified) \(entry.sha256) \(path)")
        }
        lines.append("end \(lines.count - 1)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cache in `text`, or `nil` if it is not a complete cache of this format and tool version.
    public static func parse(_ text: String) -> StatCache? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "", lines.first == "caseload-cache \(formatVersion) \(ToolVersion.current)" else { return nil }
        lines.removeLast()
        guard let trailer = lines.popLast(), trailer == "end \(lines.count - 1)" else { return nil }
        var entries: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, let device = UInt64(fields[0]), let inode = UInt64(fields[1]),
                  let size = Int64(fields[2]), let modified = Int64(fields[3]),
                  fields[4].count == 64, fields[4].allSatisfy(\.isHexDigit), fields[5].hasPrefix("/") else { return nil }
            entries[String(fields[5])] = Entry(stat: FileStat(device: device, inode: inode, size: size, modified: modified),
                                               sha256: String(fields[4]))
        }
        return StatCache(entries: entries)
    }

    /// The cache at `url`; an empty one if it is missing, unreadable or not a valid cache.
    public static func load(_ url: URL) -> StatCache {
        guard let data = FileManager.default.contents(atPath: url.path) else { return StatCache() }
        return parse(String(decoding: data, as: UTF8.self)) ?? StatCache()
    }

    /// Writes the cache to `url` atomically (a temporary file beside it, renamed over it).
    /// Returns whether it was written: a cache that cannot be written (no output folder yet,
    /// a read-only one) only means hashing again next time.
    @discardableResult
    public func save(to url: URL) -> Bool {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent("\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(rendered().utf8)) else { return false }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }
}
