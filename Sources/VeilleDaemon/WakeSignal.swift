import Synchronization

/// Where inotify, the poll timer and SIGHUP leave word for the ingest loop, and the one wake-up
/// they share: however many arrive while a pass runs, the loop wakes once and takes them all.
final class WakeSignal: Sendable {
    private struct Pending {
        var news = InboxNews()
        var reload = false
    }

    private let pending = Mutex(Pending())
    private let continuation: AsyncStream<Void>.Continuation
    let wakeups: AsyncStream<Void>

    init() {
        (wakeups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func wake() { continuation.yield() }

    func deliver(_ news: InboxNews) {
        pending.withLock { $0.news.merge(news) }
        continuation.yield()
    }

    func requestReload() {
        pending.withLock { $0.reload = true }
        continuation.yield()
    }

    /// Everything left since the last call.
    func take() -> (news: InboxNews, reload: Bool) {
        pending.withLock { pending in
            defer { pending = Pending() }
            return (pending.news, pending.reload)
        }
    }

    /// The inotify news left since the last call, leaving a pending reload for the loop.
    func takeNews() -> InboxNews {
        pending.withLock { pending in
            defer { pending.news = InboxNews() }
            return pending.news
        }
    }

    func finish() { continuation.finish() }
}

/// A value several tasks read while one writes: the poll interval, which a reload may change.
final class SharedValue<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    init(_ value: Value) { self.value = Mutex(value) }

    var current: Value {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
