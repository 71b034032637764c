import Foundation
import GRDB

extension ReleaseIndex {
    /// The release with this content hash and its archived path, if the content is indexed.
    public func existing(contentHash: String) throws(VeilleError) -> (id: Int64, archivedPath: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, archived_path FROM release WHERE content_hash = ?", arguments: [contentHash])
                .map { ($0["id"], $0["archived_path"]) }
        }
    }

    /// Adds a release, its topics and its intake record in one transaction, and returns its id.
    public func add(_ release: Release, archivedPath: String, receivedOn day: Day, at now: Date) throws(VeilleError) -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO release (content_hash, file_name, archived_path, format, title, title_origin, body,
                        language, published_on, source, received_at, received_on, indexed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    release.contentHash, release.fileName, archivedPath, release.format.rawValue, release.title,
                    release.titleOrigin.rawValue, release.body, release.language.rawValue, release.published?.description,
                    release.source,
                    release.receivedAt, day.description, now,
                ])
            let id = db.lastInsertedRowID
            try Self.insertTopics(release.topics, of: id, in: db)
            try Self.insert(
                IntakeRecord(
                    at: now, fileName: release.fileName, contentHash: release.contentHash, outcome: .indexed, reason: nil,
                    releaseID: id, path: archivedPath), in: db)
            return id
        }
    }

    /// Records a duplicate or a failure.
    public func log(_ record: IntakeRecord) throws(VeilleError) {
        try write { db in try Self.insert(record, in: db) }
    }

    private static func insertTopics(_ topics: [TopicScore], of id: Int64, in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for topic in topics {
            let evidence = String(decoding: try encoder.encode(topic.evidence), as: UTF8.self)
            try db.execute(
                sql: "INSERT INTO release_topic (release_id, topic, score, assigned, evidence) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, topic.topic, topic.score, topic.assigned, evidence])
        }
    }

    private static func insert(_ record: IntakeRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO intake (at, file_name, content_hash, outcome, reason, release_id, path)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.at, record.fileName, record.contentHash, record.outcome.rawValue, record.reason, record.releaseID,
                record.path,
            ])
    }
}
