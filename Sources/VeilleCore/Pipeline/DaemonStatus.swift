import Foundation
import Glibc

/// What the running daemon says about itself in `State/status.json`, for `veille status`.
///
/// The daemon rewrites the file atomically whenever a figure changes, so a reader always sees a
/// whole one. Whether the daemon still runs is not in the file: a killed daemon cannot say so. It
/// is the daemon lock, which only a live process holds.
public struct DaemonStatus: Codable, Sendable, Equatable {
    public var pid: Int32
    public var startedAt: Date
    /// "inotify+polling" or "polling".
    public var watching: String
    /// Files since start.
    public var indexed = 0
    public var duplicates = 0
    public var failed = 0
    /// Files in the inbox not yet taken at the last look (some perhaps still being written).
    public var waiting = 0
    /// The last machine fault (disk, index), when it happened, and whether passes still fail.
    public var lastError: String?
    public var lastErrorAt: Date?
    public var failing = false
    /// What the learned part of the classifier made of analysts' labels, once there are some.
    public var learning: String?

    public init(pid: Int32 = getpid(), startedAt: Date, watching: String) {
        self.pid = pid
        self.startedAt = startedAt
        self.watching = watching
    }

    private enum CodingKeys: String, CodingKey {
        case pid, watching, indexed, duplicates, failed, waiting, failing, learning
        case startedAt = "started_at"
        case lastError = "last_error"
        case lastErrorAt = "last_error_at"
    }

    /// `State/status.json`.
    public static func path(in layout: StateLayout) -> String { layout.path("status.json") }

    /// Replaces the status file whole.
    public func write(to layout: StateLayout) throws(VeilleError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do { data = try encoder.encode(self) } catch { throw VeilleError(.io, "The status cannot be encoded: \(error)") }
        try FileSystem.writeAtomically(Array(data) + [0x0A], to: Self.path(in: layout))
    }

    /// The status the daemon last wrote, or nil when there is none (or it cannot be read).
    public static func read(from layout: StateLayout) -> DaemonStatus? {
        guard let data = FileManager.default.contents(atPath: path(in: layout)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(DaemonStatus.self, from: data)
    }
}
