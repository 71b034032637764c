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
        try add([(release, archivedPath, day, nil)], at: now)[0]
    }

    /// Adds many releases in one transaction: all or none. Returns their ids in order.
    public func add(_ batch: [(release: Release, archivedPath: String, day: Day)], at now: Date) throws(VeilleError) -> [Int64] {
        try add(batch.map { ($0.release, $0.archivedPath, $0.day, nil) }, at: now)
    }

    /// The same, with story signatures made beforehand where given: making one is a third of a
    /// release's time in the transaction, and the batch path makes them on every core instead.
    func add(_ batch: [(release: Release, archivedPath: String, day: Day, signature: StorySignature?)], at now: Date)
        throws(VeilleError) -> [Int64]
    {
        try write { db in
            let common = CommonFeatures()
            let frequencies = BatchFrequencies()
            let ids = try batch.map {
                try Self.insert(
                    $0.release, archivedPath: $0.archivedPath, receivedOn: $0.day, signature: $0.signature, common: common,
                    frequencies: frequencies, at: now, in: db)
            }
            try frequencies.write(in: db)
            // Last, so that no statement of the batch flushes the search tables' pending terms to disk
            // before the commit does, once for the whole batch.
            for (id, entry) in zip(ids, batch) { try SearchTable.add(entry.release, id: id, in: db) }
            return ids
        }
    }

    private static func insert(
        _ release: Release, archivedPath: String, receivedOn day: Day, signature: StorySignature?, common: CommonFeatures,
        frequencies: BatchFrequencies, at now: Date, in db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO release (content_hash, file_name, archived_path, format, title, title_origin, body,
                    language, language_code, published_on, source, received_at, received_on, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                release.contentHash, release.fileName, archivedPath, release.format.rawValue, release.title,
                release.titleOrigin.rawValue, release.body, release.language.rawValue, release.languageCode,
                release.published?.description,
                release.source, release.receivedAt, day.description, now,
            ])
        let id = db.lastInsertedRowID
        try storeTopics(release.topics, of: id, in: db)
        try storeEntities(release.entities, of: id, in: db)
        try assignStory(
            to: id, signature: signature ?? StorySignature(release), receivedAt: release.receivedAt, common: common,
            frequencies: frequencies, in: db)
        try insert(
            IntakeRecord(
                at: now, fileName: release.fileName, contentHash: release.contentHash, outcome: .indexed, reason: nil,
                releaseID: id, path: archivedPath), in: db)
        return id
    }

    /// Records a duplicate or a failure.
    public func log(_ record: IntakeRecord) throws(VeilleError) {
        try write { db in try Self.insert(record, in: db) }
    }

    /// Replaces the release's topic rows with `topics`, with the analyst's labels winning over
    /// the classifier's decisions.
    static func storeTopics(_ topics: [TopicScore], of id: Int64, in db: Database) throws {
        let labels = try Dictionary(
            Row.fetchAll(
                db.cachedStatement(sql: "SELECT topic, assigned FROM release_label WHERE release_id = ?"), arguments: [id]
            )
            .map { (row: Row) -> (String, Bool) in (row["topic"], row["assigned"]) },
            uniquingKeysWith: { first, _ in first })
        var topics = topics
        for (topic, assigned) in labels {
            if let index = topics.firstIndex(where: { $0.topic == topic }) {
                topics[index].assigned = assigned
                topics[index].corrected = true
            } else {
                topics.append(TopicScore(topic: topic, score: 0, assigned: assigned, evidence: [], corrected: true))
            }
        }
        try db.cachedStatement(sql: "DELETE FROM release_topic WHERE release_id = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO release_topic (release_id, topic, score, assigned, evidence, corrected, learned, model)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for topic in topics {
            let evidence = String(decoding: try encoder.encode(topic.evidence), as: UTF8.self)
            try insert.execute(
                arguments: [id, topic.topic, topic.score, topic.assigned, evidence, topic.corrected, topic.learned, topic.model])
        }
    }

    private static func insert(_ record: IntakeRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO intake (at, file_name, content_hash, outcome, reason, release_id, path)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                record.at, record.fileName, record.contentHash, record.outcome.rawValue, record.reason, record.releaseID,
                record.path,
            ])
    }
}
