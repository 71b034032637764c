import Foundation
import Testing

@testable import VeilleCore

struct LabelTests {
    private func indexWithOneRelease() throws -> ReleaseIndex {
        let index = try ReleaseIndex.inMemory()
        let release = Release(
            fileName: "a.txt", contentHash: "a", format: .text, title: "Atelier sur les armes légères",
            body: "Les armes légères et de petit calibre circulent. Le désarmement avance.", language: .fr,
            receivedAt: Date(timeIntervalSince1970: 1_749_700_000),
            topics: [TopicScore(topic: "arms-control", score: 0.8, assigned: true, evidence: [])])
        _ = try index.add(release, archivedPath: "archive/a.txt", receivedOn: Day(year: 2025, month: 6, day: 12)!, at: Date())
        return index
    }

    @Test func analystLabelWinsOverTheClassifier() throws {
        let index = try indexWithOneRelease()
        let topics = try index.label(id: 1, add: ["diplomacy"], remove: ["arms-control"], at: Date())
        #expect(Set(topics.filter(\.assigned).map(\.topic)) == ["diplomacy"])
        let allCorrected = topics.allSatisfy { $0.corrected }
        #expect(allCorrected)
        #expect(try index.labels(of: 1) == ["diplomacy": true, "arms-control": false])
    }

    @Test func labelsSurviveReindexWhileOtherTopicsAreRecomputed() throws {
        let index = try indexWithOneRelease()
        try index.label(id: 1, add: ["diplomacy"], remove: [], at: Date())
        let reindexed = try Reindexer(index: index, classifier: BlendedClassifier(rules: TopicClassifier(topics: try TestConfiguration.topics()))).run()
        #expect(reindexed == 1)
        let topics = try #require(try index.release(id: 1)).release.topics
        #expect(topics.first { $0.topic == "diplomacy" }?.assigned == true)
        #expect(topics.first { $0.topic == "diplomacy" }?.corrected == true)
        let arms = try #require(topics.first { $0.topic == "arms-control" })
        #expect(arms.assigned && !arms.corrected)
        #expect(arms.score > 0.5 && arms.score < 1)
    }

    @Test func labellingAMissingReleaseIsNotFound() throws {
        let index = try indexWithOneRelease()
        #expect(throws: VeilleError.self) { try index.label(id: 42, add: ["diplomacy"], remove: [], at: Date()) }
    }

    @Test func searchByTopicFollowsTheLabel() throws {
        let index = try indexWithOneRelease()
        try index.label(id: 1, add: [], remove: ["arms-control"], at: Date())
        let query = try SearchQuery("armes")
        #expect(try index.search(query, filters: SearchFilters(topic: "arms-control")).isEmpty)
        #expect(try index.search(query).count == 1)
    }
}
