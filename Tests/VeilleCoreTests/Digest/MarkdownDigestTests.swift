import Foundation
import Testing

@testable import VeilleCore

struct MarkdownDigestTests {
    private let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
    private let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC

    private func entry(_ id: Int64, _ title: String, topics: [String], source: String? = nil, learned: Double? = nil) -> IndexedRelease {
        let release = Release(
            fileName: "\(id).txt", contentHash: "\(id)", format: .text, title: title,
            body: "Première phrase du communiqué. Deuxième phrase utile. Troisième phrase de trop.", language: .fr,
            published: PublicationDate(year: 2025, month: 6, day: 11), source: source, receivedAt: noon,
            topics: topics.map {
                TopicScore(
                    topic: $0, score: 0.8, assigned: true, evidence: [Evidence(term: "terroris*", count: 3, inTitle: true)],
                    learned: learned)
            })
        return IndexedRelease(id: id, release: release, archivedPath: "archive/2025/06/12/\(id).txt", indexedAt: noon)
    }

    private func digest(learned: Double? = nil) throws -> Digest {
        Digest(
            day: day,
            releases: [
                entry(1, "Attaque dans le Nord", topics: ["terrorism"], source: "Togo Presse", learned: learned),
                entry(2, "Visite et accord antiterroriste", topics: ["terrorism", "diplomacy"]),
                entry(3, "Festival *culturel*", topics: []),
            ],
            intake: [
                IntakeRecord(
                    at: noon, fileName: "vide.txt", contentHash: nil, outcome: .failed, reason: "The file is empty.",
                    releaseID: nil,
                    path: "failed/vide.txt"),
                IntakeRecord(
                    at: noon, fileName: "copie.txt", contentHash: "1", outcome: .duplicate, reason: nil, releaseID: 1,
                    path: "archive/2025/06/12/copie.txt"),
            ],
            topics: try TestConfiguration.topics())
    }

    /// A story with two topics is told once, under the first, and named in the other's section,
    /// whose count includes it.
    @Test func opensWithCountsThenOneSectionPerTopicInOrder() throws {
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(try digest())
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            headings == [
                "## Terrorism (2)", "## Arms control (0)", "## Diplomacy (1)", "## Other (1)", "## Duplicates (1)",
                "## Not indexed (1)",
            ])
        #expect(text.hasPrefix("# Veille — digest for Thursday 12 June 2025\n"))
        #expect(
            text.contains("**3 releases** received (GMT), **3 stories**: Terrorism 2 · Arms control 0 · Diplomacy 1 · Other 1."))
        #expect(text.contains("## Diplomacy (1)\n\nAlso on this topic:\n\n- Visite et accord antiterroriste (see Terrorism)\n"))
        #expect(text.components(separatedBy: "### Visite et accord antiterroriste").count == 2, "told once")
    }

    @Test func entryGivesSummarySourcesWithLinksEvidence() throws {
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(try digest())
        #expect(text.contains("### Attaque dans le Nord\n\nSources: "))
        #expect(text.contains("Sources: Togo Presse, 2025-06-11, #1 ([1.txt](../archive/2025/06/12/1.txt))"))
        #expect(text.contains("Why: Terrorism: `terroris*` ×3 (title) — score 0.8 (threshold 0.5)"))
        #expect(text.contains("- `vide.txt` — The file is empty. (failed/vide.txt)"))
        #expect(text.contains("### Festival \\*culturel\\*"))
    }

    @Test func scoreThatLabelsHelpedMakeSaysSo() throws {
        let digest = try digest(learned: 0.91)
        let english = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(english.contains("score 0.8 (threshold 0.5; learned from corrections 0.9)"))
        let french = MarkdownDigest(language: .fr, timeZone: .gmt).render(digest)
        #expect(french.contains("(seuil 0.5; appris des corrections 0.9)"))
    }

    @Test func storyWithTwoTopicsIsListedOnceUnderTheFirst() throws {
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(try digest())
        #expect(text.components(separatedBy: "### Visite et accord antiterroriste").count - 1 == 1)
        #expect(text.contains("Terrorism: `terroris*` ×3 (title) — score 0.8 (threshold 0.5); Diplomacy:"))
    }

    @Test func releasesOfOneStoryMakeOneEntry() throws {
        var first = entry(1, "Attaque dans le Nord", topics: ["terrorism"], source: "Togo Presse")
        var second = entry(2, "Le Nord frappé", topics: ["terrorism"], source: "République Togolaise")
        first.storyID = 1
        second.storyID = 1
        let digest = Digest(day: day, releases: [first, second], intake: [], topics: try TestConfiguration.topics())
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(text.contains("**2 releases** received (GMT), **1 story**"))
        #expect(text.contains("## Terrorism (1)"))
        #expect(text.contains("Togo Presse, 2025-06-11, #1 ([1.txt](../archive/2025/06/12/1.txt)) · République Togolaise"))
    }

    @Test func frenchDigestUsesFrenchWordsAndTopicLabels() throws {
        let text = MarkdownDigest(language: .fr, timeZone: .gmt).render(try digest())
        #expect(text.hasPrefix("# Veille — revue de presse du jeudi 12 juin 2025\n"))
        #expect(text.contains("## Maîtrise des armements (0)\n\n_Aucun aujourd’hui._"))
        #expect(text.contains("## Non indexés (1)"))
    }

    @Test func emptyDayStillSaysSo() throws {
        let empty = Digest(day: day, releases: [], intake: [], topics: try TestConfiguration.topics())
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(empty)
        #expect(text.contains("**0 releases** received"))
        #expect(text.contains("## Terrorism (0)\n\n_None today._"))
    }

    @Test func writerReplacesTheFileWholeAndPointsLatestAtIt() throws {
        let folder = try TemporaryFolder()
        let writer = DigestWriter(folder: folder.file("digests"))
        #expect(try writer.write("old", html: "<p>old</p>", for: day, isLatest: true, language: .en, timeZone: .gmt))
        #expect(try writer.write("new", html: "<p>new</p>", for: day, isLatest: true, language: .en, timeZone: .gmt))
        #expect(!(try writer.write("new", html: "<p>new</p>", for: day, isLatest: true, language: .en, timeZone: .gmt)))
        #expect(folder.contents("digests/2025-06-12.md") == "new")
        #expect(folder.contents("digests/latest.md") == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("digests/latest.md")) == "2025-06-12.md")
        #expect(
            folder.list("digests") == ["2025-06-12.html", "2025-06-12.md", "feed.xml", "index.html", "latest.md"])
    }

    @Test func leadStopsAtSentenceEndsButNotAtAbbreviations() {
        #expect(Lead.sentences(in: "M. Dussey a parlé. Il a conclu.") == ["M. Dussey a parlé.", "Il a conclu."])
        #expect(Lead.sentences(in: "Le 3 avril. La suite") == ["Le 3 avril.", "La suite"])
        #expect(Lead.sentences(in: "Bonjour monsieur ! C’est un plaisir.") == ["Bonjour monsieur !", "C’est un plaisir."])
        #expect(Lead.sentences(in: "Il est parti. « Nous restons », dit-il. État de siège.") == ["Il est parti.", "« Nous restons », dit-il.", "État de siège."])
        #expect(Lead.sentences(in: "Voir p. 4 du rapport. ok") == ["Voir p. 4 du rapport. ok"])
    }
}
