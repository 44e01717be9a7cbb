import Foundation

/// A value computed on a thread of its own while the caller goes on; `wait()` returns it. For
/// work that depends only on values already there (the monthly values a forecast needs, summed
/// while the books are reconciled), so the result is the same as computing it in turn.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the thread before it signals `done`; read only after `wait()`.
    private var value: Value?

    /// Starts `make()` on a new thread now.
    init(_ make: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            value = make()
            done.signal()
        }
        thread.name = "caseload.background"
        thread.start()
    }

    /// The value, once made (at once if it is). May be called more than once.
    func wait() -> Value {
        done.wait()
        defer { done.signal() }
        guard let value else { preconditionFailure("the background thread signals after it sets the value") }
        return value
    }
}
