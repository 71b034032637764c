import Foundation
import Testing

/// A corrupted index recovered with `veille backup` and `veille rebuild`, as README tells.
@Suite(.serialized)
struct BackupRebuildTests {
    @Test func backupHoldsTheIndexTheLabelsAndAManifestOfTheArchive() throws {
        let veille = try VeilleProcess.withThreeReleases()
        #expect(try veille.run(["label", "3", "--add", "diplomacy"]).status == 0)
        let backup = veille.folder + "/backup"
        let result = try veille.run(["backup", backup])
        #expect(result.output == "backed up 3 releases and 1 label to \(backup); the manifest lists 3 archived files\n")
        let manifest = try String(contentsOfFile: backup + "/manifest.tsv", encoding: .utf8).split(separator: "\n")
        #expect(manifest.count == 4)
        #expect(manifest.dropFirst().allSatisfy { $0.hasPrefix("archive/") && $0.split(separator: "\t").last?.count == 64 })
        #expect(try String(contentsOfFile: backup + "/labels.tsv", encoding: .utf8).contains("\tdiplomacy\t1\t"))
        // The copy is a working index: the commands read it as they read the state folder's.
        try FileManager.default.createDirectory(atPath: veille.folder + "/Copy", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: backup + "/index.sqlite", toPath: veille.folder + "/Copy/index.sqlite")
        veille.environment["VEILLE_STATE"] = veille.folder + "/Copy"
        #expect(try veille.run(["search", "--topic", "diplomacy"]).output.contains("#3 "))
        #expect(try veille.run(["backup", backup]).status == 74, "a used folder is refused")
    }

    @Test func rebuildRecoversACorruptedIndexFromTheArchiveWithTheBackedUpLabels() throws {
        let veille = try VeilleProcess.withThreeReleases()
        let festival = try #require(
            try veille.run(["search", "festival"]).output.split(separator: " ").first.map { String($0.dropFirst()) })
        #expect(try veille.run(["label", festival, "--add", "diplomacy"]).status == 0)
        #expect(try veille.run(["backup", veille.folder + "/backup"]).status == 0)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: veille.state + "/index.sqlite" + suffix) }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: veille.state + "/index.sqlite"))
        #expect(try veille.run(["search", "festival"]).status == 74)

        let rebuilt = try veille.run(["rebuild", "--labels", veille.folder + "/backup"])
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        #expect(rebuilt.output.contains("3 releases indexed, 0 duplicates, 0 failed"))
        #expect(rebuilt.output.contains("labels: 1 of 1 put back"))
        let found = try veille.run(["search", "--topic", "diplomacy", "festival"])
        #expect(found.status == 0)
        #expect(found.output.contains("Kpalimé Arts Festival"))
        #expect(veille.list("State").contains { $0.hasPrefix("index.sqlite.replaced-") })
    }

    @Test func rebuildRefusesWhileTheDaemonRuns() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        let result = try veille.run(["rebuild"])
        #expect(result.status == 1)
        #expect(result.errors.contains("stop it first"))
    }
}
