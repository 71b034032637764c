import Foundation
import Testing

@testable import VeilleCore

struct MarkdownDigestTests {
    private let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
    private let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC

    private func entry(_ id: Int64, _ title: String, topics: [String], source: String? = nil, learned: Double? = nil)
        -> IndexedRelease
    {
        let release = Release(
            fileName: "\(id).txt", contentHash: "\(id)", format: .text, title: title,
            body: "La première phrase du communiqué annonce la nouvelle. Une deuxième phrase utile ajoute des détails précis. "
                + "Une troisième phrase, de trop, ne sert à rien.", language: .fr,
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
                entry(3, "Festival *culturel* à Kara", topics: []),
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

    /// Counts, contents, the top stories, then one section per topic in the configured order: a
    /// story with two topics is told once, under the first, and named in the other's section.
    @Test func opensWithCountsContentsAndTopStoriesThenOneSectionPerTopic() throws {
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(try digest())
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            headings == [
                "## Top stories", "## Terrorism", "## Arms control", "## Diplomacy", "## Other", "## Duplicates (1)",
                "## Not indexed (1)",
            ])
        #expect(text.hasPrefix("# Veille — digest for Thursday 12 June 2025\n"))
        #expect(
            text.contains(
                "**3 releases** received (GMT), **3 stories**: Terrorism 2 · Arms control 0 · Diplomacy 1 · Other 1. "
                    + "A story on several topics counts in each: 1 more."))
        #expect(text.contains("Contents: [Top stories](#top) · [Terrorism (2)](#terrorism) · [Arms control (0)](#arms-control)"))
        #expect(text.contains("1. [Visite et accord antiterroriste](#s2) — Terrorism, Diplomacy · 1 source"))
        #expect(
            text.contains(
                "## Diplomacy\n\n1 story, 1 of them also in another section.\n\nAlso on this topic:\n\n"
                    + "- [Visite et accord antiterroriste](#s2) (see Terrorism)\n"))
        #expect(text.components(separatedBy: "### Visite et accord antiterroriste").count == 2, "told once")
    }

    @Test func sectionCountsAddUpToTheStoriesAndTheirRepeats() throws {
        let digest = try digest()
        let words = DigestWording(language: .en)
        let facts = StoryFacts(words: words, topics: digest.topics, language: .en, timeZone: .gmt)
        let sections = facts.sections(digest)
        let repeats = digest.stories.reduce(0) { $0 + max(0, $1.topics.count - 1) }
        #expect(sections.reduce(0) { $0 + $1.count } == digest.stories.count + repeats)
        #expect(sections.first { $0.id == "terrorism" }?.shared == 1)
    }

    @Test func entryGivesSummarySourcesReadingCopiesAndReasons() throws {
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(try digest())
        #expect(text.contains("### Attaque dans le Nord\n\n> La première phrase du communiqué annonce la nouvelle."))
        #expect(text.contains("Sources (1): [Togo Presse](reading/1.html) #1"))
        #expect(text.contains("Why: Terrorism 0.8/0.5: `terroris*` ×3 (title)"))
        #expect(text.contains("- `vide.txt` — The file is empty. (failed/vide.txt)"))
        #expect(!text.contains("../archive/"), "the digest never links a raw saved page")
    }

    @Test func otherIsOneLinePerStoryAndASettingLeavesItOut() throws {
        let digest = try digest()
        let listed = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(listed.contains("## Other\n\n1 story.\n\n- [Festival \\*culturel\\* à Kara](reading/3.html) — 3.txt\n"))
        let left = MarkdownDigest(language: .en, timeZone: .gmt, listsOther: false).render(digest)
        #expect(!left.contains("## Other"))
        #expect(left.contains("Other 1 (not listed)."))
    }

    @Test func scoreThatLabelsHelpedMakeSaysSo() throws {
        let digest = try digest(learned: 0.91)
        let english = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(english.contains("Terrorism 0.8/0.5, learned from corrections 0.9: `terroris*`"))
        let french = MarkdownDigest(language: .fr, timeZone: .gmt).render(digest)
        #expect(french.contains("0.8/0.5, appris des corrections 0.9"))
    }

    @Test func releasesOfOneStoryMakeOneEntry() throws {
        var first = entry(1, "Attaque dans le Nord", topics: ["terrorism"], source: "Togo Presse")
        var second = entry(2, "Le Nord frappé", topics: ["terrorism"], source: "République Togolaise")
        first.storyID = 1
        second.storyID = 1
        let digest = Digest(day: day, releases: [first, second], intake: [], topics: try TestConfiguration.topics())
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(text.contains("**2 releases** received (GMT), **1 story**"))
        #expect(text.contains("## Terrorism\n\n1 story."))
        #expect(text.contains("Sources (2): [Togo Presse](reading/1.html) #1 · [République Togolaise](reading/2.html) #2"))
    }

    @Test func frenchDigestUsesFrenchWordsAndTopicLabels() throws {
        let text = MarkdownDigest(language: .fr, timeZone: .gmt).render(try digest())
        #expect(text.hasPrefix("# Veille — revue de presse du jeudi 12 juin 2025\n"))
        #expect(text.contains("## Maîtrise des armements\n\n0 sujets."))
        #expect(text.contains("## Non indexés (1)"))
    }

    @Test func emptyDayStillSaysSo() throws {
        let empty = Digest(day: day, releases: [], intake: [], topics: try TestConfiguration.topics())
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(empty)
        #expect(text.contains("**0 releases** received"))
        #expect(text.contains("## Terrorism\n\n0 stories."))
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
        #expect(
            Lead.sentences(in: "Il est parti. « Nous restons », dit-il. État de siège.") == [
                "Il est parti.", "« Nous restons », dit-il.", "État de siège.",
            ])
        #expect(Lead.sentences(in: "Voir p. 4 du rapport. ok") == ["Voir p. 4 du rapport. ok"])
        #expect(
            Lead.sentences(in: "Under the chairmanship of H.E. Bola Tinubu. Then") == [
                "Under the chairmanship of H.E. Bola Tinubu.", "Then",
            ])
    }
}
