/// A growable byte buffer for one thread's scratch work.
final class ScratchBytes {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private var capacity = 256

    init() { pointer = .allocate(capacity: 256) }
    deinit { pointer.deallocate() }

    /// The buffer, with room for at least `count` bytes (its contents are not kept).
    func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        return pointer
    }
}
