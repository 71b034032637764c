import Foundation
import Testing

@testable import VeilleCore

/// A digest built from the index reads its day without the texts and asks for the few it needs
/// by id: it must say what a digest built with every text says.
struct DigestTextsTests {
    private static let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
    private static let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC
    private static let summit = """
        Les chefs d’État de la région se sont réunis mardi à Abuja pour un sommet consacré à la sécurité du Sahel.
        Ils ont adopté une déclaration commune sur la lutte contre le terrorisme et le financement des groupes armés.
        La prochaine réunion des ministres se tiendra à Lomé au mois de septembre, a annoncé la présidence togolaise.
        """
    private static let vaccination = """
        Le ministre a lancé la campagne de vaccination contre la rougeole à Kara devant les autorités locales.
        Près de deux millions d’enfants doivent être vaccinés au cours des trois prochaines semaines dans le pays.
        """
    private static let attack = """
        Un poste avancé de l’armée a été attaqué dans la nuit de mardi à Kpendjal par des hommes armés non identifiés.
        Le gouvernement togolais a condamné cette attaque terroriste et annoncé le renforcement de la sécurité.
        """

    private static func release(_ hash: String, _ title: String, _ body: String, topic: String?, source: String, at date: Date)
        -> Release
    {
        Release(
            fileName: "\(hash).txt", contentHash: hash, format: .text, title: title, body: body, language: .fr, source: source,
            receivedAt: date,
            topics: topic.map { [TopicScore(topic: $0, score: 0.9, assigned: true, evidence: [])] } ?? [])
    }

    /// A day with a story that goes on from two days before (same text, three sources), a release
    /// whose title is page chrome, and one that names a watched country.
    private static func indexedDay() throws -> ReleaseIndex {
        let index = try ReleaseIndex.inMemory()
        let releases = [
            release(
                "0", "Sommet régional à Abuja", summit, topic: "diplomacy", source: "A", at: noon.addingTimeInterval(-172_800)),
            release("1", "Le sommet d’Abuja s’achève sur une déclaration", summit, topic: "diplomacy", source: "B", at: noon),
            release("2", "Santé", vaccination, topic: nil, source: "C", at: noon.addingTimeInterval(60)),
            release(
                "3", "Attaque d’un poste à Kpendjal", attack, topic: "terrorism", source: "D", at: noon.addingTimeInterval(120)),
            release(
                "4", "Abuja : les chefs d’État réunis", summit, topic: "diplomacy", source: "E", at: noon.addingTimeInterval(180)),
        ]
        for release in releases {
            let day = Day(containing: release.receivedAt, in: .gmt)
            _ = try index.add(release, archivedPath: "archive/\(release.fileName)", receivedOn: day, at: release.receivedAt)
        }
        return index
    }

    @Test func releasesReadWithoutTextsGetThemBackById() throws {
        let index = try Self.indexedDay()
        let interval = Self.day.interval(in: .gmt)
        let textless = try index.releases(receivedDuring: interval, texts: false)
        #expect(textless.count == 4)
        #expect(textless.allSatisfy { $0.release.body.isEmpty })
        #expect(try index.withTexts(textless) == (try index.releases(receivedDuring: interval)))
    }

    @Test func digestReadWithoutTextsSaysWhatOneReadWithEveryTextSays() throws {
        let index = try Self.indexedDay()
        let topics = try TestConfiguration.topics()
        var builder = DigestBuilder(index: index, topics: topics, timeZone: .gmt)
        builder.watchList = WatchList(names: ["Kpendjal", "Kara"])
        let lazy = try builder.digest(for: Self.day)

        let interval = Self.day.interval(in: .gmt)
        let releases = try index.releases(receivedDuring: interval)
        let earlier = try index.releases(
            inStories: Array(Set(releases.compactMap(\.storyID))), receivedBefore: interval.lowerBound)
        let whole = Digest(
            day: Self.day, releases: releases, intake: try index.intake(during: interval), topics: topics, earlier: earlier,
            trends: lazy.trends, watchList: builder.watchList)

        #expect(lazy.releases.allSatisfy { $0.release.body.isEmpty })
        #expect(!earlier.isEmpty)
        #expect(lazy.stories.contains { !$0.summary.isEmpty })
        #expect(lazy.stories.map(\.watched) == whole.stories.map(\.watched))
        #expect(lazy.stories.contains { $0.headline.hasPrefix("Le ministre a lancé la campagne") })
        expectSameRendering(lazy, as: whole)
    }

    @Test func readingCopiesOfReleasesReadWithoutTextsHoldTheirTexts() throws {
        let index = try Self.indexedDay()
        let folder = try TemporaryFolder()
        let writer = DigestWriter(folder: folder.file("digests"))
        let textless = try index.releases(receivedDuring: Self.day.interval(in: .gmt), texts: false)
        try writer.write(
            "# Digest", html: "<p>Digest</p>", for: Self.day, isLatest: true, language: .en, timeZone: .gmt,
            readingCopies: textless, texts: index.withTexts)
        for entry in try index.withTexts(textless) {
            let copy = FileManager.default.contents(atPath: writer.readingCopyPath(for: entry.id)).map {
                String(decoding: $0, as: UTF8.self)
            }
            #expect(copy == ReadingCopy.render(entry, language: .en, timeZone: .gmt))
            #expect(copy?.contains(HTML.escapeText(String(entry.release.body.prefix(40)))) == true)
        }
    }
}
