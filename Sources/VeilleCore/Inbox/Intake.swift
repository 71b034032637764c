import Foundation
import Logging

/// A file moved out of the inbox into `processing/`: from here it is archived or quarantined,
/// never lost.
public struct ClaimedFile: Sendable, Equatable {
    /// Where it is now, inside `processing/`.
    public var path: String
    /// The name it had in the inbox, which the archive keeps.
    public var name: String
    public var receivedAt: Date
    /// Found in processing/ rather than claimed by this run: a run that stopped may have committed
    /// its outcome already.
    public var resumed: Bool

    public init(path: String, name: String, receivedAt: Date, resumed: Bool = false) {
        self.path = path
        self.name = name
        self.receivedAt = receivedAt
        self.resumed = resumed
    }
}

/// Moves files between the inbox, `processing/`, the archive and `failed/`.
///
/// Callers hold the state folder's write lock, so the free names chosen here stay free until
/// the move that uses them.
public struct Intake: Sendable {
    public let layout: StateLayout

    public init(layout: StateLayout) { self.layout = layout }

    /// Creates the state folder's layout where it is missing.
    public func prepare() throws(VeilleError) {
        for folder in layout.folders { try FileSystem.createFolder(folder) }
    }

    /// Removes the `.NAME.PID.tmp` files that a process killed while writing left in processing/,
    /// failed/ and digests/. Files of a process still running are left alone.
    public func removeAbandonedTemporaries() throws(VeilleError) {
        for folder in [layout.processing, layout.failed, layout.digests] {
            for name in try FileSystem.list(folder) {
                let parts = String(decoding: name, as: UTF8.self).split(separator: ".")
                guard name.first == UInt8(ascii: "."), parts.count >= 3, parts.last == "tmp",
                    let pid = Int32(parts[parts.count - 2]), kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                unlink(RawPath(folder: folder, name: name).string)
            }
        }
    }

    /// Renames an inbox entry into `processing/`. A symbolic link is moved as a link, never followed.
    public func claim(_ entry: InboxEntry, from inbox: String, at now: Date) throws(VeilleError) -> ClaimedFile {
        let name = Self.safeName(entry.name)
        let destination = try FileSystem.freePath(in: layout.processing, for: name)
        try FileSystem.move(RawPath(folder: inbox, name: entry.rawName), to: destination)
        FaultInjection.reached(.claimed)
        return ClaimedFile(path: destination, name: name, receivedAt: now)
    }

    /// Copies a file from anywhere into `processing/`, for `veille ingest`: the original stays put.
    public func claimCopy(of path: String, limit: Int, at now: Date) throws(VeilleError) -> ClaimedFile {
        let name = Self.safeName((path as NSString).lastPathComponent)
        let destination = try FileSystem.freePath(in: layout.processing, for: name)
        try FileSystem.writeAtomically(FileSystem.read(path, limit: limit), to: destination)
        return ClaimedFile(path: destination, name: name, receivedAt: now)
    }

    /// The files left in `processing/` by a run that stopped before finishing them.
    public func leftovers(at now: Date) throws(VeilleError) -> [ClaimedFile] {
        try FileSystem.list(layout.processing).filter { !InboxScanner.isIgnored($0) }.map { raw in
            let name = String(decoding: raw, as: UTF8.self)
            let path = (layout.processing as NSString).appendingPathComponent(name)
            return ClaimedFile(path: path, name: name, receivedAt: now, resumed: true)
        }
    }

    /// A free path for `name` in the archive folder of `day`, created if needed.
    public func archivePath(for name: String, on day: Day) throws(VeilleError) -> String {
        let folder = layout.archiveFolder(for: day)
        try FileSystem.createFolder(folder)
        return try FileSystem.freePath(in: folder, for: name)
    }

    /// Moves a processed file to its archive path.
    public func archive(_ file: ClaimedFile, to path: String) throws(VeilleError) {
        try FileSystem.move(file.path, to: path)
        FileSystem.syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Writes `NAME.reason.txt` for a file about to go to `destination` in failed/. It comes before
    /// the intake record and the move, so failed/ never holds a file without its reason.
    public func writeReason(for file: ClaimedFile, because error: VeilleError, at destination: String) throws(VeilleError) {
        let note = """
            \(error.reason)
            File: \(file.name)
            Received: \(InternetTime.string(from: file.receivedAt))
            Code: \(error.code.rawValue)

            """
        try FileSystem.writeAtomically(Array(note.utf8), to: destination + ".reason.txt")
    }

    /// Moves a file that cannot be indexed to its place in `failed/`, beside its reason.
    public func quarantine(_ file: ClaimedFile, to destination: String) throws(VeilleError) {
        try FileSystem.move(file.path, to: destination)
        FileSystem.syncFolder(layout.failed)
    }

    /// Returns a claimed file to the inbox after a machine fault, under its own name, unless
    /// something new took that name meanwhile (then it stays in processing/ and is retried).
    public func putBack(_ file: ClaimedFile, to inboxPath: RawPath, logger: Logger) {
        do throws(VeilleError) {
            try FileSystem.moveWithoutReplacing(RawPath(file.path), to: inboxPath)
            logger.debug("returned a file to the inbox until the fault clears", metadata: ["file": "\(file.name)"])
        } catch {
            logger.notice(
                "kept a file in processing until the fault clears", metadata: ["file": "\(file.name)", "detail": "\(error)"])
        }
    }

    /// A name safe to create anywhere: no slash, not hidden, not empty, at most 200 bytes.
    static func safeName(_ name: String) -> String {
        var cleaned = name.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\n", with: " ")
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.isEmpty { cleaned = "unnamed" }
        while cleaned.utf8.count > 200 { cleaned.removeFirst() }
        return cleaned
    }
}
