import Foundation
import Testing

@testable import VeilleCore

/// Chrome that the element tree hides: teaser cards, comment threads longer than the post,
/// captions in spans, and teaser lists under a heading. The pages are ours.
struct PageChromeTests {
    private func body(of html: String) throws -> String { try TestConfiguration.body(ofPage: html) }

    private static let article = """
        <article><h1>Les pêcheurs de Aného reçoivent de nouveaux filets</h1>
        <p>La coopérative des pêcheurs de Aného a reçu mardi deux cents filets financés par la commune, qui veut \
        aider les familles à traverser la saison des basses eaux sans s’endetter auprès des mareyeurs.</p>
        <p>Le maire a rappelé que la distribution suit un recensement mené en septembre dans les quatre quartiers \
        de la plage, et que chaque pirogue inscrite recevra sa part avant la fin du mois.</p>
        <p>Les pêcheurs ont demandé que le marché couvert promis l’an dernier soit enfin construit près du port.</p>
        </article>
        """

    private static let summary =
        "Un autre article du site raconte longuement une autre affaire, avec assez de mots pour peser plus lourd que "
        + "le communiqué lui-même si on le comptait, puis il s’arrête au milieu d’une phrase pour inviter à cliquer"

    /// Eight cards, as a grid of `<article>` elements or as a list of linked headlines.
    static let teaserGrids = [
        (1...8).map { "<article class=\"card\"><h3><a href=\"/a\($0)\">Titre \($0)</a></h3><p>\(summary) …</p></article>" }
            .joined(),
        "<ul>" + (1...8).map { "<li><a href=\"/b\($0)\">Titre \($0)</a> <span>\(summary)...</span></li>" }.joined() + "</ul>",
    ]

    @Test(arguments: teaserGrids)
    func teaserCardsCutWithAnEllipsisAreLeftOut(grid: String) throws {
        let text = try body(of: "<html><body><div class=\"wrap\">\(Self.article)<div>\(grid)</div></div></body></html>")
        #expect(text.contains("deux cents filets"))
        #expect(text.contains("marché couvert"))
        #expect(!text.contains("Un autre article"))
    }

    @Test func aParagraphStartingWithALinkAndEndingWithAnEllipsisStays() throws {
        let html = """
            <html><body><article><p>La commune a publié un long communiqué sur la pêche artisanale et ses difficultés \
            pendant la saison sèche, qui touche toutes les familles de la côte et leurs voisins.</p>
            <p><a href="/rapport">Selon le rapport de la coopérative</a>, les prises ont baissé d’un tiers cette année…</p>
            </article></body></html>
            """
        #expect(try body(of: html).contains("baissé d’un tiers"))
    }

    @Test func commentThreadLongerThanThePostIsLeftOut() throws {
        let comment =
            "Merci pour cet article, je voudrais savoir si la distribution concerne aussi les pêcheurs "
            + "venus des villages voisins qui travaillent sur la même plage depuis des années sans être inscrits."
        let comments = (1...12).map { "<li class=\"comment\"><p>Lecteur \($0) a écrit :</p><p>\(comment)</p></li>" }.joined()
        let html = """
            <html><body><div class="page"><div class="column">\(Self.article)
            <div id="comments" class="comments-area"><ol class="comment-list">\(comments)</ol></div></div></div></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains("deux cents filets"))
        #expect(!text.contains("villages voisins"))
    }

    @Test func captionInASpanOutsideAFigureIsLeftOutButAWrapperSpanIsNot() throws {
        let html = """
            <html><body><article><span class="rich-text meta-field">
            <p>La coopérative des pêcheurs de Aného a reçu mardi deux cents filets financés par la commune, qui veut \
            aider les familles à traverser la saison des basses eaux.</p>
            <div class="photo"><img src="filets.jpg"><span class="image-caption">Des filets neufs sur la plage \
            (Photo : la commune)</span></div>
            <p>Le maire a rappelé que la distribution suit un recensement mené en septembre dans les quartiers.</p>
            </span></article></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains("deux cents filets") && text.contains("recensement"))
        #expect(!text.contains("Photo : la commune"))
    }

    @Test func teaserListUnderAHeadingEndsAtAShortSentence() throws {
        let cleaner = TextCleaner(rules: try TestConfiguration.boilerplate())
        let long = String(repeating: "Le communiqué décrit la saison de pêche et ses effets sur les familles. ", count: 3)
        let paragraphs = cleaner.clean([
            long, "More", "Port traffic rises again in the east", "A new market for the fishing town",
            "The mayor said the market would open in March.", long,
        ])
        #expect(paragraphs == [long, "The mayor said the market would open in March.", long])
    }

    @Test(arguments: ["12 thoughts on “Les filets de Aného”", "2 réponses à « Les filets de Aného »"])
    func commentThreadHeadingEndsTheText(heading: String) throws {
        let cleaner = TextCleaner(rules: try TestConfiguration.boilerplate())
        let long = String(repeating: "Le communiqué décrit la saison de pêche et ses effets sur les familles. ", count: 3)
        let paragraphs = cleaner.clean([long, long, heading, "Merci pour cet article très complet.", long])
        #expect(paragraphs == [long, long])
    }

    @Test(arguments: [
        ("site-nav", ClassHint.boilerplate), ("Share_Buttons", .boilerplate), ("ad-slot", .boilerplate),
        ("header", .boilerplate), ("entry-content", .content), ("shadow-box", .neutral), ("col-6", .neutral),
        ("shareButtons", .boilerplate), ("GoogleDfpAd", .boilerplate), ("commentlist", .boilerplate),
        ("topnav", .boilerplate), ("comments-area", .boilerplate), ("commentary", .neutral), ("navy-blue", .neutral),
        ("post tag-sidebar category-comments format-standard", .content), ("tag-share", .neutral),
        ("content-sidebar-wrap", .content), ("has-sidebar", .neutral), ("sidebar-wrapper", .boilerplate),
        ("main-sidebar", .boilerplate),
    ])
    func classNamesAreReadByWholeWordsWithoutTaxonomy(value: String, hint: ClassHint) {
        #expect(ClassHint.classify(value) == hint)
    }

    @Test(arguments: [("sharing-with-a-single-developer", ClassHint.neutral), ("share-bar", .boilerplate)])
    func anIDThatIsAHeadingsSlugIsNoHint(value: String, hint: ClassHint) {
        var value = value
        #expect(value.withUTF8 { ClassHint.classifyID($0) } == hint)
    }

    @Test func headingsAndLabelsWhoseListsWereDroppedGoButAHeadingBeforeTextStays() throws {
        let tags = (1...5).map { "<li><a href=\"/t\($0)\">Thema \($0)</a></li>" }.joined()
        let more = (1...4).map { "<li><a href=\"/m\($0)\">Weitere Meldung aus der Gemeinde Nummer \($0)</a></li>" }.joined()
        let html = """
            <html><body><article><h1>Neue Grundschule eröffnet</h1>
            <p>Die Gemeinde Wendelstein hat am Montag den Neubau der Grundschule eröffnet, nachdem die Arbeiten \
            wegen steigender Preise für Baustoffe fast ein Jahr länger gedauert hatten als geplant.</p>
            <h2>Hintergrund</h2><figure><img src="schule.jpg"><figcaption>Die neue Schule</figcaption></figure>
            <p>Der Bürgermeister dankte den Eltern, die zwei Jahre lang Unterricht in Containern hingenommen hatten, \
            und kündigte an, dass die Turnhalle im Frühjahr auch den Vereinen offenstehen werde.</p>
            <p>Mehr aus der Region</p><ul>\(more)</ul>
            <h3>Stichwörter zum Artikel</h3><ul class="post-tags">\(tags)</ul></article></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains("Hintergrund"))
        #expect(text.contains("Turnhalle"))
        #expect(!text.contains("Mehr aus der Region"))
        #expect(!text.contains("Stichwörter"))
    }

    @Test func aStreamOfStoryCardsWithWholeSummariesIsLeftOutButLinkedHeadlinesInTheTextStay() throws {
        // Summaries ending in a full stop, not cut with "…", under headings that are one link each.
        let cards = (1...10).map {
            "<li class=\"stream-content\"><div><h3><a href=\"/c\($0)\">Titre \($0)</a></h3>"
                + "<p>Un autre article du site, numéro \($0), raconte en entier une autre affaire de la région, avec "
                + "assez de mots pour peser plus lourd que le communiqué si on le comptait.</p></div></li>"
        }.joined()
        let inline = "<ul><li><h3><a href=\"/v\">La saison des basses eaux commence à Aného</a></h3></li></ul>"
        let article = Self.article.replacingOccurrences(of: "<p>Le maire", with: "\(inline)<p>Le maire")
        let html = """
            <html><body><div role="main">\(article)<ul id="stream">\(cards)</ul></div></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains("deux cents filets") && text.contains("marché couvert"))
        #expect(text.contains("La saison des basses eaux commence à Aného"))
        #expect(!text.contains("Un autre article du site"))
    }
}
