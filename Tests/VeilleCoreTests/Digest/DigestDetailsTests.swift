import Foundation
import Testing

@testable import VeilleCore

/// A digest built from the index reads its day without the releases' topics and entities, and
/// asks for them by id, 64 releases at a time in story order, each story adding up its own: it must say what
/// a digest built from the day read whole says.
struct DigestDetailsTests {
    private static let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
    private static let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC
    private static let places = ["Kara", "Sokodé", "Atakpamé", "Dapaong", "Aného", "Tsévié", "Bassar", "Mango", "Kpalimé"]

    /// Nine stories of nine releases each (more than a chunk), each release naming a few
    /// entities, some of them shared, with topics and their evidence.
    private static func indexedDay() throws -> ReleaseIndex {
        let index = try ReleaseIndex.inMemory()
        var count = 0
        for (story, place) in places.enumerated() {
            let body = """
                Le ministre de la Santé a inauguré ce mardi un centre de soins à \(place), en présence des autorités de la région.
                Le centre de \(place) accueillera chaque mois plus de \(story + 2) mille patients venus des villages voisins.
                La construction, financée par la Banque mondiale, a duré \(story + 10) mois selon le gouvernement togolais.
                """
            for member in 0..<9 {
                let at = noon.addingTimeInterval(Double(count * 60))
                var release = Release(
                    fileName: "\(story)-\(member).txt", contentHash: "\(story)-\(member)", format: .text,
                    title: member == 0
                        ? "Un centre de soins à \(place)" : "\(place) : le ministre inaugure un centre (\(member))",
                    body: body, language: .fr, source: "Source \(member % 4)", receivedAt: at,
                    topics: [
                        TopicScore(
                            topic: "diplomacy", score: 0.5 + Double(member) / 20, assigned: true,
                            evidence: [Evidence(term: "santé", count: member + 1, inTitle: false)]),
                        TopicScore(
                            topic: "terrorism", score: 0.3 + Double(story) / 40, assigned: member % 3 == 0,
                            evidence: [Evidence(term: "banque", count: 1, inTitle: false)], learned: 0.2),
                    ])
                release.entities = [
                    Entity(kind: .country, key: "TG", name: "Togo", mentions: 1 + member % 2),
                    Entity(kind: .organisation, key: "WB", name: "Banque mondiale", mentions: 1 + story % 3),
                    Entity(
                        kind: .person, key: "ministre \(member % 3)", name: "Ministre \(member % 3)",
                        role: "ministre de la Santé",
                        mentions: 1 + (member + story) % 4),
                ]
                _ = try index.add(release, archivedPath: "archive/\(release.fileName)", receivedOn: day, at: at)
                count += 1
            }
        }
        return index
    }

    @Test func releasesReadWithoutDetailsGetTheirTopicsAndEntitiesBackById() throws {
        let index = try Self.indexedDay()
        let interval = Self.day.interval(in: .gmt)
        let narrow = try index.releases(receivedDuring: interval, details: false)
        #expect(narrow.count == 81)
        #expect(narrow.allSatisfy { $0.release.topics.isEmpty && $0.release.entities.isEmpty })
        let whole = try index.releases(receivedDuring: interval)
        #expect(whole.contains { !$0.release.entities.isEmpty })
        let detailed = try index.withDetails(narrow)
        #expect(detailed.map(\.release.topics) == whole.map(\.release.topics))
        #expect(detailed.map(\.release.entities) == whole.map(\.release.entities))
    }

    @Test func dayReadNarrowlyRendersTheSameMarkdownAndHTMLAsADayReadWhole() throws {
        let index = try Self.indexedDay()
        let topics = try TestConfiguration.topics()
        var builder = DigestBuilder(index: index, topics: topics, timeZone: .gmt)
        builder.watchList = WatchList(names: ["Banque mondiale"])
        let narrow = try builder.digest(for: Self.day)

        let interval = Self.day.interval(in: .gmt)
        let releases = try index.releases(receivedDuring: interval)
        let whole = Digest(
            day: Self.day, releases: releases, intake: try index.intake(during: interval), topics: topics,
            earlier: [], trends: narrow.trends, watchList: builder.watchList)

        #expect(narrow.releases.allSatisfy { $0.release.entities.isEmpty && $0.release.topics.isEmpty })
        #expect(narrow.stories.count > 1)
        #expect(narrow.stories.contains { !$0.entities.isEmpty && !$0.topics.isEmpty })
        #expect(narrow.stories.map(\.entities) == whole.stories.map(\.entities))
        #expect(narrow.stories.map(\.topics) == whole.stories.map(\.topics))
        #expect(narrow.stories.map(\.id) == whole.stories.map(\.id))
        expectSameRendering(narrow, as: whole)
    }
}
