import Foundation
import GRDB

extension ReleaseIndex {
    /// Replaces the release's entity rows.
    static func storeEntities(_ entities: [Entity], of id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM release_entity WHERE release_id = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(
            sql: "INSERT INTO release_entity (release_id, kind, key, name, role, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        for entity in entities {
            try insert.execute(
                arguments: [id, entity.kind.rawValue, entity.key, entity.name, entity.role, entity.mentions])
        }
    }

    /// The entities of the given releases, most mentioned first. Read row by row, each key, name
    /// and role held once however many releases name it: a day's digest reads thousands of
    /// releases that name the same few countries and people.
    static func entities(of ids: [Int64], in db: Database) throws -> [Int64: [Entity]] {
        guard !ids.isEmpty else { return [:] }
        var entities: [Int64: [Entity]] = [:]
        var strings = SharedStrings()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT * FROM release_entity WHERE release_id IN (\(databaseQuestionMarks(count: ids.count)))
                ORDER BY mentions DESC, rowid
                """,
            arguments: StatementArguments(ids))
        while let row = try rows.next() {
            guard let kind = Entity.Kind(rawValue: row["kind"]) else { continue }
            let role: String? = row["role"]
            entities[row["release_id"], default: []].append(
                Entity(
                    kind: kind, key: strings.shared(row["key"]), name: strings.shared(row["name"]),
                    role: role.map { strings.shared($0) }, mentions: row["mentions"]))
        }
        return entities
    }

    /// Files the release under the story of the most similar release among those that share its
    /// rare features around its event's days (or of any release with the very same text), else
    /// under a story of its own.
    static func assignStory(
        to id: Int64, signature: StorySignature, receivedAt: Date, common: CommonFeatures, frequencies: BatchFrequencies,
        in db: Database
    ) throws {
        let (match, weights) = try findStory(
            for: id, signature: signature, receivedAt: receivedAt, persistingNorms: true, common: common,
            frequencies: frequencies, in: db)
        let norms = weights.norms(signature)
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO release_signature
                    (release_id, text_hash, minhash, stems, keys, language, published_on, match_kind, match_release, match_score,
                    event_days, ordinals, norm_stems, norm_keys, norm_total, latest_year, weekdays, stem_hashes, key_hashes,
                    countries, month_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                id, signature.textHash, Data(signature.minHash.bytes), signature.stems.sorted().joined(separator: "\n"),
                signature.keys.sorted().joined(separator: "\n"), signature.language.rawValue,
                signature.published?.description, match?.kind.rawValue, match?.releaseID, match?.score,
                signature.eventDays.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ","),
                signature.ordinals.sorted().map(String.init).joined(separator: ","), norms.stems, norms.keys,
                weights.total, signature.latestYear, Int(signature.weekdays), FeatureHashes.data(signature.stemHashes),
                FeatureHashes.data(signature.keyHashes), signature.countries.sorted().joined(separator: ","),
                signature.monthDays.map(String.init).joined(separator: ","),
            ])
        try postFeatures(
            of: id, signature: signature, features: postedFeatures(of: signature, weights: weights), receivedAt: receivedAt,
            frequencies: frequencies, in: db)
        try db.cachedStatement(sql: "UPDATE release SET story_id = ? WHERE id = ?").execute(arguments: [match?.storyID ?? id, id])
    }

    /// The story a release belongs to, and the weights it was judged with, without filing it:
    /// what `assignStory` does before writing, and what `veille bench stories` times. With
    /// `persistingNorms`, the norms of candidates worked out again are stored for the next time.
    /// `common` carries what earlier lookups of the same transaction found too common to read,
    /// `frequencies` the feature counts it has read and those its releases added, not written yet.
    static func findStory(
        for id: Int64, signature: StorySignature, receivedAt: Date, persistingNorms: Bool,
        common: CommonFeatures = CommonFeatures(), frequencies: BatchFrequencies = BatchFrequencies(), in db: Database
    ) throws -> (StoryMatcher.Match?, Weights) {
        let weights = try storyWeights(for: signature, in: db, frequencies: frequencies)
        let features = postedFeatures(of: signature, weights: weights)
        let found = try storyCandidates(
            for: id, signature: signature, features: features, receivedAt: receivedAt, common: common, in: db)
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT s.release_id, s.text_hash, s.language, s.published_on, length(s.stems) AS stems_length,
                        length(s.keys) AS keys_length, s.norm_stems, s.norm_keys, s.norm_total, COALESCE(r.story_id, r.id) AS story
                    FROM release_signature s JOIN release r ON r.id = s.release_id
                    WHERE s.text_hash = ? AND r.id != ?
                    UNION
                    SELECT s.release_id, s.text_hash, s.language, s.published_on, length(s.stems) AS stems_length,
                        length(s.keys) AS keys_length, s.norm_stems, s.norm_keys, s.norm_total, COALESCE(r.story_id, r.id) AS story
                    FROM release_signature s JOIN release r ON r.id = s.release_id
                    WHERE r.id IN (SELECT value FROM json_each(?))
                    """),
            arguments: [signature.textHash, id, jsonArray(found)])
        let keys = rows.map { SignatureCache.Key(row: $0) }
        var signatures = SignatureCache.shared.signatures(for: keys)
        let missing = keys.filter { signatures[$0] == nil }.map(\.releaseID)
        if !missing.isEmpty {
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT *, length(stems) AS stems_length, length(keys) AS keys_length FROM release_signature
                        WHERE release_id IN (SELECT value FROM json_each(?))
                        """),
                arguments: [jsonArray(missing)])
            {
                guard let parsed = StorySignature(row: row) else { continue }
                signatures[SignatureCache.Key(row: row)] = parsed
            }
            SignatureCache.shared.store(signatures)
        }
        var candidates: [StoryMatcher.Candidate] = []
        for (row, key) in zip(rows, keys) {
            guard let candidate = signatures[key] else { continue }
            candidates.append(
                StoryMatcher.Candidate(
                    id: key.releaseID, storyID: row["story"], signature: candidate,
                    norms: try currentNorms(
                        of: candidate, id: key.releaseID, stored: row, total: weights.total, persisting: persistingNorms,
                        frequencies: frequencies, in: db))
            )
        }
        return (StoryMatcher().match(signature, among: candidates, weights: weights), weights)
    }

    /// Earlier releases of these stories, received before `date`: what the digest lists as
    /// "reported before" under a story that goes on. Without `texts`, each body is left empty;
    /// without `details`, the topics, entities and content hash (see `releases(receivedDuring:)`).
    public func releases(inStories stories: [Int64], receivedBefore date: Date, texts: Bool = true, details: Bool = true)
        throws(VeilleError) -> [IndexedRelease]
    {
        guard !stories.isEmpty else { return [] }
        return try read { db in
            try Self.releases(
                selectedBy: """
                    SELECT \(Self.columns(texts: texts, details: details)) FROM release
                    WHERE story_id IN (\(databaseQuestionMarks(count: stories.count))) AND received_at < ? ORDER BY received_at, id
                    """,
                arguments: StatementArguments(stories + [date]), details: details, in: db)
        }
    }

    /// How many releases received during `interval` name each entity, most named first.
    public func entityCounts(receivedDuring interval: Range<Date>, limit: Int) throws(VeilleError) -> [EntityCount] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.kind, e.key, MIN(e.name) AS name, COUNT(DISTINCT e.release_id) AS releases
                    FROM release_entity e JOIN release r ON r.id = e.release_id
                    WHERE r.received_at >= ? AND r.received_at < ?
                    GROUP BY e.kind, e.key ORDER BY releases DESC, e.key LIMIT ?
                    """,
                arguments: [interval.lowerBound, interval.upperBound, limit]
            ).compactMap { row in
                Entity.Kind(rawValue: row["kind"]).map {
                    EntityCount(kind: $0, key: row["key"], name: row["name"], releases: row["releases"])
                }
            }
        }
    }
}

/// How many releases named an entity over some days.
public struct EntityCount: Sendable, Equatable {
    public var kind: Entity.Kind
    public var key: String
    public var name: String
    public var releases: Int
}

extension StorySignature {
    /// Decodes a `release_signature` row: a signature as `assignStory` stored it. Its features come as the hashes they are compared
    /// by, without their words (`stems` and `keys` stay empty), for releases indexed since they
    /// were kept; older ones are read from their words.
    init?(row: Row) {
        guard let minHash = MinHash(bytes: [UInt8]((row["minhash"] as Data?) ?? Data())) else { return nil }
        let split = { (text: String) in Set(text.split(separator: "\n").map(String.init)) }
        let hashes = (row["stem_hashes"] as Data?).flatMap { stems in
            (row["key_hashes"] as Data?).map { (FeatureHashes.values(stems), FeatureHashes.values($0)) }
        }
        self.init(
            textHash: row["text_hash"], minHash: minHash, stems: hashes == nil ? split(row["stems"]) : [],
            keys: hashes == nil ? split(row["keys"]) : [], language: Language(rawValue: row["language"]) ?? .other,
            hashes: hashes,
            published: (row["published_on"] as String?).flatMap(PublicationDate.init(iso:)),
            eventDays: (row["event_days"] as String?).map(Self.dayRanges),
            monthDays: ((row["month_days"] as String?) ?? "").split(separator: ",").compactMap { Int($0) },
            ordinals: Set(((row["ordinals"] as String?) ?? "").split(separator: ",").compactMap { Int($0) }),
            countries: (row["countries"] as String?).map { Set($0.split(separator: ",").map(String.init)) },
            latestYear: row["latest_year"], weekdays: UInt8(truncatingIfNeeded: (row["weekdays"] as Int?) ?? 0))
    }

    /// "738000-738000,738100-738130" → the ranges, as `release_signature.event_days` holds them.
    private static func dayRanges(_ text: String) -> [ClosedRange<Int>] {
        text.split(separator: ",").compactMap { range in
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
        }
    }
}
