import Foundation

/// An entry of the inbox as listed.
public struct InboxEntry: Sendable, Equatable {
    /// The name exactly as the file system holds it.
    public var rawName: [UInt8]
    public var status: FileSystem.Status

    /// The name for messages and for the archive, with any invalid UTF-8 shown as U+FFFD.
    public var name: String { String(decoding: rawName, as: UTF8.self) }
}

/// Decides which files in the inbox are ready to take.
///
/// A file is ready once it is complete: inotify saw it closed after writing or renamed in, or
/// (where inotify says nothing) it was last modified at least `settleTime` ago, or its size, time
/// and inode have not changed between two looks at least `settleTime` apart. Hidden and temporary names are left alone, since editors and
/// browsers write those before renaming them to their final name.
public struct InboxScanner: Sendable {
    /// How long a file must stay unchanged, between two looks, to count as complete.
    public static let settleTime: TimeInterval = 1
    /// A file inotify saw being written is waited for until it is closed, or quiet this long.
    public static let openWriterTimeout: TimeInterval = 30

    public let inbox: String
    private var sightings: [[UInt8]: (status: FileSystem.Status, since: Date)] = [:]
    private var closed: Set<[UInt8]> = []
    private var writing: [[UInt8]: Date] = [:]

    public init(inbox: String) { self.inbox = inbox }

    /// What one look at the inbox found.
    public struct Look: Sendable {
        /// Complete regular files and symbolic links (which intake quarantines), oldest first.
        public var ready: [InboxEntry] = []
        /// Folders, FIFOs, sockets and devices: never opened, only reported.
        public var skipped: [InboxEntry] = []
        /// Files seen but not yet complete.
        public var waiting = 0
        /// When the first of the waiting files will have been quiet for `settleTime`: a look then,
        /// rather than at the next poll, takes it as soon as it can be.
        public var nextReady: Date?
    }

    /// Records what inotify saw of `name`: closed after writing or renamed in (`complete`), or
    /// created or written to, in which case the file is waited for until it is closed.
    public mutating func note(_ name: [UInt8], complete: Bool, at now: Date) {
        if complete {
            closed.insert(name)
            writing[name] = nil
        } else {
            writing[name] = now
            closed.remove(name)
        }
    }

    /// Lists the inbox and sorts its entries into ready, skipped and waiting.
    public mutating func look(now: Date = Date()) throws(VeilleError) -> Look {
        var look = Look()
        var seen: [[UInt8]: (status: FileSystem.Status, since: Date)] = [:]
        for name in try FileSystem.list(inbox) where !Self.isIgnored(name) {
            guard let status = try FileSystem.status(RawPath(folder: inbox, name: name)) else { continue }
            let entry = InboxEntry(rawName: name, status: status)
            switch status.kind {
            case .directory, .special: look.skipped.append(entry)
            case .symlink: look.ready.append(entry)
            case .regular:
                let previous = sightings[name]
                let since = previous?.status == status ? previous?.since ?? now : now
                seen[name] = (status, since)
                if isComplete(name, status: status, previous: previous?.status, since: since, now: now) {
                    look.ready.append(entry)
                } else {
                    look.waiting += 1
                    if writing[name] == nil {
                        let quiet = Self.date(status.modified).addingTimeInterval(Self.settleTime)
                        let settled = max(now, min(quiet, since.addingTimeInterval(Self.settleTime)))
                        look.nextReady = min(look.nextReady ?? settled, settled)
                    }
                }
            }
        }
        sightings = seen
        closed.formIntersection(seen.keys)
        writing = writing.filter { seen[$0.key] != nil }
        look.ready.sort { ($0.status.modified, $0.name) < ($1.status.modified, $1.name) }
        return look
    }

    /// Forgets what inotify said of every file, after its queue overflowed: a close may have been
    /// lost, so every file is judged by two looks again rather than waited for.
    public mutating func forgetEvents() {
        closed = []
        writing = [:]
    }

    /// Forgets a file once it has been taken, so a new file of the same name starts afresh.
    public mutating func forget(_ name: [UInt8]) {
        sightings[name] = nil
        closed.remove(name)
        writing[name] = nil
    }

    private func isComplete(_ name: [UInt8], status: FileSystem.Status, previous: FileSystem.Status?, since: Date, now: Date)
        -> Bool
    {
        if closed.contains(name) { return true }
        if let active = writing[name] { return now.timeIntervalSince(active) >= Self.openWriterTimeout }
        if now.timeIntervalSince(Self.date(status.modified)) >= Self.settleTime { return true }
        return previous == status && now.timeIntervalSince(since) >= Self.settleTime
    }

    private static func date(_ nanoseconds: Int) -> Date { Date(timeIntervalSince1970: Double(nanoseconds) / 1e9) }

    /// Hidden files and the temporary names of editors, browsers and copy tools.
    public static func isIgnored(_ name: [UInt8]) -> Bool {
        guard let first = name.first, first != UInt8(ascii: ".") else { return true }
        let lowered = String(decoding: name, as: UTF8.self).lowercased()
        return [".part", ".tmp", ".crdownload", ".swp", "~"].contains { lowered.hasSuffix($0) }
    }
}
