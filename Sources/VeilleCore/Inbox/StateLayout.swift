import Foundation

/// Where things live inside the state folder. Everything Veille writes is under `root`.
///
///     index.sqlite          the index (SQLite, WAL mode)
///     processing/           files claimed from the inbox and not yet finished
///     archive/YYYY/MM/DD/   indexed files (and duplicates), by day received
///     failed/               files that could not be indexed, each with NAME.reason.txt
///     digests/              YYYY-MM-DD.md per day, and latest.md
public struct StateLayout: Sendable, Equatable {
    public var root: String

    public init(root: String) { self.root = root }

    public var index: String { path("index.sqlite") }
    public var processing: String { path("processing") }
    public var archive: String { path("archive") }
    public var failed: String { path("failed") }
    public var digests: String { path("digests") }
    /// Held by `veille watch` for as long as it runs, so that two daemons never share a state folder.
    public var daemonLock: String { path(".daemon.lock") }
    /// Held while a file moves from the inbox to the archive or quarantine, so that a daemon and a
    /// `veille ingest` never pick the same name for two files.
    public var writeLock: String { path(".write.lock") }

    /// The folders the pipeline writes into, created at start.
    public var folders: [String] { [root, processing, archive, failed, digests] }

    public func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// `absolute` relative to the state folder, as the index stores paths.
    public func relative(_ absolute: String) -> String {
        absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : absolute
    }

    /// The archive folder of a given day, such as `archive/2026/11/23`.
    public func archiveFolder(for day: Day) -> String {
        path("archive/\(day.year)/\(Self.twoDigits(day.month))/\(Self.twoDigits(day.day))")
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
