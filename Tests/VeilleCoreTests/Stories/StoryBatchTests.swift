import Foundation
import GRDB
import Testing

@testable import VeilleCore

/// A batch writes its features' frequency counts once, at its end; its lookups add the counts not
/// written yet to those they read. Releases filed in one batch must therefore find the same stories,
/// post the same features and leave the same counts and norms as releases filed one by one.
struct StoryBatchTests {
    private static let start = Date(timeIntervalSince1970: 1_764_000_000)
    private static let day = Day(containing: start, in: .gmt)

    /// Generated releases, and reposts of some of them with a line added, which join their story.
    private static func releases() throws -> [Release] {
        let corpus = SyntheticCorpus(seed: 7)
        let extractor = EntityExtractor(gazetteer: try TestConfiguration.gazetteer())
        var releases = (0..<80).map { corpus.release($0, receivedAt: start.addingTimeInterval(Double($0) * 60)) }
        for number in stride(from: 0, to: 80, by: 7) {
            var repost = releases[number]
            repost.contentHash += "-repost"
            repost.fileName = "repost-" + repost.fileName
            repost.body += "\n\nMise à jour : la rédaction a précisé le lieu de la réunion."
            repost.receivedAt = start.addingTimeInterval(Double(number) * 60 + 30)
            releases.insert(repost, at: min(releases.count, number + 3))
        }
        return releases.map { release in
            var release = release
            release.entities = extractor.entities(in: release)
            return release
        }
    }

    /// Story ids, feature postings and counts, and each signature's match and norms, as text.
    private static func snapshot(of index: ReleaseIndex) throws -> [String] {
        let queries = [
            "SELECT id, story_id FROM release ORDER BY id",
            "SELECT feature, releases FROM story_feature_frequency ORDER BY feature",
            "SELECT feature, day, release_id FROM story_feature ORDER BY feature, day, release_id",
            """
            SELECT release_id, match_kind, match_release, match_score, norm_stems, norm_keys, norm_total
            FROM release_signature ORDER BY release_id
            """,
        ]
        return try index.read { db in
            try queries.flatMap { sql in try Row.fetchAll(db, sql: sql).map(\.description) }
        }
    }

    @Test func oneBatchFilesReleasesAsOneByOneDoes() throws {
        let releases = try Self.releases()
        let single = try ReleaseIndex.inMemory()
        for release in releases {
            _ = try single.add(release, archivedPath: "archive/\(release.fileName)", receivedOn: Self.day, at: Self.start)
        }
        let batched = try ReleaseIndex.inMemory()
        _ = try batched.add(releases.map { ($0, "archive/\($0.fileName)", Self.day) }, at: Self.start)

        let expected = try Self.snapshot(of: single)
        #expect(try Self.snapshot(of: batched) == expected)
        let joined = try single.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM release WHERE story_id != id") ?? 0
        }
        #expect(joined >= 10)
        let total = try single.read { db in
            try Int.fetchOne(db, sql: "SELECT releases FROM story_feature_frequency WHERE feature = 0")
        }
        #expect(total == releases.count)
    }
}
