import Foundation
import Testing
import VeilleCore

/// `veille watch` as it runs in production: a real process, a real inbox, real signals.
@Suite(.serialized)
struct WatchDaemonTests {
    @Test func daemonIndexesArchivesAndQuarantinesDroppedFilesThenStopsCleanly() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()

        let french = try VeilleProcess.fixture("fr-visite-officielle.html")
        let english = try VeilleProcess.fixture("en-small-arms-workshop.txt")
        try veille.drop("visite.html", french)
        try veille.drop("workshop.txt", english)
        try veille.drop("workshop-copy.txt", english)
        try veille.drop("empty.txt", [])
        try veille.drop("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try veille.waitUntil("the inbox to empty and the failures to be noted") {
            veille.list("Inbox").isEmpty && veille.list("State/failed").count == 4
                && (veille.contents("State/digests/latest.md")?.contains("Not indexed (2)") ?? false)
        }

        // The index holds the two releases once each, with their topics.
        let index = try ReleaseIndex(path: veille.state + "/index.sqlite", readOnly: true)
        #expect(try index.count() == 2)
        let visit = try #require(try index.search(SearchQuery("Niamey")).first?.release)
        #expect(visit.release.language == .fr)
        #expect(visit.release.format == .html)
        #expect(visit.release.assignedTopics == ["diplomacy"])
        #expect(visit.release.published?.description == "2025-03-14")
        let workshop = try #require(try index.search(SearchQuery("workshop")).first?.release)
        #expect(workshop.release.language == .en)
        #expect(workshop.release.assignedTopics == ["arms-control"])

        // Three files archived (one a duplicate), two quarantined with their reasons.
        #expect(
            veille.files(under: "State/archive").map { ($0 as NSString).lastPathComponent }.sorted()
                == ["visite.html", "workshop-copy.txt", "workshop.txt"])
        #expect(veille.list("State/failed") == ["empty.txt", "empty.txt.reason.txt", "image.html", "image.html.reason.txt"])
        #expect(veille.contents("State/failed/empty.txt.reason.txt")?.hasPrefix("The file is empty.") == true)
        #expect(veille.contents("State/failed/image.html.reason.txt")?.hasPrefix("The file is a PNG image") == true)
        #expect(veille.list("State/processing").isEmpty)

        // Today's digest files each release under its topic, and lists the duplicate and the failures.
        let digest = try #require(veille.contents("State/digests/latest.md"))
        let diplomacy = try #require(digest.range(of: "## Diplomacy\n\n1 story."))
        let armsControl = try #require(digest.range(of: "## Arms control\n\n1 story."))
        let other = try #require(digest.range(of: "## Other\n\n0 stories."))
        #expect(digest.contains("**2 releases** received"))
        #expect(
            digest[armsControl.upperBound..<diplomacy.lowerBound].contains("Lomé")
                || digest[armsControl.upperBound..<diplomacy.lowerBound].contains("workshop"))
        #expect(digest[diplomacy.upperBound..<other.lowerBound].contains("Niamey"))
        #expect(digest.contains("## Duplicates (1)\n\n- `workshop-copy.txt` — same content as #"))
        #expect(digest.contains("- `empty.txt` — The file is empty. (failed/empty.txt)"))

        let stop = veille.send(SIGTERM)
        #expect(stop.status == 0)
        #expect(stop.log.contains("info stopped"))
        #expect(stop.log.contains("warning quarantined") && stop.log.contains("file=empty.txt"))
    }

    @Test func invalidConfigurationOnReloadIsRefusedAndTheDaemonKeepsWorking() throws {
        let veille = try VeilleProcess()
        let config = veille.folder + "/Config"
        try FileManager.default.copyItem(atPath: VeilleProcess.repository + "/Config", toPath: config)
        veille.environment["VEILLE_CONFIG"] = config + "/veille.yaml"
        try veille.startWatching()

        try "poll_interval_seconds: often\n".write(toFile: config + "/veille.yaml", atomically: true, encoding: .utf8)
        _ = veille.send(SIGHUP)
        usleep(500_000)
        #expect(veille.isRunning)
        try veille.drop("note.txt", try VeilleProcess.fixture("en-small-arms-workshop.txt"))
        try veille.waitUntil("the release to be indexed after the refused reload") {
            veille.list("Inbox").isEmpty && veille.files(under: "State/archive").count == 1
        }

        let stop = veille.send(SIGTERM)
        #expect(stop.status == 0)
        #expect(stop.log.contains("configuration reload refused"))
        #expect(stop.log.contains("poll_interval_seconds must be a number of seconds"))
    }

    @Test func secondDaemonOnTheSameStateFolderIsRefused() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        let second = try veille.run(["watch"])
        #expect(second.status == 1)
        #expect(second.errors.contains("another veille watch is already running"))
        #expect(veille.send(SIGTERM).status == 0)
    }

    @Test func filesLeftInTheInboxBeforeStartAreTakenOnTheFirstLook() throws {
        let veille = try VeilleProcess()
        try veille.drop("waiting.txt", try VeilleProcess.fixture("en-small-arms-workshop.txt"))
        try veille.startWatching()
        try veille.waitUntil("the waiting file to be indexed") { veille.files(under: "State/archive").count == 1 }
        #expect(veille.send(SIGINT).status == 0)
    }
}
