/// Where a renderer's bytes go as they are written: a file in the run's staging folder
/// (`StagedFile`, written and hashed as the bytes come), or memory (`MemorySink`, for
/// `Pipeline.evaluate` and the tests). A renderer writes through an `OutputBytes` that drains
/// into the sink each time its fixed buffer fills, so a result file is never whole in memory.
///
/// The calls do not throw: a sink keeps its first failure (a full disk) and drops what comes
/// after it, and its owner throws that failure when it closes the file. A sink is used by one
/// thread at a time.
public protocol OutputSink: AnyObject, Sendable {
    /// Appends `bytes` at the end.
    func write(_ bytes: UnsafeRawBufferPointer)
    /// The number of bytes written so far: the offset the next `write` goes to.
    var offset: Int { get }
    /// Says that the bytes written from now on may be overwritten (a ZIP entry's local header,
    /// patched once its entry's CRC-32 and size are known): a sink that hashes its bytes holds
    /// them back from the hash until `settle()`.
    func holdForPatch()
    /// Writes `bytes` again at `offset`, which must be at or after the last `holdForPatch()`.
    func overwrite(_ bytes: UnsafeRawBufferPointer, at offset: Int)
    /// Says that the bytes held since `holdForPatch()` are final.
    func settle()
}

extension OutputSink {
    /// Appends `bytes` at the end.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Appends the UTF-8 of `text` at the end (in place: no copy of a native string's bytes).
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}
