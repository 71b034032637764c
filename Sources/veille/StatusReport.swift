import Foundation
import VeilleCore

/// What `veille status --json` prints: the same facts as the text, for scripts and monitoring.
struct StatusReport: Encodable {
    /// The daemon as `status.json` last described it; only `running` when it never ran.
    struct Daemon: Encodable {
        var running: Bool
        var pid: Int32?
        var startedAt: Date?
        var watching: String?
        /// Since the daemon started: files indexed, duplicates and failed.
        var indexed: Int?
        var duplicates: Int?
        var failed: Int?
    }

    /// The backlog, counted when asked.
    struct Inbox: Encodable {
        var path: String
        var waiting: Int
        var processing: Int
    }

    /// Today's figures in the configured time zone, from the index.
    struct Today: Encodable {
        var day: String
        var timeZone: String
        var indexed: Int
        var duplicates: Int
        var failed: Int
    }

    var daemon: Daemon
    var inbox: Inbox
    /// Nil before the first release is indexed.
    var today: Today?
    /// Releases in the whole index.
    var releases: Int
    var lastError: String?
    var lastErrorAt: Date?
    var failing: Bool
    var learning: String?

    /// Snake-case keys and ISO 8601 dates, sorted, so that the output is stable to diff.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
