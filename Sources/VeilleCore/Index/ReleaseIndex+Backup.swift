import Foundation
import GRDB

/// An analyst's decision, keyed by the release's content hash rather than its id, so that it
/// survives into an index rebuilt from the archive, where ids are new.
public struct LabelRecord: Sendable, Equatable {
    public var contentHash: String
    public var topic: String
    public var assigned: Bool
    public var decidedAt: Date

    public init(contentHash: String, topic: String, assigned: Bool, decidedAt: Date) {
        self.contentHash = contentHash
        self.topic = topic
        self.assigned = assigned
        self.decidedAt = decidedAt
    }
}

extension ReleaseIndex {
    /// Copies the index to a new SQLite file at `path` with SQLite's online backup API
    /// (sqlite3_backup_*): a consistent copy while the daemon goes on writing, labels included.
    public func backup(to path: String) throws(VeilleError) {
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            throw VeilleError(.io, path: path, "The backup of the index failed: \(Self.describe(error)).")
        }
    }

    /// Every analyst's decision, oldest first, with the content hash of its release.
    public func labelRecords() throws(VeilleError) -> [LabelRecord] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.content_hash, l.topic, l.assigned, l.decided_at FROM release_label l
                    JOIN release r ON r.id = l.release_id ORDER BY l.decided_at, r.content_hash, l.topic
                    """
            ).map { row in
                LabelRecord(contentHash: row[0], topic: row[1], assigned: row[2], decidedAt: row[3])
            }
        }
    }

    /// Records each decision again on the release with the same content; returns how many found
    /// their release. Topics are worked out again as `label(id:add:remove:at:)` does.
    @discardableResult
    public func restore(_ labels: [LabelRecord]) throws(VeilleError) -> Int {
        var restored = 0
        for record in labels {
            guard let release = try existing(contentHash: record.contentHash) else { continue }
            try label(
                id: release.id, add: record.assigned ? [record.topic] : [], remove: record.assigned ? [] : [record.topic],
                at: record.decidedAt)
            restored += 1
        }
        return restored
    }
}
