import Foundation
import Testing

@testable import VeilleCore

/// Which container holds the article, on pages whose layout misleads a first look: class names
/// that mention chrome, a header left open, leads and body parts in sibling elements. The pages
/// are ours.
struct ContainerChoiceTests {
    private func body(of html: String) throws -> String { try TestConfiguration.body(ofPage: html) }

    static let paragraphs = [
        "Die Gemeinde Wendelstein hat am Montag den Neubau der Grundschule eröffnet, nachdem die Arbeiten wegen "
            + "steigender Preise für Baustoffe fast ein Jahr länger gedauert hatten als geplant.",
        "Der Bürgermeister dankte den Eltern, die zwei Jahre lang Unterricht in Containern hingenommen hatten, und "
            + "kündigte an, dass die Turnhalle im Frühjahr auch den Vereinen offenstehen werde.",
        "Die Kosten stiegen von elf auf vierzehn Millionen Euro; der Freistaat übernimmt knapp die Hälfte, den Rest "
            + "trägt die Gemeinde über einen Kredit mit zwanzig Jahren Laufzeit.",
    ]

    static let sidebar = """
        <aside class="widget-area"><h3>Beliebt</h3><ul>\
        <li><a href="/a">Neuer Radweg nach Schwabach</a></li><li><a href="/b">Kirchweih im September</a></li>\
        <li><a href="/c">Feuerwehr übt am Wochenende</a></li></ul></aside>
        """

    @Test func taxonomyClassesAndASidebarLayoutWrapperDoNotHideTheArticle() throws {
        let html = """
            <html><body><div class="site-inner"><div class="content-sidebar-wrap">
            <main class="content"><div class="post-12 post type-post tag-sidebar tag-comments category-share-news">
            <h1>Neue Grundschule eröffnet</h1>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div></main>
            \(Self.sidebar)</div></div></body></html>
            """
        let text = try body(of: html)
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Radweg"))
    }

    @Test func aHeaderLeftOpenThatSwallowedThePageIsNotChrome() throws {
        let html = """
            <html><body><header><div class="logo">Wendelsteiner Anzeiger</div>
            <h1>Neue Grundschule eröffnet</h1>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())
            </body></html>
            """
        let text = try body(of: html)
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph)) }
    }

    @Test func anElementHoldingMostOfThePageIsNotChromeByItsClass() throws {
        let html = """
            <html><body><div class="entry social-ready"><h1>Neue Grundschule eröffnet</h1>
            \(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div>\(Self.sidebar)</body></html>
            """
        let text = try body(of: html)
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Radweg"))
    }
}
