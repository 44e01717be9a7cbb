import Foundation

/// What `stat` says about a file that tells whether it may have changed since it was hashed:
/// the device and inode (which file it is), its size and its modification time in nanoseconds.
/// `StatCache` keeps these beside each hash, as git's index and DVC do.
public struct FileStat: Hashable, Sendable {
    /// The device the file is on.
    public let device: UInt64
    /// The file's inode on that device.
    public let inode: UInt64
    /// The size in bytes.
    public let size: Int64
    /// The modification time in nanoseconds since 1970.
    public let modified: Int64

    /// The values as given (tests, and the cache file).
    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The file at `url` now (following symbolic links, as reading it does); `nil` if it
    /// cannot be stat'ed or is not a regular file (a pipe or /proc file has no stable size).
    public static func of(_ url: URL) -> FileStat? {
        of(url, kind: S_IFREG)
    }

    /// The folder at `url` now; its modification time is its file system's clock at the last
    /// change of its entries (`OutputWriter.publish` reads it right after the swap).
    public static func ofFolder(_ url: URL) -> FileStat? {
        of(url, kind: S_IFDIR)
    }

    private static func of(_ url: URL, kind: mode_t) -> FileStat? {
        var info = stat()
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == kind else { return nil }
        return FileStat(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                        modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The wall-clock time now in nanoseconds since 1970, comparable with `modified`.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
