import Foundation
import GRDB
import GRDBSQLite

/// The on-disk index: one SQLite database in WAL mode, with a full-text table kept in sync with
/// the releases, and a log of every file taken in.
///
/// It is a `Sendable` value around one database writer; the daemon and the commands share it.
public struct ReleaseIndex: Sendable {
    let writer: any DatabaseWriter

    /// Opens (and creates or migrates) the index at `path`. A read-only index is for commands that
    /// only read, so that analysts without write access to the state folder can search.
    public init(path: String, readOnly: Bool = false) throws(VeilleError) {
        var configuration = GRDB.Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(15)
        configuration.label = "veille-index"
        configuration.prepareDatabase { db in db.add(tokenizer: StemmingTokenizer.self) }
        if !readOnly {
            // Persistent WAL keeps the -wal and -shm files after the last writer closes, without
            // which read-only users (analysts in the service's group) could not open the index.
            configuration.prepareDatabase { db in
                var persist: CInt = 1
                let code = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &persist)
                guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
            }
        }
        do {
            if readOnly, try FileSystem.status(path) == nil {
                throw VeilleError(
                    .index, path: path,
                    "There is no index yet: drop releases in the inbox and run veille watch, or use veille ingest.")
            }
            if !readOnly { try FileSystem.createFolder((path as NSString).deletingLastPathComponent) }
            let pool = try DatabasePool(path: path, configuration: configuration)
            if !readOnly { try Self.migrator.migrate(pool) }
            writer = pool
        } catch let error as VeilleError {
            throw error
        } catch {
            throw VeilleError(.index, path: path, "The index cannot be opened: \(Self.describe(error))")
        }
    }

    /// An index in memory, for tests.
    public static func inMemory() throws -> ReleaseIndex {
        var configuration = GRDB.Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: StemmingTokenizer.self) }
        let queue = try DatabaseQueue(configuration: configuration)
        try migrator.migrate(queue)
        return ReleaseIndex(writer: queue)
    }

    private init(writer: any DatabaseWriter) { self.writer = writer }

    /// Runs `body` in a write transaction, turning database errors into index errors.
    func write<T>(_ body: (Database) throws -> T) throws(VeilleError) -> T {
        if let pool = writer as? DatabasePool, let fault = FaultInjection.fault(writingTo: pool.path) {
            let what = fault == EROFS ? "attempt to write a readonly database" : "database or disk is full"
            throw VeilleError(.index, path: pool.path, "The index failed: \(what).")
        }
        do { return try writer.write(body) } catch { throw Self.failure(error) }
    }

    /// Gives back the memory SQLite keeps for speed (page caches, statements), as a daemon with
    /// nothing to do should: the next write reads what it needs again.
    public func releaseMemory() {
        if let pool = writer as? DatabasePool { pool.releaseMemory() }
        if let queue = writer as? DatabaseQueue { queue.releaseMemory() }
    }

    /// Runs `body` with a consistent snapshot of the index.
    func read<T>(_ body: (Database) throws -> T) throws(VeilleError) -> T {
        do { return try writer.read(body) } catch { throw Self.failure(error) }
    }

    static func failure(_ error: any Error) -> VeilleError {
        if let error = error as? VeilleError { return error }
        return VeilleError(.index, "The index failed: \(describe(error))")
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return "\(error)"
    }
}
