import Foundation

/// How a case file is read in parallel. The results never depend on it: only the speed does.
public struct CaseReadTuning: Sendable, Equatable {
    /// Threads reading parts of the file at once.
    public var threads: Int
    /// Bytes each thread reads per round (the buffer holds `threads × partSize`).
    public var partSize: Int
    /// A round with less than this many bytes per thread is read by one thread.
    public var minimumPart: Int
    /// Bytes of overlap probes (8 a counted row) a file's reading, and the run, keep in memory;
    /// past it they go to a temporary file (`OverlapSpill`), so memory does not grow with rows.
    public var probeMemory: Int

    /// Threads by default: one per core, at most 8. (The command line's `--threads` and
    /// `CASELOAD_THREADS` choose another count through `RunOptions.caseReading`.)
    public static var defaultThreads: Int {
        min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// Creates a tuning; by default `defaultThreads` threads, 1 MiB parts and 2 MiB of probes.
    public init(threads: Int = CaseReadTuning.defaultThreads,
                partSize: Int = 1 << 20, minimumPart: Int = 256 << 10, probeMemory: Int = 2 << 20) {
        self.threads = max(1, threads)
        self.partSize = max(1, partSize)
        self.minimumPart = max(1, minimumPart)
        self.probeMemory = max(0, probeMemory)
    }
}
