import Foundation
import Testing

/// What the daemon says at start about its configuration, so that a part lost on the way (an
/// entities folder left out of an install) shows in the journal.
@Suite(.serialized)
struct DaemonStartTests {
    @Test func daemonLogsWhatItLoaded() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        try veille.waitUntil("the daemon to log its configuration") { veille.log.contains("configuration loaded") }
        let line = try #require(veille.log.split(separator: "\n").first { $0.contains("configuration loaded") })
        #expect(line.contains("topics=terrorism,arms-control,diplomacy"))
        #expect(line.range(of: #"countries=[1-9]"#, options: .regularExpression) != nil)
        #expect(line.range(of: #"organisations=[1-9]"#, options: .regularExpression) != nil)
        #expect(!veille.log.contains("configuration warning"))
    }

    @Test func daemonWarnsWhenTheEntitiesAreMissing() throws {
        let veille = try VeilleProcess()
        veille.environment["VEILLE_ENTITIES"] = veille.folder + "/no-entities"
        try veille.startWatching()
        try veille.waitUntil("the daemon to warn") { veille.log.contains("configuration warning") }
        #expect(veille.log.contains("no-entities: does not exist, so no country or organisation will be recognised"))
        #expect(veille.log.contains("countries=0"))
    }
}
