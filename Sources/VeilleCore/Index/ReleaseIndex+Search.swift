import Foundation
import GRDB

/// What a search may be narrowed to, besides its words.
public struct SearchFilters: Sendable, Equatable {
    /// Only releases filed under this topic id.
    public var topic: String?
    /// Releases dated (publication date, else day received) on or after this day.
    public var since: Day?
    /// … and on or before this day.
    public var until: Day?
    public var limit: Int

    public init(topic: String? = nil, since: Day? = nil, until: Day? = nil, limit: Int = 20) {
        self.topic = topic
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// One search result: the release and a snippet of its text around the matched words.
public struct SearchHit: Sendable, Equatable {
    public var release: IndexedRelease
    public var snippet: String
    /// bm25's score, lower is better.
    public var rank: Double
}

extension ReleaseIndex {
    /// A title match weighs this many times a body match in the ranking.
    static let titleRankWeight = 5.0

    /// Releases matching `query`, best first by bm25 (title matches weighing more), then newest first.
    /// `highlight` wraps each matched word in the snippet.
    public func search(_ query: SearchQuery, filters: SearchFilters = SearchFilters(), highlight: (String, String) = ("[", "]"))
        throws(VeilleError) -> [SearchHit]
    {
        var conditions = ["release_fts MATCH ?"]
        var arguments: [any DatabaseValueConvertible] = [query.ftsExpression]
        if let topic = filters.topic {
            conditions.append(
                "EXISTS (SELECT 1 FROM release_topic t WHERE t.release_id = release.id AND t.topic = ? AND t.assigned)")
            arguments.append(topic)
        }
        if let since = filters.since {
            conditions.append("COALESCE(release.published_on, release.received_on) >= ?")
            arguments.append(since.description)
        }
        if let until = filters.until {
            conditions.append("COALESCE(release.published_on, release.received_on) <= ?")
            arguments.append(until.description)
        }
        let sql = """
            SELECT release.*, bm25(release_fts, \(Self.titleRankWeight), 1.0) AS rank,
                snippet(release_fts, 1, ?, ?, '…', 14) AS snippet
            FROM release_fts JOIN release ON release.id = release_fts.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY rank, release.received_at DESC
            LIMIT ?
            """
        arguments = [highlight.0, highlight.1] + arguments + [filters.limit]
        do {
            return try writer.read { db in
                let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
                let releases = try Self.releases(rows, in: db)
                return zip(rows, releases).map { row, release in
                    SearchHit(release: release, snippet: row["snippet"] ?? "", rank: row["rank"] ?? 0)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw VeilleError(.query, "The search could not be run: \(error.message ?? "FTS5 refused the query").")
        } catch {
            throw Self.failure(error)
        }
    }
}
