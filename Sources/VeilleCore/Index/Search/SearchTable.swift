import GRDB

/// The full-text tables: one per language, since each stems its words with its own stemmer.
/// A release is indexed in the table of its detected language; a search asks all of them, each
/// stemming the query in its language, so a French query finds English releases only where the
/// stems truly match.
struct SearchTable: Sendable {
    /// `release_fts_fr`, `release_fts_en`, `release_fts_other`.
    var name: String
    /// The tokenizer's argument: a stemmer's language, or `none`.
    var stemming: String
    /// The languages whose releases go in this table.
    var languages: Set<Language>

    static let all = [
        SearchTable(name: "release_fts_fr", stemming: "fr", languages: [.fr]),
        SearchTable(name: "release_fts_en", stemming: "en", languages: [.en]),
        SearchTable(name: "release_fts_other", stemming: "none", languages: [.other]),
    ]

    func holds(_ language: Language) -> Bool { languages.contains(language) }

    /// The SQL condition on `row.language` for this table.
    func condition(_ row: String) -> String {
        "\(row).language IN (\(languages.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))"
    }

    /// Creates the tables, the triggers that keep them in step with `release`, and fills them.
    /// A prefix index of 3 bytes serves `se*`-style searches, whose exact tokens begin with `=`.
    static func create(in db: Database) throws {
        for table in all {
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE \(table.name) USING fts5(title, body, content='release', content_rowid='id',
                        tokenize='\(StemmingTokenizer.name) \(table.stemming)', prefix='3')
                    """)
        }
        let insert = { (row: String) in
            all.map {
                "INSERT INTO \($0.name)(rowid, title, body) SELECT \(row).id, \(row).title, \(row).body WHERE \($0.condition(row));"
            }.joined(separator: "\n")
        }
        let delete = { (row: String) in
            all.map {
                """
                INSERT INTO \($0.name)(\($0.name), rowid, title, body) SELECT 'delete', \(row).id, \(row).title, \(row).body \
                WHERE \($0.condition(row));
                """
            }.joined(separator: "\n")
        }
        try db.execute(
            sql: """
                CREATE TRIGGER release_search_insert AFTER INSERT ON release BEGIN
                \(insert("new"))
                END;
                CREATE TRIGGER release_search_delete AFTER DELETE ON release BEGIN
                \(delete("old"))
                END;
                CREATE TRIGGER release_search_update AFTER UPDATE OF title, body, language ON release BEGIN
                \(delete("old"))
                \(insert("new"))
                END;
                """)
        // Lets filters pick release ids without reading the rows, whose text comes first.
        try db.execute(sql: "CREATE INDEX release_filter ON release(received_on, published_on, language, source)")
        try fill(in: db)
    }

    /// Indexes a release just inserted into `release` in the table of its language. Since
    /// migration v11 the writer does this rather than a trigger (see there); updates and deletes
    /// still go through the triggers.
    static func add(_ release: Release, id: Int64, in db: Database) throws {
        guard let table = all.first(where: { $0.holds(release.language) }) else { return }
        try db.cachedStatement(sql: "INSERT INTO \(table.name)(rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [id, release.title, release.body])
    }

    /// Indexes every release again, after the tokenizer changed.
    static func fill(in db: Database) throws {
        for table in all {
            try db.execute(sql: "INSERT INTO \(table.name)(\(table.name)) VALUES('delete-all')")
            try db.execute(
                sql:
                    "INSERT INTO \(table.name)(rowid, title, body) SELECT id, title, body FROM release WHERE \(table.condition("release"))"
            )
        }
    }
}
