import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import VeilleCore

/// Collects every element and every link-like attribute of an XML document, and its first error.
private final class Elements: NSObject, XMLParserDelegate {
    var names: [String] = []
    var links: [String] = []
    var text: [String: String] = [:]
    private var current = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.append(name)
        current = name
        for key in ["href", "src", "srcset", "data", "action", "poster"] {
            if let value = attributes[key] { links.append(value) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text[current, default: ""] += string }

    static func parse(_ text: String) -> (Elements, (any Error)?) {
        let parser = XMLParser(data: Data(text.utf8))
        let elements = Elements()
        parser.delegate = elements
        parser.shouldProcessNamespaces = true
        let ok = parser.parse()
        return (elements, ok ? nil : parser.parserError ?? CocoaError(.coderReadCorrupt))
    }
}

struct DigestPagesTests {
    private let noon = Date(timeIntervalSince1970: 1_749_729_600)
    private let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)

    private func digest() throws -> Digest {
        var release = Release(
            fileName: "attaque <1>.txt", contentHash: "1", format: .text, title: "Attaque & riposte <à> Kpendjal",
            body: "Un poste avancé de l’armée a été attaqué dans la nuit de mardi par des hommes armés non identifiés.",
            language: .fr, source: "Togo \"Presse\"", receivedAt: noon,
            topics: [
                TopicScore(
                    topic: "terrorism", score: 0.8, assigned: true, evidence: [Evidence(term: "attaqu*", count: 2, inTitle: true)]
                )
            ])
        release.entities = [Entity(kind: .country, key: "TG", name: "Togo", mentions: 2)]
        let entry = IndexedRelease(id: 1, release: release, archivedPath: "archive/2025/06/12/attaque <1>.txt", indexedAt: noon)
        let failure = IntakeRecord(
            at: noon, fileName: "vide.txt", contentHash: nil, outcome: .failed, reason: "The file is empty.", releaseID: nil,
            path: "failed/vide.txt")
        return Digest(day: day, releases: [entry], intake: [failure], topics: try TestConfiguration.topics())
    }

    /// The digest links its own anchors, the releases' reading copies, other days' digests and the
    /// index page, all beside it: never a raw saved page, never anything outside.
    private static func isSafe(_ link: String) -> Bool {
        link.hasPrefix("#") || link.hasPrefix("reading/") || link == "index.html" || link == "../index.html"
            || (link.hasSuffix(".html") && !link.contains("/") && !link.contains(":"))
            || (link.contains(".html#s") && !link.contains("/") && !link.contains(":"))
    }

    @Test func htmlIsWellFormedSelfContainedAndLinksOnlyReadingCopies() throws {
        let html = HTMLDigest(language: .en, timeZone: .gmt).render(try digest())
        let (elements, error) = Elements.parse(html)
        #expect(error == nil)
        #expect(elements.names.contains("style") && elements.names.contains("article"))
        #expect(!elements.names.contains("script") && !elements.names.contains("img") && !elements.names.contains("link"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("@media print"))
        #expect(!elements.links.isEmpty)
        for link in elements.links { #expect(Self.isSafe(link), "unexpected link \(link)") }
        #expect(elements.links.contains("reading/1.html"))
        #expect(elements.links.contains("#s1"))
        #expect(html.contains("Attaque &amp; riposte &lt;à&gt; Kpendjal"))
        #expect(html.contains("The file is empty."))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url("))
    }

    @Test func indexPageAndFeedAreWrittenBesideTheDays() throws {
        let folder = try TemporaryFolder()
        let writer = DigestWriter(folder: folder.file("digests"))
        let digest = try digest()
        try writer.write(
            MarkdownDigest(language: .en, timeZone: .gmt).render(digest),
            html: HTMLDigest(language: .en, timeZone: .gmt).render(digest),
            for: day, isLatest: true, language: .en, timeZone: .gmt)
        let index = try #require(folder.contents("digests/index.html"))
        let (page, pageError) = Elements.parse(index)
        #expect(pageError == nil)
        #expect(page.links == ["2025-06-12.html", "2025-06-12.md"])

        let feed = try #require(folder.contents("digests/feed.xml"))
        let (atom, feedError) = Elements.parse(feed)
        #expect(feedError == nil)
        // RFC 4287: a feed has id, title, updated and an author; each entry id, title, updated and a link.
        #expect(atom.names.first == "feed")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        for required in ["id", "title", "updated", "author", "name", "entry", "link", "summary"] {
            #expect(atom.names.contains(required), "feed.xml lacks <\(required)>")
        }
        #expect(atom.names.filter { $0 == "entry" }.count == 1)
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"2025-06-12.html\"/>"))
        #expect(feed.contains("<id>tag:veille.invalid,2025:digests:2025-06-12</id>"))
        #expect(feed.contains("<title>Veille — 2025-06-12</title>"), "a day written without a summary keeps its date")
        let updated = try #require(feed.split(separator: "<updated>").dropFirst().first?.prefix(20))
        #expect(ISO8601DateFormatter().date(from: String(updated)) != nil)
    }

    @Test func readingCopyIsSelfContainedWithItsTextAndMetadata() throws {
        let story = try #require(try digest().stories.first)
        let html = ReadingCopy.render(story.lead, language: .en, timeZone: .gmt)
        let (elements, error) = Elements.parse(html)
        #expect(error == nil)
        #expect(!elements.names.contains("script") && !elements.names.contains("img") && !elements.names.contains("iframe"))
        #expect(elements.links == ["../index.html"])
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url("))
        #expect(html.contains("Un poste avancé de l’armée"))
        #expect(html.contains("Togo &quot;Presse&quot;"))
        #expect(html.contains("archive/2025/06/12/attaque &lt;1&gt;.txt"), "names the archived original, unlinked")
    }

    @Test func indexPageAndFeedGiveEachDaysCountsAndTopHeadlines() throws {
        let folder = try TemporaryFolder()
        let writer = DigestWriter(folder: folder.file("digests"))
        let digest = try digest()
        let settings = Settings(inbox: "", state: "", timeZone: .gmt, topics: "", boilerplate: "")
        let rendered = RenderedDigest(digest, settings: settings)
        try writer.write(
            rendered.markdown, html: rendered.html, for: day, isLatest: true, language: .en, timeZone: .gmt,
            readingCopies: rendered.readingCopies, summary: rendered.summary)
        let index = try #require(folder.contents("digests/index.html"))
        #expect(index.contains("1 release received, 1 story: Terrorism 1 · Arms control 0 · Diplomacy 0 · Other 0"))
        #expect(index.contains("<a href=\"2025-06-12.html#s1\">Attaque &amp; riposte &lt;à&gt; Kpendjal</a>"))
        let feed = try #require(folder.contents("digests/feed.xml"))
        #expect(feed.contains("1 release received, 1 story: Terrorism 1"))
        #expect(feed.contains("Attaque &amp;amp; riposte"))
        #expect(folder.contents("digests/reading/1.html") != nil)
    }
}
