import Glibc

/// An advisory lock on a file (flock(2)), released when this value ends or the process dies,
/// so that a crash never leaves a stale lock behind.
public final class FileLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock, waiting for it when `wait` is true; nil when another process holds it and
    /// `wait` is false.
    public init?(path: String, wait: Bool) throws(VeilleError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o660)
        guard descriptor >= 0 else { throw FileSystem.failure(.io, path, "cannot be opened as a lock") }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let error = FileSystem.failure(.io, path, "cannot be locked")
            close(descriptor)
            if busy { return nil }
            throw error
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}

extension FileLock {
    /// True when some process holds the lock at `path`. Opens the file read-only, so that users
    /// who may only read the state folder can ask.
    public static func isHeld(path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0 else { return false }
        return errno == EWOULDBLOCK
    }
}
