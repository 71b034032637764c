import Foundation
import Testing

/// What systemd and an operator see of the daemon: sd_notify datagrams on a fake
/// $NOTIFY_SOCKET, and `veille status` while it runs and once it stopped.
@Suite(.serialized)
struct ServiceTests {
    @Test func daemonNotifiesReadyStatusWatchdogReloadingAndStopping() throws {
        let veille = try VeilleProcess()
        let socket = try NotifySocket(path: veille.folder + "/notify.sock")
        veille.environment["NOTIFY_SOCKET"] = socket.path
        veille.environment["WATCHDOG_USEC"] = "1000000"
        try veille.startWatching()
        let ready = try socket.wait(for: "READY=1")
        #expect(ready.contains("STATUS=0 indexed, 0 duplicates, 0 failed since start; 0 waiting in the inbox"))
        _ = try socket.wait(for: "WATCHDOG=1")

        var random = SplitMix64(seed: 9)
        try veille.drop("accord.txt", GeneratedRelease.valid(1, using: &random).bytes)
        _ = try socket.wait(for: "STATUS=1 indexed")
        veille.send(SIGHUP)
        _ = try socket.wait(for: "RELOADING=1")
        _ = try socket.wait(for: "READY=1")
        #expect(veille.send(SIGTERM).status == 0)
        _ = try socket.wait(for: "STOPPING=1")
    }

    @Test func statusReportsTheDaemonTheBacklogTodayAndWhetherItRuns() throws {
        let veille = try VeilleProcess()
        #expect(try veille.run(["status"]).output.contains("not running (it never ran on this state folder)"))
        try veille.startWatching()
        var random = SplitMix64(seed: 11)
        try veille.drop("accord.txt", GeneratedRelease.valid(1, using: &random).bytes)
        try veille.drop("vide.txt", [])
        try veille.waitUntil("both files to be taken") { veille.list("Inbox").isEmpty && veille.list("State/failed").count == 2 }
        // A file still being written waits in the inbox and counts as backlog.
        let writer = FileHandle.creating(veille.inbox + "/en-cours.txt")
        defer { try? writer.close() }
        try writer.write(contentsOf: Data("Titre\n\n".utf8))
        try veille.waitUntil("the status to count the file") {
            (try? veille.run(["status"]).output.contains("daemon      running, pid \(veille.pid ?? 0), up ")) == true
        }
        let running = try veille.run(["status"])
        #expect(running.status == 0)
        #expect(running.output.contains("inbox       1 file waiting, 0 in processing"))
        #expect(running.output.contains(": 1 release indexed, 0 duplicates, 1 failed"))
        #expect(running.output.contains("last error  none"))
        #expect(running.output.contains("learning    nothing yet: no analyst label"))

        #expect(veille.send(SIGTERM).status == 0)
        let stopped = try veille.run(["status"]).output
        #expect(stopped.contains("daemon      not running (last started "))
        #expect(stopped.contains(": 1 release indexed"))
    }
}

extension FileHandle {
    /// A new file opened for writing, as a writer that takes its time holds it: created and opened
    /// in one step, not created, closed and opened again (which inotify reports as a complete file).
    static func creating(_ path: String) -> FileHandle {
        FileHandle(fileDescriptor: open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644), closeOnDealloc: true)
    }
}

/// A datagram socket standing in for systemd's notification socket.
final class NotifySocket {
    let path: String
    private let descriptor: Int32
    private var received: [String] = []

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// The first datagram not yet consumed that contains `text`, waiting up to 15 s for it.
    func wait(for text: String) throws -> String {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let index = received.firstIndex(where: { $0.contains(text) }) {
                let message = received[index]
                received.removeSubrange(...index)
                return message
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 { received.append(String(decoding: buffer.prefix(count), as: UTF8.self)) }
        }
        throw TimedOut(what: "\(text) on the notify socket (got \(received))")
    }

    /// Every datagram that arrives in the next `seconds`, with those not yet consumed.
    func collect(for seconds: TimeInterval) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 { received.append(String(decoding: buffer.prefix(count), as: UTF8.self)) }
        }
        defer { received = [] }
        return received
    }
}
