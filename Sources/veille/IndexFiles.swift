import Foundation
import VeilleCore

/// The files of one SQLite index: the database and, in WAL mode, its -wal and -shm companions.
enum IndexFiles {
    /// The database, its write-ahead log and its shared-memory index.
    static let suffixes = ["", "-wal", "-shm"]

    /// Moves `fresh` (and its companions) over `index`, keeping the old files as
    /// `index.replaced-DATE`; gives the new files the state folder's owner when run as root, so
    /// that the service's user can write them. Returns the old index's new name, if there was one.
    static func replace(_ index: String, with fresh: String) throws(VeilleError) -> String? {
        let stamp = Self.stamp()
        var kept: String?
        if try FileSystem.status(index) != nil {
            kept = index + ".replaced-" + stamp
            for suffix in suffixes where try FileSystem.status(index + suffix) != nil {
                try FileSystem.move(index + suffix, to: (kept ?? index) + suffix)
            }
        }
        for suffix in suffixes where try FileSystem.status(fresh + suffix) != nil {
            try FileSystem.move(fresh + suffix, to: index + suffix)
            giveStateOwner(index + suffix)
        }
        return kept
    }

    /// chown(2) to the owner of the folder that holds `path`, when run as root.
    private static func giveStateOwner(_ path: String) {
        guard getuid() == 0 else { return }
        var folder = stat()
        guard stat((path as NSString).deletingLastPathComponent, &folder) == 0 else { return }
        _ = chown(path, folder.st_uid, folder.st_gid)
    }

    /// "20261206-043336", local time, for the old index's name.
    private static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
