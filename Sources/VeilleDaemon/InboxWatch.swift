import Dispatch
import Glibc
import Synchronization
import VeilleCore

/// What inotify reported about the inbox since the last time the daemon looked.
struct InboxNews: Sendable {
    /// Names in the order inotify reported them: `complete` when closed after writing or renamed
    /// in, otherwise created or written to, with a writer perhaps still at work.
    var events: [(name: [UInt8], complete: Bool)] = []
    /// The kernel's queue overflowed, or the inbox itself went away: only a full look can tell.
    var lostTrack = false
    /// The kernel's queue overflowed (IN_Q_OVERFLOW): events were dropped, so what was heard of
    /// files being written or closed is incomplete.
    var overflowed = false

    mutating func merge(_ other: InboxNews) {
        events += other.events
        lostTrack = lostTrack || other.lostTrack
        overflowed = overflowed || other.overflowed
    }
}

/// Watches the inbox with inotify and calls `notify` when something happens in it.
///
/// inotify only tells the daemon when to look sooner: the inbox is still listed in full at every
/// look, so events lost to an overflow, or a network mount that sends none, cost time, not files.
final class InboxWatch: @unchecked Sendable {
    private let descriptor: Int32
    private let source: DispatchSourceRead
    private let queue = DispatchQueue(label: "veille.inotify")
    private let notify: @Sendable (InboxNews) -> Void
    /// Held while events are read and handed on, so that `catchUp()` returns only once every
    /// event queued before it has been delivered.
    private let delivering = Mutex(())

    private static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Starts watching `inbox`; nil where inotify is not available for it.
    init?(inbox: String, notify: @escaping @Sendable (InboxNews) -> Void) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard inotify_add_watch(descriptor, inbox, Self.mask) >= 0 else {
            close(descriptor)
            return nil
        }
        self.notify = notify
        source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        let descriptor = descriptor
        source.setCancelHandler { close(descriptor) }
        source.setEventHandler { [weak self] in self?.catchUp() }
        source.resume()
    }

    /// Reads and delivers every event the kernel has queued by now. The kernel queues an event as
    /// the write happens, so after this call the daemon has heard of every write that preceded it.
    func catchUp() {
        delivering.withLock { _ in
            let news = Self.drain(descriptor)
            if !news.events.isEmpty || news.lostTrack { notify(news) }
        }
    }

    deinit { source.cancel() }

    /// Reads every pending event.
    private static func drain(_ descriptor: Int32) -> InboxNews {
        var news = InboxNews()
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: UInt8.self)
                let name = Array(UnsafeBufferPointer(start: nameStart, count: Int(event.len)).prefix { $0 != 0 })
                record(event.mask, name: name, into: &news)
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        return news
    }

    private static func record(_ mask: UInt32, name: [UInt8], into news: inout InboxNews) {
        if mask & UInt32(IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { news.lostTrack = true }
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { news.overflowed = true }
        guard !name.isEmpty else { return }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
            news.events.append((name, true))
        } else if mask & UInt32(IN_CREATE | IN_MODIFY) != 0 {
            news.events.append((name, false))
        }
    }
}
