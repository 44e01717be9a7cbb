import Foundation

/// How a case file is read in parallel. The results never depend on it: only the speed does.
public struct CaseReadTuning: Sendable, Equatable {
    /// Threads reading parts of the file at once.
    public var threads: Int
    /// Bytes each thread reads per round (the buffer holds `threads × partSize`).
    public var partSize: Int
    /// A round with less than this many bytes per thread is read by one thread.
    public var minimumPart: Int

    /// Creates a tuning; by default one thread per core (at most 8) and 1 MiB parts.
    public init(threads: Int = min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)),
                partSize: Int = 1 << 20, minimumPart: Int = 256 << 10) {
        self.threads = max(1, threads)
        self.partSize = max(1, partSize)
        self.minimumPart = max(1, minimumPart)
    }
}
