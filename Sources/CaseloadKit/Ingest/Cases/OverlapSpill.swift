import Foundation

/// A temporary file for the overlap probes (`OverlapProbes`) a run does not keep in memory, so
/// that the case reader's memory stays the same however many rows it counts (issue 19).
///
/// Probes are written in parts, each the whole of a set of buckets, bucket after bucket; the
/// search reads one bucket of every part back at a time. The file is made in the system's
/// temporary folder and unlinked at once: only the open descriptor keeps it, so the system
/// removes it when the descriptor closes (`deinit`) or the process ends in any way, and no
/// exit path can leave it behind.
///
/// Reading a file again after a first attempt was dropped (another encoding) reuses the space
/// the dropped attempt wrote: `commit` marks what the run keeps, `rollBack` forgets the rest.
///
/// `@unchecked Sendable`: `write`, `commit` and `rollBack` change the instance and are called
/// only by the thread that reads the case files, one call at a time; the search threads call
/// only `read`, which changes nothing (positional reads, `pread`), and only after the last write.
final class OverlapSpill: @unchecked Sendable {
    /// Probes written by one `write`: where they start, and where each bucket's start, in probes
    /// from `offset` (`starts[b]..<starts[b + 1]` for bucket `b`).
    struct Part: Sendable {
        let offset: Int
        let starts: [Int]

        /// The probes of `bucket` in this part.
        func count(of bucket: Int) -> Int { starts[bucket + 1] - starts[bucket] }
    }

    private static let probeSize = MemoryLayout<UInt64>.size
    private var descriptor: Int32 = -1
    /// True once the file could not be made: no second try.
    private var unusable = false
    /// Bytes in use, and the first of them that the run does not keep yet.
    private var end = 0
    private var kept = 0

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Writes `buckets` as one part; `nil` (nothing kept) if the file cannot be made or written.
    func write(_ buckets: [[UInt64]]) -> Part? {
        guard openIfNeeded() else { return nil }
        var starts = [0]
        starts.reserveCapacity(buckets.count + 1)
        var position = end
        for bucket in buckets {
            if !bucket.isEmpty {
                guard bucket.withUnsafeBytes({ writeAll($0, at: position) }) else { return nil }
                position += bucket.count * Self.probeSize
            }
            starts.append((starts.last ?? 0) + bucket.count)
        }
        let part = Part(offset: end, starts: starts)
        end = position
        return part
    }

    /// Reads the probes of `bucket` in `parts` into `buffer`, part after part, from its start;
    /// `buffer` has room for them. False if the file could not be read.
    func read(bucket: Int, of parts: [Part], into buffer: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        var filled = 0
        for part in parts {
            let count = part.count(of: bucket)
            guard count > 0 else { continue }
            guard filled + count <= buffer.count, let base = buffer.baseAddress else { return false }
            let bytes = UnsafeMutableRawBufferPointer(start: base + filled, count: count * Self.probeSize)
            guard readAll(bytes, at: part.offset + part.starts[bucket] * Self.probeSize) else { return false }
            filled += count
        }
        return true
    }

    /// The parts written so far are the run's: `rollBack` keeps them.
    func commit() { kept = end }

    /// Forgets the parts written since the last `commit` (a reading that was dropped); the
    /// next `write` reuses their space.
    func rollBack() { end = kept }

    /// Makes the file at the first write.
    private func openIfNeeded() -> Bool {
        if descriptor >= 0 { return true }
        guard !unusable else { return false }
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-overlaps-XXXXXX").path
        var path = Array(template.utf8CString)
        let made = path.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard made >= 0 else {
            unusable = true
            return false
        }
        unlink(path)
        descriptor = made
        return true
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, base + done, bytes.count - done, off_t(offset + done))
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            done += written
        }
        return true
    }

    private func readAll(_ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let got = pread(descriptor, base + done, bytes.count - done, off_t(offset + done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        return true
    }
}
