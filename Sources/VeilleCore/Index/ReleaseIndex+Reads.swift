import Foundation
import GRDB

extension ReleaseIndex {
    /// One release by id, with its topics.
    public func release(id: Int64) throws(VeilleError) -> IndexedRelease? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM release WHERE id = ?", arguments: [id]) else { return nil }
            return IndexedRelease(
                row: row, topics: try Self.topics(of: [id], in: db)[id] ?? [],
                entities: try Self.entities(of: [id], in: db)[id] ?? [])
        }
    }

    /// The other releases taken from the same file as release `id` (the attachments of one
    /// e-mail share its archived file), by id.
    public func releases(sharingFileWith id: Int64) throws(VeilleError) -> [Int64] {
        try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT other.id FROM release other JOIN release this ON this.archived_path = other.archived_path
                    WHERE this.id = ? AND other.id != ? ORDER BY other.id
                    """,
                arguments: [id, id])
        }
    }

    /// The releases received during `interval`, in the order they arrived. Without `texts`, each
    /// body is left empty (`withTexts` reads them by id): a digest needs few of a day's texts.
    /// Without `details`, their topics and entities are left empty and their content hash too
    /// (`withDetails` reads the topics and entities by id): a digest groups and ranks its day
    /// from the story's, and keeps only those.
    public func releases(receivedDuring interval: Range<Date>, texts: Bool = true, details: Bool = true)
        throws(VeilleError) -> [IndexedRelease]
    {
        try read { db in
            try Self.releases(
                selectedBy: """
                    SELECT \(Self.columns(texts: texts, details: details)) FROM release
                    WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id
                    """,
                arguments: [interval.lowerBound, interval.upperBound], details: details, in: db)
        }
    }

    /// `entries` with their texts, read by id: for releases read without them.
    public func withTexts(_ entries: [IndexedRelease]) throws(VeilleError) -> [IndexedRelease] {
        guard !entries.isEmpty else { return entries }
        let bodies = try read { db in
            var bodies: [Int64: String] = [:]
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT id, body FROM release WHERE id IN (SELECT value FROM json_each(?))"),
                arguments: [Self.jsonArray(entries.map(\.id))])
            while let row = try rows.next() { bodies[row["id"]] = row["body"] }
            return bodies
        }
        return entries.map { entry in
            var entry = entry
            entry.release.body = bodies[entry.id] ?? ""
            return entry
        }
    }

    /// `entries` with their topics and entities, read by id: for releases read without `details`.
    public func withDetails(_ entries: [IndexedRelease]) throws(VeilleError) -> [IndexedRelease] {
        guard !entries.isEmpty else { return entries }
        let ids = entries.map(\.id)
        let (topics, entities) = try read { db in (try Self.topics(of: ids, in: db), try Self.entities(of: ids, in: db)) }
        return entries.map { entry in
            var entry = entry
            entry.release.topics = topics[entry.id] ?? []
            entry.release.entities = entities[entry.id] ?? []
            return entry
        }
    }

    /// What a `SELECT` of releases reads: every column, or every one but the text, read as empty,
    /// and without `details`, the content hash read as empty too.
    static func columns(texts: Bool, details: Bool = true) -> String {
        guard !texts || !details else { return "*" }
        return """
            id, story_id, archived_path, indexed_at, file_name, \(details ? "content_hash" : "'' AS content_hash"), format, \
            title, title_origin, \(texts ? "body" : "'' AS body"), language, language_code, published_on, source, received_at
            """
    }

    /// The intake log of `interval`, oldest first.
    public func intake(during interval: Range<Date>) throws(VeilleError) -> [IntakeRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM intake WHERE at >= ? AND at < ? ORDER BY at, id",
                arguments: [interval.lowerBound, interval.upperBound]
            ).map(IntakeRecord.init(row:))
        }
    }

    /// The records of `outcome` written at or after `since` for this content or, when the content
    /// is unknown (the file could not be read), for this file name; newest first.
    public func intake(since: Date, outcome: IntakeRecord.Outcome, contentHash: String?, fileName: String)
        throws(VeilleError) -> [IntakeRecord]
    {
        try read { db in
            let match = contentHash == nil ? "content_hash IS NULL AND file_name = ?" : "content_hash = ?"
            return try Row.fetchAll(
                db, sql: "SELECT * FROM intake WHERE at >= ? AND outcome = ? AND \(match) ORDER BY id DESC",
                arguments: [since, outcome.rawValue, contentHash ?? fileName]
            ).map(IntakeRecord.init(row:))
        }
    }

    /// When the newest intake record was written, if any.
    public func latestIntakeDate() throws(VeilleError) -> Date? {
        try read { db in try Date.fetchOne(db, sql: "SELECT at FROM intake ORDER BY at DESC LIMIT 1") }
    }

    /// What SQLite's `PRAGMA integrity_check` reports: ["ok"] for a sound index.
    public func integrityCheck() throws(VeilleError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// How many releases the index holds.
    public func count() throws(VeilleError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM release") ?? 0 }
    }

    static func releases(_ rows: [Row], in db: Database) throws -> [IndexedRelease] {
        let ids: [Int64] = rows.map { $0["id"] }
        let topics = try topics(of: ids, in: db)
        let entities = try entities(of: ids, in: db)
        return rows.map { row in IndexedRelease(row: row, topics: topics[row["id"]] ?? [], entities: entities[row["id"]] ?? []) }
    }

    /// The releases that `sql` selects (`SELECT * FROM release …`), with their topics and entities.
    /// Each row becomes a release as it is read, so that a day of thousands of releases holds
    /// their texts once, not a second time in fetched rows until the last is converted.
    /// Without `details`, their topics and entities are left empty.
    static func releases(selectedBy sql: String, arguments: StatementArguments, details: Bool = true, in db: Database) throws
        -> [IndexedRelease]
    {
        var releases: [IndexedRelease] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { releases.append(IndexedRelease(row: row, topics: [])) }
        guard details else { return releases }
        let ids = releases.map(\.id)
        let topics = try topics(of: ids, in: db)
        let entities = try entities(of: ids, in: db)
        for index in releases.indices {
            releases[index].release.topics = topics[releases[index].id] ?? []
            releases[index].release.entities = entities[releases[index].id] ?? []
        }
        return releases
    }

    /// The topic scores of the given releases, each list in descending score.
    static func topics(of ids: [Int64], in db: Database) throws -> [Int64: [TopicScore]] {
        guard !ids.isEmpty else { return [:] }
        let decoder = JSONDecoder()
        var topics: [Int64: [TopicScore]] = [:]
        var strings = SharedStrings()
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT * FROM release_topic WHERE release_id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY score DESC",
            arguments: StatementArguments(ids))
        while let row = try rows.next() {
            var evidence = (try? decoder.decode([Evidence].self, from: Data((row["evidence"] as String).utf8))) ?? []
            for index in evidence.indices { evidence[index].term = strings.shared(evidence[index].term) }
            let score = TopicScore(
                topic: row["topic"], score: row["score"], assigned: row["assigned"], evidence: evidence,
                corrected: row["corrected"], learned: row["learned"], model: row["model"])
            topics[row["release_id"], default: []].append(score)
        }
        return topics
    }
}

extension ReleaseIndex {
    /// The next `limit` releases after id `after` that pass `filters` (its limit aside), by id:
    /// a page of an export, so that memory stays flat whatever the size of the index.
    public func releases(filteredBy filters: SearchFilters, after: Int64, limit: Int) throws(VeilleError) -> [IndexedRelease] {
        let (conditions, arguments) = filters.conditions()
        let sql = """
            SELECT * FROM release WHERE id > ? \(conditions.map { "AND " + $0 }.joined(separator: " "))
            ORDER BY id LIMIT ?
            """
        return try read { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments([after] + arguments + [limit]))
            return try Self.releases(rows, in: db)
        }
    }

    /// The latest `filters.limit` releases that pass `filters`, newest first.
    public func latest(filteredBy filters: SearchFilters) throws(VeilleError) -> [IndexedRelease] {
        let (conditions, arguments) = filters.conditions()
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM release \(filter) ORDER BY id DESC LIMIT ?"
        return try read { db in
            try Self.releases(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [filters.limit])), in: db)
        }
    }

    /// How many releases pass `filters`, for progress reports.
    public func count(filteredBy filters: SearchFilters) throws(VeilleError) -> Int {
        let (conditions, arguments) = filters.conditions()
        let sql = "SELECT COUNT(*) FROM release \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))"
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
    }
}

/// Strings read from many rows, each held once: the terms, names and keys that thousands of
/// releases repeat would otherwise each take an allocation of their own.
struct SharedStrings {
    private var held: Set<String> = []

    /// The string equal to `string` held already, else `string`, held from now on.
    mutating func shared(_ string: String) -> String {
        if let kept = held.firstIndex(of: string) { return held[kept] }
        held.insert(string)
        return string
    }
}
