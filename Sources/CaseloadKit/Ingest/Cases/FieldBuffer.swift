/// Room for the fields of one record, grown when a record has more fields than it holds.
final class FieldBuffer {
    private(set) var pointer: UnsafeMutablePointer<FieldSpan>
    private(set) var capacity: Int

    init(capacity: Int = 32) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
        pointer.initialize(repeating: FieldSpan(), count: capacity)
    }

    deinit { pointer.deallocate() }

    /// Doubles the room, keeping the fields held.
    func grow() {
        let larger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity * 2)
        larger.initialize(from: pointer, count: capacity)
        (larger + capacity).initialize(repeating: FieldSpan(), count: capacity)
        pointer.deallocate()
        pointer = larger
        capacity *= 2
    }
}
