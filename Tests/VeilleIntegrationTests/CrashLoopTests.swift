import Foundation
import Testing

/// A file that kills the daemon while it is read (a parser crash) must not kill it for ever:
/// after two such deaths, the file goes to failed/ with its reason and the daemon goes on.
struct CrashLoopTests {
    @Test func fileThatKillsTheReaderTwiceIsSetAsideAndTheDaemonGoesOn() throws {
        let veille = try VeilleProcess()
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt")).write(to: URL(fileURLWithPath: veille.inbox + "/crasher.txt"))
        // Two runs die while reading the file, as a crashing parser would make them.
        veille.environment["VEILLE_TEST_KILL_AT"] = "reading"
        for run in 1...2 {
            try veille.startWatching(untilDigest: false)
            try veille.waitUntil("run \(run) to die while reading", timeout: 30) { !veille.isRunning }
            #expect(veille.list("State/processing").contains("crasher.txt"), "the file waits in processing/")
        }
        // The third run sets it aside and takes what comes next.
        veille.environment["VEILLE_TEST_KILL_AT"] = nil
        try veille.startWatching()
        try veille.waitUntil("the file to be set aside", timeout: 30) { veille.list("State/failed").contains("crasher.txt") }
        let reason = veille.contents("State/failed/crasher.txt.reason.txt") ?? ""
        #expect(reason.contains("Veille stopped 2 times while reading this file"))
        #expect(veille.list("State/processing").isEmpty, "no file and no marker left behind")
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt") + Array("\nA second copy.".utf8))
            .write(to: URL(fileURLWithPath: veille.inbox + "/next.txt"))
        try veille.waitUntil("the next file to be indexed", timeout: 30) { veille.list("Inbox").isEmpty && veille.list("State/processing").isEmpty }
        #expect(veille.isRunning)
        #expect(veille.send(SIGTERM).status == 0)
    }
}
