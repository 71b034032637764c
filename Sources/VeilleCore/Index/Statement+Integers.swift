import GRDB
import GRDBSQLite

extension Statement {
    /// The integer columns of every row, `width` values a row, back to back. Stepped through
    /// SQLite's C API: GRDB's generic cursors look up type metadata for every row, which was a
    /// tenth of a story lookup by profile, where these queries read thousands of postings.
    func integers(_ arguments: StatementArguments, width: Int = 1) throws -> [Int64] {
        try setArguments(arguments)
        var values: [Int64] = []
        while true {
            let code = sqlite3_step(sqliteStatement)
            if code == SQLITE_DONE { return values }
            guard code == SQLITE_ROW else {
                let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(sqliteStatement)))
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            for column in 0..<Int32(width) { values.append(sqlite3_column_int64(sqliteStatement, column)) }
        }
    }
}
