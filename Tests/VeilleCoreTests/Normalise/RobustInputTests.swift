import Foundation
import Testing

@testable import VeilleCore

/// Pages whose bytes would stop or derail libxml2: stray control bytes, bytes that do not fit the
/// declared charset, text only in `<noscript>`, ruby annotations. The pages are ours.
struct RobustInputTests {
    private func normalise(_ bytes: [UInt8]) throws -> Release {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let file = InboxFile(
            name: "page.html", bytes: bytes, contentHash: "h", receivedAt: Date(timeIntervalSince1970: 1_764_000_000))
        return try normaliser.normalise(file)
    }

    private static let paragraph =
        "Le conseil municipal de Kpalimé a voté jeudi le budget de l’année prochaine, qui double la part réservée "
        + "à l’entretien des pistes rurales et des ponts emportés par les pluies de septembre."

    /// A long page: `marker` sits after about 70 KB of text, past the point where a parse cut short stops.
    private static func longPage(head: String, marker: [UInt8], tail: String) -> [UInt8] {
        let paragraphs = String(repeating: "<p>\(paragraph)</p>\n", count: 350)
        return Array("<html><head>\(head)<title>Budget de Kpalimé</title></head><body><article>\(paragraphs)".utf8)
            + marker + Array("<p>\(tail)</p></article></body></html>".utf8)
    }

    @Test func nulAndControlBytesInsideAPageAreRemovedAndTheRestIsRead() throws {
        let page = Self.longPage(
            head: "<meta charset=\"utf-8\">", marker: [0x00, 0x00, 0x01, 0x1B],
            tail: "La séance s’est achevée par l’hommage rendu aux agents de la voirie.")
        let release = try normalise(page)
        #expect(release.body.contains("hommage rendu aux agents"))
        #expect(!release.body.unicodeScalars.contains { $0.value < 0x09 || $0.value == 0x1B })
    }

    @Test func aByteThatDoesNotFitTheDeclaredCharsetDoesNotCutThePage() throws {
        let page = Self.longPage(
            head: "<meta charset=\"utf-8\">",
            marker: Array("<p>Le maire a cit".utf8) + [0xE9] + Array(" trois quartiers.</p>".utf8),
            tail: "La séance s’est achevée par l’hommage rendu aux agents de la voirie.")
        let release = try normalise(page)
        #expect(release.body.contains("hommage rendu aux agents de la voirie"))
        #expect(release.body.contains("l’entretien des pistes rurales"))
        #expect(release.title == "Budget de Kpalimé")
    }

    @Test func aPageInAnotherDeclaredCharsetIsDecodedBeforeParsing() throws {
        // Every letter of this text is below U+0100, where ISO-8859-15 is Latin-1.
        let text =
            "Die Stadtverwaltung von Görlitz hat am Dienstag die neue Brücke über die Neiße eröffnet, "
            + "nachdem die Bauarbeiten wegen des Hochwassers zwei Jahre länger gedauert hatten."
        let latin9 =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">".utf8)
            + Array("</head><body><main><p>".utf8) + text.unicodeScalars.map { UInt8($0.value) }
            + Array("</p></main></body></html>".utf8)
        #expect(try normalise(latin9).body.contains("Brücke über die Neiße"))
    }

    @Test func noscriptTextIsReadOnlyWhenThePageHasNoOtherText() throws {
        let onlyNoscript = """
            <html><body><div id="app"></div><noscript><article><h1>Budget de Kpalimé</h1>
            <p>\(Self.paragraph)</p><p>\(Self.paragraph)</p></article></noscript></body></html>
            """
        #expect(try normalise(Array(onlyNoscript.utf8)).body.contains("pistes rurales"))
        let withText = """
            <html><body><noscript><p>Cette page fonctionne mieux avec un navigateur qui accepte les scripts, \
            merci de les autoriser pour profiter de toutes les fonctions du site.</p></noscript>
            <article><p>\(Self.paragraph)</p><p>\(Self.paragraph)</p></article></body></html>
            """
        let body = try normalise(Array(withText.utf8)).body
        #expect(body.contains("pistes rurales"))
        #expect(!body.contains("navigateur"))
    }

    @Test func rubyAnnotationsAreDropped() throws {
        let html = """
            <html><body><article><p>Le festival de <ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby> accueille \
            cette année des troupes venues de douze pays, avec des spectacles joués dans les parcs de la ville.</p>
            </article></body></html>
            """
        let body = try normalise(Array(html.utf8)).body
        #expect(body.contains("Le festival de 東京 accueille"))
        #expect(!body.contains("とうきょう"))
    }

    @Test func metadataIsKeptWhenTheBodyGivesNoText() throws {
        let html = """
            <html><head><meta property="og:title" content="Kpalimé vote un budget tourné vers les pistes rurales">
            <meta property="og:description" content="Le conseil municipal double la part du budget réservée à \
            l’entretien des pistes et des ponts emportés par les pluies de septembre.">
            <meta property="article:published_time" content="2025-11-20T09:00:00Z">
            <meta property="og:site_name" content="Journal des Plateaux"></head>
            <body><div id="app"></div><script src="/app.js"></script></body></html>
            """
        let release = try normalise(Array(html.utf8))
        #expect(release.title == "Kpalimé vote un budget tourné vers les pistes rurales")
        #expect(release.published?.description == "2025-11-20")
        #expect(release.source == "Journal des Plateaux")
        #expect(release.body.hasPrefix("Le conseil municipal double la part"))
    }

    @Test(arguments: [
        Array("Sécurité 東京 😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        [0xE0, 0x9F, 0xBF], [0xF0, 0x9F, 0x98], [0x41, 0xFF], [0xC3, 0xA9, 0x00], [0x7F], [0x80],
    ])
    func theUTF8CheckAgreesWithTheStandardLibrary(bytes: [UInt8]) {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        #expect((PageDecoding.cleanUTF8(bytes) != nil) == valid)
    }

    @Test func aPageInChineseKeepsItsTitleWithoutTheSiteAndItsShortFirstLines() throws {
        let lines = ["图为新建的图书馆外景。", "社区图书馆正式开放", "周末开放时间延长到晚上九点"]
        let long =
            "本周一，城东社区的新图书馆正式向居民开放。馆内设有儿童阅读区、自习室和老年人电脑课堂，"
            + "工作人员表示，开馆第一天就有三百多名居民办理了借书证，周末还将举办亲子读书活动。"
        let html = """
            <html><head><meta charset="utf-8"><title>城东社区新图书馆开放_本地新闻_城东日报</title></head><body>
            <div class="article">\(lines.map { "<p>\($0)</p>" }.joined())<p>\(long)</p></div></body></html>
            """
        let release = try normalise(Array(html.utf8))
        #expect(release.title == "城东社区新图书馆开放")
        // Each line folds to one or two tokens, but is a sentence or a heading, not a menu item.
        for line in lines + [long] { #expect(release.body.contains(line)) }
    }

    @Test func aDateInAnElementOfADateClassFarFromTheHeadlineComesBeforeTheText() throws {
        // The headline's neighbours are a long teaser list; the date block sits after the article,
        // and the text names an event's later day.
        let teasers = (1...16).map { "<p><a href=\"/t\($0)\">Weitere Meldung \($0)</a></p>" }.joined()
        let html = """
            <html><body><div class="today-date">Montag, 24. November 2025</div><h1>Neue Brücke in Kpalimé</h1>\(teasers)
            <article><p>\(Self.paragraph) Die Einweihung ist am 12. Dezember 2025 geplant.</p></article>
            <div class="entry-meta"><span class="post-date">Veröffentlicht am 03.11.2025</span></div></body></html>
            """
        let release = try normalise(Array(html.utf8))
        #expect(release.published?.description == "2025-11-03")
        #expect(!release.body.contains("Veröffentlicht"))
    }
}
