import Dispatch

/// Work spread over every core with results in a fixed order: the same array as a serial
/// `map`, whatever the threads do, so the results stay the same byte for byte (the forecast,
/// the reports' layout and rendering).
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

    /// `first()` and `second()`, run at the same time; the same pair as calling them in turn.
    static func pair<A, B>(_ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let box = PairBox<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { box.first = first() } else { box.second = second() }
        }
        guard let a = box.first, let b = box.second else { preconditionFailure("concurrentPerform ran every iteration") }
        return (a, b)
    }

    /// The pair's two results; each thread writes only its own.
    private final class PairBox<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }

    /// The result slots the threads share; each thread writes only its own index.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
        let transform: @Sendable (Int) -> T

        func fill(_ index: Int) { buffer[index] = transform(index) }
    }
}
