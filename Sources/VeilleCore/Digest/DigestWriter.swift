import Foundation
import Glibc

/// Writes digests into `digests/` atomically, and keeps `latest.md` pointing at the newest day.
public struct DigestWriter: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// `digests/2026-11-23.md`.
    public func path(for day: Day) -> String { (folder as NSString).appendingPathComponent("\(day).md") }

    public var latestPath: String { (folder as NSString).appendingPathComponent("latest.md") }

    /// Replaces the day's file whole (a reader sees the old digest or the new one, never a part) and,
    /// when `isLatest`, points `latest.md` at it.
    public func write(_ markdown: String, for day: Day, isLatest: Bool) throws(VeilleError) {
        try FileSystem.createFolder(folder)
        try FileSystem.writeAtomically(Array(markdown.utf8), to: path(for: day))
        if isLatest { try pointLatest(at: day) }
    }

    /// Swaps `latest.md` to a relative link to the day's file in one rename.
    private func pointLatest(at day: Day) throws(VeilleError) {
        let temporary = (folder as NSString).appendingPathComponent(".latest.md.\(getpid()).tmp")
        unlink(temporary)
        guard symlink("\(day).md", temporary) == 0 else { throw FileSystem.failure(.io, temporary, "cannot be created") }
        guard rename(temporary, latestPath) == 0 else {
            let error = FileSystem.failure(.io, latestPath, "cannot be replaced")
            unlink(temporary)
            throw error
        }
        FileSystem.syncFolder(folder)
    }
}
