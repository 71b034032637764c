import Foundation
import Testing

extension VeilleProcess {
    /// A temporary state folder holding three of our fixture releases (arms control, terrorism,
    /// and one of no topic), ingested today with `veille ingest`.
    static func withThreeReleases() throws -> VeilleProcess {
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        for name in ["en-small-arms-workshop.txt", "fr-communique-terrorisme.txt", "en-culture-festival.txt"] {
            try Data(try fixture(name)).write(to: URL(fileURLWithPath: sources + "/" + name))
        }
        #expect(try veille.run(["ingest", sources]).status == 0)
        return veille
    }
}
