import Foundation

/// An `OutputSink` that keeps the bytes in memory: a result file rendered whole, for
/// `Pipeline.evaluate`, `ResultFile.render` and the tests. It never fails.
final class MemorySink: OutputSink, @unchecked Sendable {
    // @unchecked: one renderer uses a sink at a time (OutputSink's contract); nothing is shared.
    /// The bytes written so far.
    private(set) var data = Data()

    var offset: Int { data.count }

    func write(_ bytes: UnsafeRawBufferPointer) {
        data.append(contentsOf: bytes)
    }

    func holdForPatch() {}

    func overwrite(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        data.replaceSubrange(offset..<offset + bytes.count, with: bytes)
    }

    func settle() {}

    /// The bytes `body` writes into a fresh sink.
    static func collect(_ body: (MemorySink) throws -> Void) rethrows -> Data {
        let sink = MemorySink()
        try body(sink)
        return sink.data
    }
}
