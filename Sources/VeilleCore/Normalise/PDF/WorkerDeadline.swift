import Foundation

/// Runs work on a thread of its own and waits for it a limited time: for C code that cannot be
/// interrupted. Work that outlives the wait goes on to its end; it is told it was abandoned, so
/// that it can stop at its next check, and its result is dropped.
enum WorkerDeadline {
    /// poppler recurses into nested content; a thread's default stack is small.
    static let stackSize = 8 << 20

    /// The work's result, or nil when it did not finish within `seconds`.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable (_ abandoned: () -> Bool) -> T) -> T? {
        let slot = Slot<T>()
        let thread = Thread {
            let result = work { slot.isAbandoned }
            slot.finish(result)
        }
        thread.stackSize = stackSize
        thread.start()
        guard slot.done.wait(timeout: .now() + .milliseconds(Int(seconds * 1000))) == .success else {
            slot.abandon()
            return nil
        }
        return slot.result
    }

    /// Where the worker leaves its result, and learns that nobody waits for it any more.
    private final class Slot<T: Sendable>: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var value: T?
        private var abandoned = false

        var isAbandoned: Bool { lock.withLock { abandoned } }
        var result: T? { lock.withLock { value } }

        func finish(_ result: T) {
            lock.withLock { value = result }
            done.signal()
        }

        func abandon() { lock.withLock { abandoned = true } }
    }
}
