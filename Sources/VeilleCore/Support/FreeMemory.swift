import Glibc

/// Hands the allocator's free pages back to the system. glibc keeps what a busy spell freed, in
/// every thread's arena, so a daemon that drained a backlog would otherwise wait at its peak size.
/// `malloc_trim` is looked up at run time: it is glibc's, and Swift's Glibc module does not
/// import `malloc.h`. Where it is missing this does nothing.
enum FreeMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map {
        unsafeBitCast($0, to: Trim.self)
    }

    static func returnToSystem() {
        _ = trim?(0)
    }
}
