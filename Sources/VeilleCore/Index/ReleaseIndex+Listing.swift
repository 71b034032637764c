import GRDB

extension ReleaseIndex {
    /// The latest releases that pass `filters`, newest first, up to its limit: what `search` lists
    /// when given filters and no words. The snippet is the start of the body.
    public func latest(filteredBy filters: SearchFilters) throws(VeilleError) -> [SearchHit] {
        let (conditions, arguments) = filters.conditions()
        let sql = """
            SELECT * FROM release \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY COALESCE(published_on, received_on) DESC, id DESC LIMIT ?
            """
        let releases = try read { db in
            try Self.releases(Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [filters.limit])), in: db)
        }
        return releases.map { SearchHit(release: $0, snippet: Self.opening(of: $0.release.body), rank: 0) }
    }

    /// Whether any release names the entity `key` of `kind`: an organisation a release defined
    /// itself is a valid filter even when the gazetteer does not know it.
    public func hasEntity(kind: Entity.Kind, key: String) throws(VeilleError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM release_entity WHERE kind = ? AND key = ? LIMIT 1", arguments: [kind.rawValue, key])
                ?? false
        }
    }

    /// The first words of a body, up to about 160 characters, cut at a word.
    private static func opening(of body: String) -> String {
        let flat = body.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > 160 else { return flat }
        let cut = flat.prefix(160)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
