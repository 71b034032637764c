import GRDB

extension ReleaseIndex {
    /// Whether any release names the entity `key` of `kind`: an organisation a release defined
    /// itself is a valid filter even when the gazetteer does not know it.
    public func hasEntity(kind: Entity.Kind, key: String) throws(VeilleError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM release_entity WHERE kind = ? AND key = ? LIMIT 1", arguments: [kind.rawValue, key])
                ?? false
        }
    }
}
