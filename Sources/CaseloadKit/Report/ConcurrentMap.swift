import Dispatch

/// Work of the reports spread over every core with results in a fixed order: the same array
/// as a serial `map`, whatever the threads do, so the files stay the same byte for byte.
enum ConcurrentMap {
    /// `transform` of `0..<count`, in index order; the calls run concurrently.
    static func map<T>(_ count: Int, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer, transform: transform)
            DispatchQueue.concurrentPerform(iterations: count) { index in slots.fill(index) }
        }
        return results.compactMap { $0 }
    }

    /// The result slots the threads share; each thread writes only its own index.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
        let transform: @Sendable (Int) -> T

        func fill(_ index: Int) { buffer[index] = transform(index) }
    }
}
