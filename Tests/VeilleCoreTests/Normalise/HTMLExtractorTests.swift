import Foundation
import Testing

@testable import VeilleCore

struct HTMLExtractorTests {
    private func extract(_ html: String, encoding: String? = "UTF-8") throws -> ExtractedPage {
        let document = try HTMLDocument(bytes: Array(html.utf8), encoding: encoding, path: "test.html")
        return HTMLExtractor().extract(document)
    }

    @Test func keepsTheArticleAndDropsPageChrome() throws {
        let page = try extract(
            """
            <html><head><title>Accord signé | Ministère</title><script>var x = "terrorisme";</script>
            <style>p { color: red }</style></head><body>
            <header><div class="logo">Ministère</div><nav><a href="/">Accueil</a></nav></header>
            <main><article><h1>Accord signé à Niamey</h1><p>Premier paragraphe.</p>
            <p>Deuxième   paragraphe,
            sur deux lignes.</p><ul><li>Un point</li></ul></article></main>
            <aside><p>Lire aussi : autre chose</p></aside><form><input><button>S’abonner</button></form>
            <footer>© 2025 Ministère</footer></body></html>
            """)
        #expect(page.title?.text == "Accord signé à Niamey")
        #expect(page.title?.origin == .heading)
        #expect(
            page.paragraphs == [
                "Accord signé à Niamey", "Premier paragraphe.", "Deuxième paragraphe, sur deux lignes.", "Un point",
            ])
    }

    @Test(arguments: [
        "<![CDATA[ {\"@type\": \"NewsArticle\", \"datePublished\": \"2024-05-02T09:00:00Z\"} ]]>",
        "//<![CDATA[\n{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-05-02T09:00:00Z\"}\n//]]>",
        "<!-- {\"@type\": \"NewsArticle\", \"datePublished\": \"2024-05-02T09:00:00Z\"} -->",
    ])
    func readsJSONLDWrappedInCDATAOrAComment(block: String) throws {
        let page = try extract(
            """
            <html><head><script type="application/ld+json">\(block)</script></head>
            <body><p>Texte.</p></body></html>
            """)
        #expect(page.published?.date.description == "2024-05-02")
        #expect(page.published?.origin == .jsonLD)
    }

    @Test(arguments: [
        "<span itemprop=\"datePublished\" content=\"2024-05-02\">2. Mai</span>",
        "<time itemprop=\"datePublished\" datetime=\"2024-05-02T08:00:00+02:00\">Donnerstag</time>",
        "<abbr class=\"published\" title=\"2024-05-02T08:00:00+02:00\">vor einer Woche</abbr>",
    ])
    func aDateStatedInAnAttributeInTheBodyIsThePublicationDate(element: String) throws {
        // A sidebar's timestamp comes first in the page; the stated date wins over it.
        let page = try extract(
            """
            <html><body><aside><time datetime="2024-06-30">Gestern</time></aside>
            <article><p>Von Anna Berger, \(element)</p><p>Texte.</p></article></body></html>
            """)
        #expect(page.published?.date.description == "2024-05-02")
        #expect(page.published?.origin == .metadata)
    }

    @Test func articlePublishedTimeWinsOverADisagreeingJSONLDDate() throws {
        let page = try extract(
            """
            <html><head><meta property="article:published_time" content="2024-05-02T19:30:00-07:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-03T02:30:00Z"}</script>
            </head><body><p>Texte.</p></body></html>
            """)
        #expect(page.published?.date.description == "2024-05-02")
        // On another day altogether, the page's own tag still wins (the rule: it says
        // when the article came out, where JSON-LD is often filled in by a separate plugin).
        let other = try extract(
            """
            <html><head><meta property="article:published_time" content="2024-07-01T10:00:00-07:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-03T02:30:00Z"}</script>
            </head><body><p>Texte.</p></body></html>
            """)
        #expect(other.published?.date.description == "2024-07-01")
    }

    @Test func withoutMainContentKeepsTheBodyOutsideChrome() throws {
        let page = try extract("<body><nav>Menu</nav><div><p>Texte un.</p><p>Texte deux.</p></div><footer>Pied</footer></body>")
        #expect(page.paragraphs == ["Texte un.", "Texte deux."])
    }

    @Test func readsMetadataFromMetaTags() throws {
        let page = try extract(
            """
            <html><head><meta property="og:title" content="Le titre de la page">
            <meta property="og:site_name" content="Togo Presse">
            <meta property="article:published_time" content="2025-03-14T10:00:00+00:00"></head>
            <body><h1>Autre titre</h1><p>Texte.</p></body></html>
            """)
        #expect(page.title?.text == "Le titre de la page")
        #expect(page.title?.origin == .metadata)
        #expect(page.source?.name == "Togo Presse")
        #expect(page.published?.date.description == "2025-03-14")
    }

    @Test func documentTitleLosesTheSiteName() {
        #expect(
            HTMLExtractor.withoutSiteName("Visite officielle à Niamey | Ministère des Affaires étrangères")
                == "Visite officielle à Niamey")
        #expect(HTMLExtractor.withoutSiteName("Un titre sans séparateur") == "Un titre sans séparateur")
    }

    @Test func honoursTheDeclaredCharset() throws {
        let latin1: [UInt8] =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>S".utf8) + [0xE9]
            + Array("curit".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: latin1, encoding: nil, path: "latin1.html")
        #expect(HTMLExtractor().extract(document).paragraphs == ["Sécurité"])
    }

    @Test func neverReadsExternalEntities() throws {
        let page = try extract(
            """
            <?xml version="1.0"?><!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <html><body><p>Avant &secret; après</p></body></html>
            """)
        let text = page.paragraphs.joined(separator: " ")
        #expect(!text.contains("root:"))
        #expect(text.contains("Avant"))
    }

    @Test func entityExpansionBombStaysSmall() throws {
        var html = "<!DOCTYPE html [<!ENTITY a0 \"lol\">"
        for level in 1...9 { html += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        html += "]><html><body><p>&a9;</p></body></html>"
        let page = try extract(html)
        #expect(page.paragraphs.joined().utf8.count < 10_000)
    }

    @Test func deeplyNestedPageDoesNotExhaustTheStack() throws {
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Au fond.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = try extract(html)
        #expect(page.paragraphs.count <= 1)
    }
}
