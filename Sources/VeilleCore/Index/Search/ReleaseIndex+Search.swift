import Foundation
import GRDB

/// What a search may be narrowed to, besides its words.
public struct SearchFilters: Sendable, Equatable {
    /// Only releases filed under this topic id.
    public var topic: String?
    /// Releases dated on or after this day: by publication date (else the day received), or by
    /// the day received when `byReceivedDay`.
    public var since: Day?
    /// … and on or before this day.
    public var until: Day?
    public var byReceivedDay: Bool
    /// Only releases in this language.
    public var language: Language?
    /// Only releases identified as this language (ISO 639-1, as `LanguageDetector` gives it).
    public var languageCode: String?
    /// Only releases whose source contains this text (ignoring case).
    public var source: String?
    /// Only releases naming this country (an ISO code such as TG).
    public var country: String?
    /// Only releases naming this organisation (its gazetteer id, or an acronym a release defined).
    public var organisation: String?
    /// Only releases with an uncertain topic decision: each topic's threshold, by topic id.
    public var uncertain: [String: Double]?
    public var limit: Int

    public init(
        topic: String? = nil, since: Day? = nil, until: Day? = nil, byReceivedDay: Bool = false, language: Language? = nil,
        languageCode: String? = nil,
        source: String? = nil, country: String? = nil, organisation: String? = nil, uncertain: [String: Double]? = nil,
        limit: Int = 20
    ) {
        self.uncertain = uncertain
        self.country = country
        self.organisation = organisation
        self.topic = topic
        self.since = since
        self.until = until
        self.byReceivedDay = byReceivedDay
        self.language = language
        self.languageCode = languageCode
        self.source = source
        self.limit = limit
    }
}

/// One search result: the release and a snippet of its text around the matched words.
public struct SearchHit: Sendable, Equatable {
    public var release: IndexedRelease
    public var snippet: String
    /// bm25's score, lower is better.
    public var rank: Double

    public init(release: IndexedRelease, snippet: String, rank: Double) {
        self.release = release
        self.snippet = snippet
        self.rank = rank
    }
}

extension ReleaseIndex {
    /// A title match weighs this many times a body match in the ranking.
    static let titleRankWeight = 5.0
    /// How many of the latest matches of each language are ranked. bm25 must be worked out for
    /// every candidate; a word found in tens of thousands of releases would otherwise cost tens of
    /// milliseconds. Beyond this many matches, the most recent ones are the candidates, which
    /// is what press monitoring wants; rarer words are ranked over all their matches.
    static let rankedCandidates = 1_000

    /// Releases matching `query`, best first by bm25 (title matches weighing more), then the most
    /// recently indexed first. `highlight` wraps each matched word in the snippet.
    ///
    /// Ranking reads only the full-text tables (and, for filters, narrow indexes), never the
    /// release rows, whose text would have to be paged through; snippets are made for the hits
    /// shown, not for every match.
    public func search(_ query: SearchQuery, filters: SearchFilters = SearchFilters(), highlight: (String, String) = ("[", "]"))
        throws(VeilleError) -> [SearchHit]
    {
        let expression = query.ftsExpression
        var arguments: [any DatabaseValueConvertible] = []
        let tables = SearchTable.all.filter { filters.language == nil || $0.holds(filters.language ?? .other) }
        let (conditions, filterArguments) = filters.idConditions(column: "rowid")
        let matches = tables.enumerated().map { number, table in
            arguments += [expression] + filterArguments + [Self.rankedCandidates]
            return """
                SELECT * FROM (SELECT rowid AS id, bm25(\(table.name), \(Self.titleRankWeight), 1.0) AS rank, \(number) AS source
                FROM \(table.name) WHERE \(table.name) MATCH ? \(conditions.map { "AND " + $0 }.joined(separator: " "))
                ORDER BY rowid DESC LIMIT ?)
                """
        }
        arguments.append(filters.limit)
        let sql = """
            SELECT id, rank, source FROM (\(matches.joined(separator: " UNION ALL ")))
            ORDER BY rank, id DESC LIMIT ?
            """
        do {
            return try writer.read { db in
                let ranked = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
                let ids: [Int64] = ranked.map { $0["id"] }
                let releases = Dictionary(
                    uniqueKeysWithValues: try Self.releases(
                        try Row.fetchAll(
                            db, sql: "SELECT * FROM release WHERE id IN (\(databaseQuestionMarks(count: ids.count)))",
                            arguments: StatementArguments(ids)), in: db
                    ).map { ($0.id, $0) })
                let snippets = try Self.snippets(of: ranked, in: tables, matching: expression, highlight: highlight, db: db)
                return ranked.compactMap { row -> SearchHit? in
                    guard let release = releases[row["id"]] else { return nil }
                    return SearchHit(release: release, snippet: snippets[release.id] ?? "", rank: row["rank"])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw VeilleError(.query, "The search could not be run: \(error.message ?? "FTS5 refused the query").")
        } catch {
            throw Self.failure(error)
        }
    }
}

extension ReleaseIndex {
    /// The snippet of each ranked match (rows with `id` and `source`, the table's number), by id.
    ///
    /// One query per table walks the matches between the lowest and the highest id shown, and
    /// makes snippets for the ids shown only. Seeking each hit's row instead costs about as much
    /// per hit: the query's terms are looked up again in every segment of the index.
    static func snippets(
        of ranked: [Row], in tables: [SearchTable], matching expression: String, highlight: (String, String), db: Database
    ) throws -> [Int64: String] {
        var snippets: [Int64: String] = [:]
        for (number, table) in tables.enumerated() {
            let ids: [Int64] = ranked.filter { $0["source"] == number }.map { $0["id"] }
            guard let lowest = ids.min(), let highest = ids.max() else { continue }
            // The unary + keeps the IN list from FTS5, which would seek each id in turn.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT rowid AS id, snippet(\(table.name), 1, ?, ?, '…', 14) AS snippet FROM \(table.name)
                    WHERE \(table.name) MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(databaseQuestionMarks(count: ids.count)))
                    """,
                arguments: [highlight.0, highlight.1, expression, lowest, highest] + StatementArguments(ids))
            while let row = try rows.next() { snippets[row["id"]] = row["snippet"] }
        }
        return snippets
    }
}

extension SearchFilters {
    /// The filters as conditions on a release id in `column`, answered from narrow indexes.
    func idConditions(column: String) -> ([String], [any DatabaseValueConvertible]) {
        var (conditions, arguments) = conditions(includingTopic: false)
        var result =
            conditions.isEmpty ? [] : ["\(column) IN (SELECT id FROM release WHERE \(conditions.joined(separator: " AND ")))"]
        if let topic {
            result.append("\(column) IN (SELECT release_id FROM release_topic WHERE topic = ? AND assigned)")
            arguments.append(topic)
        }
        let (entityConditions, entityArguments) = entityConditions(column: column)
        return (result + entityConditions, arguments + entityArguments)
    }

    /// The country and organisation filters, answered from `release_entity`'s (kind, key) index.
    private func entityConditions(column: String) -> ([String], [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        for (kind, key) in [(Entity.Kind.country, country), (.organisation, organisation)] {
            guard let key else { continue }
            conditions.append("\(column) IN (SELECT release_id FROM release_entity WHERE kind = ? AND key = ?)")
            arguments += [kind.rawValue, key]
        }
        return (conditions, arguments)
    }

    /// SQL conditions on `release` for every filter but the limit, with their arguments.
    func conditions(includingTopic: Bool = true) -> ([String], [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if includingTopic, let topic {
            conditions.append(
                "EXISTS (SELECT 1 FROM release_topic t WHERE t.release_id = release.id AND t.topic = ? AND t.assigned)")
            arguments.append(topic)
        }
        let dateColumn = byReceivedDay ? "release.received_on" : "COALESCE(release.published_on, release.received_on)"
        if let since {
            conditions.append("\(dateColumn) >= ?")
            arguments.append(since.description)
        }
        if let until {
            // A month-only publication date ("2024-10") sorts before the days of that month.
            conditions.append("\(dateColumn) <= ?")
            arguments.append(until.description)
        }
        if let language {
            conditions.append("release.language = ?")
            arguments.append(language.rawValue)
        }
        if let languageCode {
            // Releases indexed before languages were identified hold fr or en in `language` only.
            conditions.append("COALESCE(release.language_code, release.language) = ?")
            arguments.append(languageCode)
        }
        if let uncertain {
            // Mirrors TopicScore.isUncertain.
            let bands = uncertain.keys.sorted().map { _ in "(topic = ? AND abs(score - ?) < ?)" }
            conditions.append(
                "release.id IN (SELECT release_id FROM release_topic WHERE NOT corrected AND (\(bands.isEmpty ? "0" : bands.joined(separator: " OR "))))"
            )
            for topic in uncertain.keys.sorted() {
                arguments += [topic, uncertain[topic] ?? 0.5, BlendedClassifier.uncertainty]
            }
        }
        if includingTopic {
            let (entityConditions, entityArguments) = entityConditions(column: "release.id")
            conditions += entityConditions
            arguments += entityArguments
        }
        if let source {
            conditions.append("release.source LIKE '%' || ? || '%' ESCAPE '\\'")
            arguments.append(
                source.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_"))
        }
        return (conditions, arguments)
    }
}
