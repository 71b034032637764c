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

    @Test func shareAndRelatedBlocksInsideAShortArticleDoNotSinkIt() throws {
        let share = (1...6).map { "<li><a href=\"/s\($0)\">Teilen \($0)</a></li>" }.joined()
        let related = (1...8).map { "<li><a href=\"/r\($0)\">Weitere Meldung aus der Gemeinde Nummer \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="cc-window"><p>Diese Website verwendet Cookies, um Ihnen das beste Erlebnis \
            zu bieten. Mit der Nutzung stimmen Sie der Verwendung zu und können sie jederzeit ändern.</p></div>
            <article><p>\(Self.paragraphs[0])</p><ul class="share-links">\(share)</ul><p>\(Self.paragraphs[1])</p>
            <div class="related"><ul>\(related)</ul></div></article></body></html>
            """
        let text = try body(of: html)
        // Before, the related links cost more than the article brought, and the notice alone was chosen.
        #expect(text.contains(Self.paragraphs[0]) && text.contains(Self.paragraphs[1]))
        #expect(!text.contains("Weitere Meldung") && !text.contains("Teilen"))
    }

    @Test func aLongRunOfShortLinesIsNotPunishedLineByLine() throws {
        let tracks = (1...15).map { "Titel \($0): Lied" }.joined(separator: "<br>")
        let html = """
            <html><body><div class="post"><p>Die Sendung vom Sonntag mit Liedern aus dem Frankenland.</p>
            <p>\(tracks)</p></div><div class="about"><p>Der Wendelsteiner Anzeiger erscheint seit 1951 jeden \
            Donnerstag und berichtet aus der Gemeinde, den Vereinen und den Schulen der Umgebung.</p></div></body></html>
            """
        let text = try body(of: html)
        // Before, each line cost more than its 14 characters brought, and the blurb alone was chosen.
        #expect(text.contains("Titel 1: Lied") && text.contains("Titel 15: Lied"))
    }

    static let subtitle =
        "Nach zwei Jahren in Containern lernen die Kinder von Wendelstein wieder in festen Räumen, mit einer Turnhalle, "
        + "die auch den Vereinen offensteht."

    static let shareBar =
        "<ul class=\"share-links\">" + (1...6).map { "<li><a href=\"/s\($0)\">Teilen \($0)</a></li>" }.joined() + "</ul>"

    @Test func aSubtitleBesideTheBodyInsideTheArticleIsKeptButNotACaption() throws {
        let html = """
            <html><body><article><div class="head"><p class="kicker">Bildung</p><h1>Neue Grundschule eröffnet</h1>
            <p class="subtitle">\(Self.subtitle)</p></div>\(Self.shareBar)
            <div class="photo"><img src="schule.jpg"><p>Die neue Grundschule von Wendelstein am Tag der Eröffnung, \
            aufgenommen vom Kirchturm aus, mit der Turnhalle im Hintergrund.</p></div>\(Self.shareBar)
            <div class="main">\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</div></article></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains(Self.subtitle))
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Teilen"))
        #expect(!text.contains("vom Kirchturm aus"))  // A caption beside its picture, not a lead.
    }

    @Test func aBodySplitInTwoSectionsAroundLinksIsKeptWhole() throws {
        let links = (1...5).map { "<li><a href=\"/m\($0)\">Mehr aus Wendelstein und Umgebung, Teil \($0)</a></li>" }.joined()
        let second = [
            "Im Herbst sollen die Außenanlagen folgen: ein Schulgarten, ein Bolzplatz und überdachte Stellplätze für "
                + "die Fahrräder der älteren Schülerinnen und Schüler.",
            "Die Schulleitung lädt am kommenden Samstag zu einem Tag der offenen Tür ein, an dem die Kinder ihre "
                + "Klassenzimmer selbst vorstellen.",
        ]
        let html = """
            <html><body><div class="column"><section class="part">\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</section>
            <ul>\(links)</ul><section class="part">\(second.map { "<p>\($0)</p>" }.joined())</section></div></body></html>
            """
        let text = try body(of: html)
        for paragraph in Self.paragraphs + second { #expect(text.contains(paragraph)) }
        #expect(!text.contains("Mehr aus Wendelstein"))
    }

    @Test func textAfterTheArticleStaysOut() throws {
        let links = (1...5).map { "<li><a href=\"/m\($0)\">Mehr aus Wendelstein und Umgebung, Teil \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="column"><article>\(Self.paragraphs.map { "<p>\($0)</p>" }.joined())</article>
            <ul>\(links)</ul><div><p>Der Wendelsteiner Anzeiger erscheint seit 1951 jeden Donnerstag und berichtet \
            aus der Gemeinde, den Vereinen und den Schulen der Umgebung.</p></div></div></body></html>
            """
        let text = try body(of: html)
        for paragraph in Self.paragraphs { #expect(text.contains(paragraph)) }
        #expect(!text.contains("erscheint seit 1951"))
    }

    @Test func shortStepsOfTheClassOfTheChosenPartAreKeptButNotALabel() throws {
        let lead =
            "Un bac à semis fait maison coûte trois fois moins qu'un modèle du commerce et tient plusieurs saisons "
            + "si le bois est traité à l'huile de lin avant le premier arrosage."
        let steps = ["Coupez quatre planches de même longueur.", "Vissez-les en carré.", "Agrafez une toile au fond."]
        let step = { (text: String) in
            "<div class=\"mod step\"><div class=\"step-body\"><div class=\"text\"><p>\(text)</p></div></div></div>"
        }
        let related = (1...4).map { "<li><a href=\"/r\($0)\">Autre idée de jardinage numéro \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="page"><div class="mod step"><span>À la une</span></div>
            \(step(lead))<div class="related"><ul>\(related)</ul></div>\(steps.map(step).joined())
            <div class="mod step"><div class="step-body"><span>Publicité</span></div></div></div></body></html>
            """
        let text = try body(of: html)
        #expect(text.contains(lead))
        // Each step is too short to be a second part of the body; it shares the lead's class.
        for line in steps { #expect(text.contains(line)) }
        #expect(!text.contains("Autre idée") && !text.contains("À la une") && !text.contains("Publicité"))
    }

    @Test func theParagraphsAroundAChosenTableAreKept() throws {
        let intro = "Diese Liste nennt die Brücken über die Schwarzach im Gemeindegebiet, mit dem Jahr ihres Baus."
        let closing = "Die Brücke an der Mühle wurde nach dem Hochwasser von 1999 neu gebaut und ist seitdem breiter."
        let rows = (1...30).map {
            "<tr><td>Brücke Nummer \($0) an der Schwarzach</td><td>\(1900 + $0)</td><td>Stein, für Fußgänger und Radfahrer</td></tr>"
        }.joined()
        // Sources that are all links cost the page more than its two paragraphs bring: the table alone scores best.
        let sources = (1...15).map { "<li><a href=\"/q\($0)\">Gemeindearchiv Wendelstein, Akte \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="mw-body"><h1>Brücken in Wendelstein</h1><p>\(intro)</p>
            <table class="wikitable">\(rows)</table><p>\(closing)</p><ol>\(sources)</ol></div>\(Self.sidebar)</body></html>
            """
        let text = try body(of: html)
        #expect(text.contains(intro) && text.contains(closing))
        #expect(text.contains("Brücke Nummer 30 an der Schwarzach"))
        #expect(!text.contains("Radweg"))
    }
}
