import Foundation
import GRDB

extension ReleaseIndex {
    /// Records an analyst's decisions for release `id`: topics to file it under, and topics to
    /// take it out of. They win over the classifier now and after every `reindex`.
    /// Returns the release's topics as they now stand.
    @discardableResult
    public func label(id: Int64, add: [String], remove: [String], at now: Date) throws(VeilleError) -> [TopicScore] {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM release WHERE id = ?", arguments: [id]) != nil else {
                throw VeilleError(.notFound, "No release has the id \(id).")
            }
            for (topics, assigned) in [(add, true), (remove, false)] {
                for topic in topics {
                    try db.execute(
                        sql: """
                            INSERT INTO release_label (release_id, topic, assigned, decided_at) VALUES (?, ?, ?, ?)
                            ON CONFLICT (release_id, topic) DO UPDATE SET assigned = excluded.assigned, decided_at = excluded.decided_at
                            """,
                        arguments: [id, topic, assigned, now])
                }
            }
            let current = try Self.topics(of: [id], in: db)[id] ?? []
            try Self.storeTopics(current, of: id, in: db)
            return try Self.topics(of: [id], in: db)[id] ?? []
        }
    }

    /// Replaces the topics of many releases at once, and their entities where `entities` has
    /// them, in one transaction; labels still win.
    public func replaceTopics(_ topics: [(id: Int64, topics: [TopicScore])], entities: [Int64: [Entity]] = [:]) throws(VeilleError) {
        try write { db in
            for entry in topics { try Self.storeTopics(entry.topics, of: entry.id, in: db) }
            for (id, found) in entities { try Self.storeEntities(found, of: id, in: db) }
        }
    }

    /// The ids of all releases, oldest first, for commands that go through the whole index.
    public func allIDs() throws(VeilleError) -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM release ORDER BY id") }
    }

    /// Releases by id, in the order given.
    public func releases(ids: [Int64]) throws(VeilleError) -> [IndexedRelease] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM release WHERE id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY id",
                arguments: StatementArguments(ids))
            return try Self.releases(rows, in: db)
        }
    }
}

extension ReleaseIndex {
    /// The analyst's decisions for release `id`: topic → filed (true) or taken out (false).
    public func labels(of id: Int64) throws(VeilleError) -> [String: Bool] {
        try read { db in
            var labels: [String: Bool] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT topic, assigned FROM release_label WHERE release_id = ?", arguments: [id]) {
                labels[row["topic"]] = row["assigned"]
            }
            return labels
        }
    }
}
