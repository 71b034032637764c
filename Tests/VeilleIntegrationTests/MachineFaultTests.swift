import Foundation
import Testing

/// A full disk or a read-only state folder, simulated with the test-only VEILLE_TEST_FAULT hook
/// (a loop or tmpfs mount needs privileges CI does not have): the file waits in the inbox, one
/// error is logged, and the daemon recovers by itself once the fault clears.
@Suite(.serialized)
struct MachineFaultTests {
    @Test(arguments: ["ENOSPC", "EROFS"])
    func fileWaitsInTheInboxOneErrorIsLoggedAndTheDaemonRecovers(fault: String) throws {
        let veille = try VeilleProcess()
        let flag = veille.state + "/.fault"
        veille.environment["VEILLE_TEST_FAULT"] = flag
        try veille.startWatching()
        try Data(fault.utf8).write(to: URL(fileURLWithPath: flag))
        try veille.drop("accord.txt", GeneratedRelease.valid(1, using: &Self.random).bytes)
        try veille.waitUntil("the fault to be logged") { veille.log.contains("error pass failed") }
        usleep(3_500_000)  // At least two retries with backoff (2 s, then 4 s).

        #expect(veille.list("Inbox") == ["accord.txt"])
        #expect(veille.list("State/processing").isEmpty)
        #expect(veille.files(under: "State/archive").isEmpty)
        #expect(veille.log.components(separatedBy: "error pass failed").count == 2, "one error, not one per retry")
        #expect(veille.log.contains(fault == "ENOSPC" ? "no space left on device" : "read-only file system"))
        // status.json cannot be written either while the fault lasts; the backlog is counted live.
        #expect(try veille.run(["status"]).output.contains("inbox       1 file waiting, 0 in processing"))

        try FileManager.default.removeItem(atPath: flag)
        try veille.waitUntil("the file to be indexed once the fault clears", timeout: 20) {
            veille.files(under: "State/archive").count == 1 && veille.list("Inbox").isEmpty
        }
        try veille.waitUntil("the recovery to be logged") { veille.log.contains("notice recovered") }
        let recovered = try veille.run(["status"]).output
        #expect(recovered.contains("(recovered): "))
        #expect(recovered.contains(fault == "ENOSPC" ? "no space left on device" : "read-only file system"))
        #expect(veille.send(SIGTERM).status == 0)
    }

    nonisolated(unsafe) static var random = SplitMix64(seed: 5)
}
