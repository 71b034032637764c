import Foundation

import Glibc

/// Every system call Veille makes on files goes through here, so that each failure names the
/// file and says what the system reported.
public enum FileSystem {
    /// What `lstat` says of a path, without following a symbolic link.
    public struct Status: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case regular
            case symlink
            case directory
            /// A FIFO, socket or device: never opened, since reading one could block or do harm.
            case special
        }

        public var kind: Kind
        public var size: Int
        /// Modification time in nanoseconds since 1970.
        public var modified: Int
        public var inode: UInt64
        public var device: UInt64
        /// Last status change (a rename, for one) in nanoseconds since 1970.
        public var changed: Int
    }

    /// The status of `path`, or nil when nothing is there.
    public static func status(_ path: String) throws(VeilleError) -> Status? { try status(RawPath(path)) }

    /// The status of `path`, or nil when nothing is there.
    public static func status(_ path: RawPath) throws(VeilleError) -> Status? {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure(.io, path.string, "cannot be examined")
        }
        return Status(info)
    }

    /// The names in `folder`, without "." and "..", as raw bytes so that names that are not
    /// valid UTF-8 can still be moved.
    public static func list(_ folder: String) throws(VeilleError) -> [[UInt8]] {
        guard let directory = opendir(folder) else { throw failure(.io, folder, "cannot be listed") }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// Reads a regular file whole, refusing links, special files and files over `limit` bytes
    /// before reading any of them.
    public static func read(_ path: String, limit: Int) throws(VeilleError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case EACCES, EPERM:
                throw VeilleError(
                    .unreadable, path: path,
                    "Veille may not read the file (permission denied); give the veille group read access.")
            case ELOOP:
                throw VeilleError(.notRegularFile, path: path, "The file is a symbolic link; Veille does not follow links.")
            default: throw failure(.io, path, "cannot be opened")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(.io, path, "cannot be examined") }
        guard Status(info).kind == .regular else {
            throw VeilleError(.notRegularFile, path: path, "The entry is not a regular file.")
        }
        guard Int(info.st_size) <= limit else {
            throw VeilleError(
                .tooLarge, path: path,
                "The file is \(ByteSize.describe(Int(info.st_size))), over the \(ByteSize.describe(limit)) limit (max_file_size)."
            )
        }
        // One byte more than the file's size, so that a file still growing is noticed at once.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(65_536, bytes.count / 2)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress?.advanced(by: filled), buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure(.io, path, "cannot be read") }
            if count == 0 { break }
            filled += count
            guard filled <= limit else {
                throw VeilleError(
                    .tooLarge, path: path,
                    "The file grew past the \(ByteSize.describe(limit)) limit (max_file_size) while being read.")
            }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Renames `source` to `destination`, copying then removing across file systems.
    public static func move(_ source: String, to destination: String) throws(VeilleError) {
        try move(RawPath(source), to: destination)
    }

    /// Renames `source` to `destination`, copying then removing across file systems. A source
    /// that is not there (any more) throws `.notFound`.
    public static func move(_ source: RawPath, to destination: String) throws(VeilleError) {
        if let fault = FaultInjection.fault(moving: source.string, to: destination) {
            errno = fault
            throw failure(.io, source.string, "cannot be moved to \(destination)")
        }
        guard source.withCString({ rename($0, destination) }) != 0 else { return }
        if errno == ENOENT, try status(source) == nil { throw failure(.notFound, source.string, "is gone") }
        guard errno == EXDEV else { throw failure(.io, source.string, "cannot be moved to \(destination)") }
        try writeAtomically(read(source.string, limit: Int.max), to: destination)
        guard source.withCString({ unlink($0) }) == 0 else {
            throw failure(.io, source.string, "was copied to \(destination) but cannot be removed")
        }
    }

    /// Renames `source` to `destination` unless something is there already, in one step
    /// (renameat2 with RENAME_NOREPLACE), so that a file that arrived meanwhile is never replaced.
    public static func moveWithoutReplacing(_ source: RawPath, to destination: RawPath) throws(VeilleError) {
        if let fault = FaultInjection.fault(moving: source.string, to: destination.string) {
            errno = fault
            throw failure(.io, source.string, "cannot be moved to \(destination)")
        }
        guard let renameat2 = renameWithFlags else {
            errno = ENOSYS
            throw failure(.io, source.string, "cannot be moved to \(destination) without risk of replacing a file")
        }
        let noReplace: UInt32 = 1  // RENAME_NOREPLACE, which Swift's Glibc module does not export.
        let moved = source.withCString { from in
            destination.withCString { to in renameat2(AT_FDCWD, from, AT_FDCWD, to, noReplace) }
        }
        guard moved == 0 else { throw failure(.io, source.string, "cannot be moved to \(destination)") }
    }

    /// glibc's renameat2(2), looked up at run time since Swift's Glibc module leaves it out.
    private static let renameWithFlags: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Writes `bytes` to a temporary file beside `path`, syncs it, renames it over `path` and
    /// syncs the folder: readers see the old file or the new one, never a part.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(VeilleError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        if FaultInjection.refuses(writingTo: path) { throw failure(.io, temporary, "cannot be written") }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure(.io, temporary, "cannot be created") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress?.advanced(by: written), bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let error = failure(.io, temporary, "cannot be written")
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let error = failure(.io, temporary, "cannot be synced to disk")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(.io, path, "cannot be replaced")
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Flushes a folder's entries, so that a rename into it survives a power cut.
    public static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Creates `path` and its missing parents.
    public static func createFolder(_ path: String) throws(VeilleError) {
        if case .directory = try status(path)?.kind { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try createFolder(parent) }
        guard !FaultInjection.refuses(writingTo: path), mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw failure(.io, path, "cannot be created")
        }
    }

    /// Creates the inbox if it is missing, writable by the group and setgid, so that every analyst
    /// of the daemon's group can drop files and the files keep that group. True when it was created.
    ///
    /// Under systemd's `RestrictSUIDSGID=yes`, chmod(2) may not set the setgid bit, so the bits come
    /// from mkdir(2) itself: a umask that keeps the group's write bit for this one call, and the
    /// setgid bit, which a folder inherits from a setgid parent (the unit's `StateDirectoryMode=2750`).
    /// Elsewhere chmod adds the setgid bit; where it may not, the inbox is still made, and
    /// `inboxLacksGroupBits` lets the daemon say so rather than stop.
    @discardableResult
    public static func createInbox(_ path: String) throws(VeilleError) -> Bool {
        guard try status(path) == nil else { return false }
        try createFolder((path as NSString).deletingLastPathComponent)
        // The umask is the process's: the window is one mkdir, on the loop that writes state files.
        let previous = umask(0o002)
        let made = !FaultInjection.refuses(writingTo: path) && mkdir(path, 0o775) == 0
        let reason = errno
        umask(previous)
        guard made || reason == EEXIST else {
            errno = reason
            throw failure(.io, path, "cannot be created")
        }
        if inboxLacksGroupBits(path) { _ = chmod(path, 0o2775) }
        return true
    }

    /// Whether the inbox lacks the group-write or setgid bit that analysts' drops rely on.
    public static func inboxLacksGroupBits(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & (S_ISGID | S_IWGRP) != (S_ISGID | S_IWGRP)
    }

    /// A path in `folder` for `name` that nothing occupies yet: "name.txt", then "name-2.txt"…
    public static func freePath(in folder: String, for name: String) throws(VeilleError) -> String {
        let base = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension
        var candidate = (folder as NSString).appendingPathComponent(name)
        var number = 2
        while try status(candidate) != nil {
            let numbered = suffix.isEmpty ? "\(base)-\(number)" : "\(base)-\(number).\(suffix)"
            candidate = (folder as NSString).appendingPathComponent(numbered)
            number += 1
        }
        return candidate
    }

    static func failure(_ code: VeilleError.Code, _ path: String, _ what: String) -> VeilleError {
        let reason = String(cString: strerror(errno))
        return VeilleError(code, path: path, "The path \(what): \(reason.lowercased()).")
    }
}

extension FileSystem.Status {
    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFLNK: kind = .symlink
        case S_IFDIR: kind = .directory
        default: kind = .special
        }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }
}

/// A path as the file system holds it: bytes, which need not be valid UTF-8.
public struct RawPath: Sendable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(_ path: String) { bytes = Array(path.utf8) }

    /// `name`, exactly as listed, inside `folder`.
    public init(folder: String, name: [UInt8]) { bytes = Array(folder.utf8) + [0x2F] + name }

    /// The path for messages, with any invalid bytes shown as U+FFFD.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
    public var description: String { string }

    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        body(bytes.map { CChar(bitPattern: $0) } + [0])
    }
}
