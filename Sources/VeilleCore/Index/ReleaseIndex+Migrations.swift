import GRDB

extension ReleaseIndex {
    /// The schema, one named migration per change. Never edit a shipped migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "release") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("content_hash", .text).notNull().unique()
                t.column("file_name", .text).notNull()
                t.column("archived_path", .text).notNull()
                t.column("format", .text).notNull()
                t.column("title", .text).notNull()
                t.column("title_origin", .text).notNull()
                t.column("body", .text).notNull()
                t.column("language", .text).notNull()
                t.column("published_on", .text)
                t.column("source", .text)
                t.column("received_at", .datetime).notNull().indexed()
                t.column("received_on", .text).notNull()
                t.column("indexed_at", .datetime).notNull()
            }
            try db.create(table: "release_topic") { t in
                t.column("release_id", .integer).notNull().references("release", onDelete: .cascade)
                t.column("topic", .text).notNull()
                t.column("score", .double).notNull()
                t.column("assigned", .boolean).notNull()
                t.column("evidence", .text).notNull()
                t.primaryKey(["release_id", "topic"])
            }
            try db.create(index: "release_topic_on_topic", on: "release_topic", columns: ["topic", "assigned"])
            try db.create(table: "intake") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull().indexed()
                t.column("file_name", .text).notNull()
                t.column("content_hash", .text)
                t.column("outcome", .text).notNull()
                t.column("reason", .text)
                t.column("release_id", .integer).references("release", onDelete: .setNull)
                t.column("path", .text).notNull()
            }
            try db.create(virtualTable: "release_fts", using: FTS5()) { t in
                t.synchronize(withTable: "release")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("body")
            }
        }
        migrator.registerMigration("v2 analyst labels") { db in
            try db.create(table: "release_label") { t in
                t.column("release_id", .integer).notNull().references("release", onDelete: .cascade)
                t.column("topic", .text).notNull()
                t.column("assigned", .boolean).notNull()
                t.column("decided_at", .datetime).notNull()
                t.primaryKey(["release_id", "topic"])
            }
            try db.alter(table: "release_topic") { t in t.add(column: "corrected", .boolean).notNull().defaults(to: false) }
        }
        migrator.registerMigration("v3 stemmed search per language") { db in
            try db.drop(table: "release_fts")
            for trigger in ["__release_fts_ai", "__release_fts_ad", "__release_fts_au"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
            }
            try SearchTable.create(in: db)
        }
        migrator.registerMigration("v4 stories and entities") { db in
            try db.alter(table: "release") { t in t.add(column: "story_id", .integer) }
            try db.create(index: "release_on_story", on: "release", columns: ["story_id"])
            try db.create(table: "release_signature") { t in
                t.primaryKey("release_id", .integer).references("release", onDelete: .cascade)
                t.column("text_hash", .integer).notNull().indexed()
                t.column("minhash", .blob).notNull()
                t.column("stems", .text).notNull()
                t.column("keys", .text).notNull()
                t.column("language", .text).notNull()
                t.column("published_on", .text)
                t.column("match_kind", .text)
                t.column("match_release", .integer)
                t.column("match_score", .double)
            }
            try db.create(table: "release_entity") { t in
                t.column("release_id", .integer).notNull().references("release", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("name", .text).notNull()
                t.column("role", .text)
                t.column("mentions", .integer).notNull()
                t.primaryKey(["release_id", "kind", "key"])
            }
            try db.create(index: "release_entity_on_key", on: "release_entity", columns: ["kind", "key"])
        }
        migrator.registerMigration("v5 learned share of topic scores") { db in
            try db.alter(table: "release_topic") { t in t.add(column: "learned", .double) }
        }
        migrator.registerMigration("v6 base model's share of topic scores") { db in
            try db.alter(table: "release_topic") { t in t.add(column: "model", .double) }
        }
        migrator.registerMigration("v7 language identified as an ISO 639-1 code") { db in
            try db.alter(table: "release") { t in t.add(column: "language_code", .text) }
        }
        migrator.registerMigration("v8 story candidates by rare features and event dates") { db in
            try db.alter(table: "release_signature") { t in
                t.add(column: "event_days", .text)
                t.add(column: "ordinals", .text)
                t.add(column: "norm_stems", .double)
                t.add(column: "norm_keys", .double)
                t.add(column: "norm_total", .integer)
            }
            // Which releases post a feature (a name, an entity, a number or a rare stem), on the
            // days of their event: where a new release finds the releases it may share a story with.
            try db.create(table: "story_feature", options: .withoutRowID) { t in
                t.column("feature", .integer).notNull()
                t.column("day", .integer).notNull()
                t.column("release_id", .integer).notNull().references("release", onDelete: .cascade)
                t.primaryKey(["feature", "day", "release_id"])
            }
            try db.create(index: "story_feature_on_release", on: "story_feature", columns: ["release_id"])
            // How many releases have each feature: what makes a stem rare.
            try db.create(table: "story_feature_frequency", options: .withoutRowID) { t in
                t.primaryKey("feature", .integer)
                t.column("releases", .integer).notNull()
            }
            // Releases indexed before: filed under their publication date, else their arrival.
            let rows = try Row.fetchCursor(
                db, sql: "SELECT s.*, r.received_at FROM release_signature s JOIN release r ON r.id = s.release_id ORDER BY r.id")
            let frequencies = BatchFrequencies()
            while let row = try rows.next() {
                guard let signature = StorySignature(row: row) else { continue }
                let weights = try storyWeights(for: signature, in: db, frequencies: frequencies)
                try postFeatures(
                    of: row["release_id"], signature: signature, features: postedFeatures(of: signature, weights: weights),
                    receivedAt: row["received_at"], frequencies: frequencies, in: db)
            }
            try frequencies.write(in: db)
        }
        // Releases indexed before have neither: they are compared as before, without these clues.
        // The features' hashes are stored as they are compared, so that reading a candidate does
        // not hash its words again; releases indexed before are read from their words.
        migrator.registerMigration("v9 latest year, weekdays and countries a release names, feature hashes") { db in
            try db.alter(table: "release_signature") { t in
                t.add(column: "latest_year", .integer)
                t.add(column: "weekdays", .integer)
                t.add(column: "stem_hashes", .blob)
                t.add(column: "key_hashes", .blob)
                t.add(column: "countries", .text)
            }
        }
        // Releases indexed before have none: an undated one among them is compared as before.
        migrator.registerMigration("v10 days of the month an undated release names") { db in
            try db.alter(table: "release_signature") { t in t.add(column: "month_days", .text) }
        }
        // A trigger made every release's insert a statement with a savepoint, and FTS5 writes its
        // pending terms to disk at each savepoint: a segment, and its merges, for every release.
        // The writer now adds the search rows itself (`SearchTable.add`), after the batch's rows.
        migrator.registerMigration("v11 search rows added by the writer, not by a trigger") { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS release_search_insert")
        }
        return migrator
    }
}
