import Foundation
import Testing

@testable import VeilleCore

struct ReleaseIndexTests {
    private static let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)

    private func release(
        _ hash: String, title: String, body: String, topics: [String] = [], published: PublicationDate? = nil,
        receivedAt: Date = Date(timeIntervalSince1970: 1_749_700_000)
    ) -> Release {
        Release(
            fileName: "\(hash).txt", contentHash: hash, format: .text, title: title, body: body, language: .fr,
            published: published, receivedAt: receivedAt,
            topics: topics.map {
                TopicScore(topic: $0, score: 9, assigned: true, evidence: [Evidence(term: "t", count: 1, inTitle: false)])
            })
    }

    private func index(_ releases: Release...) throws -> ReleaseIndex {
        let index = try ReleaseIndex.inMemory()
        for release in releases {
            _ = try index.add(release, archivedPath: "archive/\(release.fileName)", receivedOn: Self.day, at: Date())
        }
        return index
    }

    @Test func storesAndReadsBackARelease() throws {
        let stored = release(
            "a1", title: "Atelier sur les armes légères", body: "Texte.", topics: ["arms-control"],
            published: PublicationDate(year: 2025, month: 6, day: 10))
        let index = try index(stored)
        let read = try #require(try index.release(id: 1))
        #expect(read.release == stored)
        #expect(read.archivedPath == "archive/a1.txt")
        #expect(try index.existing(contentHash: "a1")?.id == 1)
        #expect(try index.existing(contentHash: "zz") == nil)
    }

    @Test func sameContentCannotBeIndexedTwice() throws {
        let index = try index(release("same", title: "Un", body: "Texte."))
        #expect(throws: VeilleError.self) {
            _ = try index.add(release("same", title: "Deux", body: "Autre."), archivedPath: "x", receivedOn: Self.day, at: Date())
        }
        #expect(try index.count() == 1)
    }

    @Test(arguments: ["securite", "sécurité", "SÉCURITÉ", "Securite"])
    func searchIgnoresAccentsAndCase(query: String) throws {
        let index = try index(
            release("s1", title: "Sécurité nationale", body: "La sécurité des communautés."),
            release("s2", title: "Festival", body: "Musique et danse."))
        let hits = try index.search(SearchQuery(query))
        #expect(hits.map(\.release.id) == [1])
        #expect(hits.first?.snippet.contains("[sécurité]") == true)
    }

    @Test func titleMatchRanksAboveBodyMatch() throws {
        let index = try index(
            release("b", title: "Réunion", body: "Il a été question du désarmement et d’autres sujets."),
            release("t", title: "Désarmement", body: "Il a été question d’autres sujets."))
        #expect(try index.search(SearchQuery("désarmement")).map(\.release.release.contentHash) == ["t", "b"])
    }

    @Test func phrasesPrefixesAndAllWordsMustMatch() throws {
        let index = try index(
            release("p1", title: "A", body: "Les armes légères circulent."),
            release("p2", title: "B", body: "Les armes lourdes et les munitions légères."))
        #expect(try index.search(SearchQuery("\"armes légères\"")).map(\.release.id) == [1])
        #expect(try index.search(SearchQuery("armes légères")).count == 2)
        #expect(try index.search(SearchQuery("munit*")).map(\.release.id) == [2])
        #expect(try index.search(SearchQuery("armes festival")).isEmpty)
    }

    @Test func filtersByTopicAndDate() throws {
        let index = try index(
            release(
                "f1", title: "Un", body: "Sahel", topics: ["terrorism"], published: PublicationDate(year: 2025, month: 1, day: 5)),
            release(
                "f2", title: "Deux", body: "Sahel", topics: ["diplomacy"],
                published: PublicationDate(year: 2025, month: 6, day: 1)))
        #expect(try index.search(SearchQuery("sahel"), filters: SearchFilters(topic: "terrorism")).map(\.release.id) == [1])
        #expect(try index.search(SearchQuery("sahel"), filters: SearchFilters(since: Day("2025-03-01"))).map(\.release.id) == [2])
        #expect(try index.search(SearchQuery("sahel"), filters: SearchFilters(until: Day("2025-01-05"))).map(\.release.id) == [1])
    }

    @Test func releasesOfADayAreReadByReceptionTime() throws {
        let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC
        let index = try index(
            release("d1", title: "Hier", body: "x", receivedAt: noon.addingTimeInterval(-86_400)),
            release("d2", title: "Aujourd’hui", body: "x", receivedAt: noon),
            release("d3", title: "Ce soir", body: "x", receivedAt: noon.addingTimeInterval(3600 * 11)))
        let day = try #require(Day("2025-06-12")).interval(in: .gmt)
        #expect(try index.releases(receivedDuring: day).map(\.release.title) == ["Aujourd’hui", "Ce soir"])
    }

    @Test func intakeLogKeepsFailuresAndDuplicates() throws {
        let index = try index(release("i1", title: "Un", body: "x"))
        let now = Date()
        try index.log(
            IntakeRecord(
                at: now, fileName: "vide.txt", contentHash: nil, outcome: .failed, reason: "The file is empty.",
                releaseID: nil, path: "failed/vide.txt"))
        try index.log(
            IntakeRecord(
                at: now, fileName: "copie.txt", contentHash: "i1", outcome: .duplicate, reason: nil, releaseID: 1,
                path: "archive/copie.txt"))
        let log = try index.intake(during: now.addingTimeInterval(-60)..<now.addingTimeInterval(60))
        #expect(log.map(\.outcome) == [.indexed, .failed, .duplicate])
        #expect(log[1].reason == "The file is empty.")
    }
}
