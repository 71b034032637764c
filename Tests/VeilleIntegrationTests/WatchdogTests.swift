import Foundation
import Testing

/// The watchdog hears from the intake loop when a pass is done, not from a timer: while a pass is
/// stuck, systemd hears nothing and, past WatchdogSec, restarts the daemon.
@Suite(.serialized)
struct WatchdogTests {
    @Test func watchdogFallsSilentWhileAPassIsStuckAndResumesAfter() throws {
        let veille = try VeilleProcess()
        let socket = try NotifySocket(path: veille.folder + "/notify.sock")
        veille.environment["NOTIFY_SOCKET"] = socket.path
        veille.environment["WATCHDOG_USEC"] = "1000000"
        // Each step of taking a file (claimed, committed…) now lasts 2 s: a pass stuck on a file.
        veille.environment["VEILLE_TEST_STEP_PAUSE_MS"] = "2000"
        try veille.startWatching()
        _ = try socket.wait(for: "READY=1")
        #expect(socket.collect(for: 1.5).contains { $0.contains("WATCHDOG=1") }, "idle passes ping every poll")

        var random = SplitMix64(seed: 5)
        try veille.drop("accord.txt", GeneratedRelease.valid(1, using: &random).bytes)
        try veille.waitUntil("the file to be claimed") { !veille.list("State/processing").isEmpty }
        // Pings sent before the claim may still wait in the socket's queue: let them out first.
        _ = socket.collect(for: 0.3)
        let whileStuck = socket.collect(for: 1.2)
        #expect(!whileStuck.contains { $0.contains("WATCHDOG=1") }, "no ping while the pass is stuck: \(whileStuck)")
        try veille.waitUntil("the file to be archived", timeout: 30) { veille.files(under: "State/archive").count == 1 }
        _ = try socket.wait(for: "WATCHDOG=1")
    }
}
