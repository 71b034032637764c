import Foundation
import Testing

@testable import VeilleCore

/// Main-content extraction and metadata on our own saved pages (Fixtures/fixtures.md).
struct ContentExtractionTests {
    private let receivedAt = Date(timeIntervalSince1970: 1_764_000_000)  // 2025-11-24

    private func normalise(_ name: String, _ bytes: [UInt8]) throws -> Release {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        return try normaliser.normalise(InboxFile(name: name, bytes: bytes, contentHash: "h", receivedAt: receivedAt))
    }

    private func fixture(_ name: String) throws -> Release { try normalise(name, try Repository.fixture(name)) }

    @Test func pageWithoutSemanticTagsKeepsItsArticleAndDropsEveryKindOfChrome() throws {
        let release = try fixture("en-ministry-news.html")
        for kept in [
            "Naval chiefs from Ghana", "No navy can watch", "What the plan covers", "A common reporting centre in Lomé",
            "2024 18 9", "Shipping organisations welcomed", "sign the plan in Cotonou",
        ] {
            #expect(release.body.contains(kept), "lost \"\(kept)\"")
        }
        for chrome in [
            "We use cookies", "Accept all", "About us", "5 min read", "Share this article", "WhatsApp", "Port of Tema",
            "Leave a Reply", "Your email address", "Save my name", "Most read", "Volta region", "Subscribe",
            "All rights reserved", "Legal notice",
        ] {
            #expect(!release.body.contains(chrome), "kept \"\(chrome)\"")
        }
    }

    @Test func jsonLDGivesTheDatePublisherAndAuthor() throws {
        let release = try fixture("en-ministry-news.html")
        #expect(release.title == "Coastal States Agree Joint Patrol Plan for the Gulf of Guinea")
        #expect(release.published?.description == "2025-09-18")
        #expect(release.dateOrigin == .jsonLD)
        #expect(release.source == "Gulf of Guinea Maritime Observatory")
        #expect(release.sourceOrigin == .jsonLD)
        #expect(release.author == "Ama Mensah")
        #expect(release.place == "Accra")
        #expect(release.language == .en)
    }

    @Test func plainPageGetsItsMetadataFromTheText() throws {
        let release = try fixture("fr-communique-sans-balises.html")
        #expect(release.title == "Plateaux : la campagne de vaccination contre la rougeole atteint 92 % des enfants visés")
        #expect(release.titleOrigin == .firstLine)  // An h2, the first block of the content.
        #expect(release.published?.description == "2024-11-28")
        #expect(release.dateOrigin == .text)
        #expect(release.source == "Agence de presse des Plateaux")
        #expect(release.sourceOrigin == .copyrightNotice)
        #expect(release.place == "Atakpamé")
        #expect(release.body.contains("Une seconde phase"))
        for chrome in ["Accueil", "Agriculture", "lire aussi", "motos", "Partager", "Mentions légales", "[if", "endif"] {
            #expect(!release.body.localizedCaseInsensitiveContains(chrome), "kept \"\(chrome)\"")
        }
    }

    @Test func dateComesFromABylineNearTheHeadlineWhenNothingElseGivesOne() throws {
        let html = """
            <html><body><div class="story"><h1>Le port de Lomé agrandit son quai sud</h1>
            <div class="byline">Publié le 14 octobre 2025 à 09:30</div>
            <div class="story-text"><p>Les travaux du quai sud commencent en janvier et doivent permettre d’accueillir \
            deux navires de plus en même temps, selon la direction du port.</p>
            <p>La direction prévoit aussi une nouvelle aire de stockage pour les conteneurs vides.</p></div>
            </div></body></html>
            """
        let release = try normalise("byline.html", Array(html.utf8))
        #expect(release.published?.description == "2025-10-14")
        #expect(release.dateOrigin == .byline)
        #expect(!release.body.contains("Publié le"))
    }

    @Test func conditionalCommentsNeverBecomeTheTitle() throws {
        let release = try normalise(
            "ie.html",
            Array(
                """
                <html><head><title></title><![if !lte IE 9]><link rel="stylesheet" href="a.css"><![endif]></head>
                <body><![if !lte IE 9]><div><h3>Un titre de communiqué</h3><p>Le texte du communiqué, assez long pour
                être lu comme un vrai paragraphe de contenu par l’extracteur de la page.</p></div><![endif]></body></html>
                """.utf8))
        #expect(!release.title.contains("[if"))
        #expect(!release.body.contains("[if") && !release.body.contains("endif"))
    }

    @Test func jsonLDWrappedInACDATASectionIsRead() throws {
        let html = """
            <html><head><script type="application/ld+json">
            //<![CDATA[
            {"@type": "NewsArticle", "datePublished": "2025-03-11T09:00:00+00:00", "publisher": {"name": "Savanes Info"}}
            //]]>
            </script></head><body><article><p>Un paragraphe de communiqué assez long pour compter comme le contenu
            principal de la page.</p></article></body></html>
            """
        let release = try normalise("cdata.html", Array(html.utf8))
        #expect(release.published?.description == "2025-03-11")
        #expect(release.source == "Savanes Info")
    }

    /// An encyclopaedia's JSON-LD gives a one-line description as its headline.
    @Test func aJSONLDHeadlineThatAgreesWithNeitherTheH1NorTheTitleIsNotTheTitle() throws {
        let html = """
            <html><head><title>Parc national de la Pendjari – Encyclopédie libre</title>
            <script type="application/ld+json">{"@type": "Article", "headline": "aire protégée du nord du Bénin"}</script>
            </head><body><h1>Parc national de la Pendjari</h1><p>Un paragraphe assez long pour compter comme le contenu
            principal de la page, sur le parc et ses rangers.</p></body></html>
            """
        let release = try normalise("wiki.html", Array(html.utf8))
        #expect(release.title == "Parc national de la Pendjari")
    }

    @Test func aSectionsH1GivesWayToTheHeadingThatRepeatsTheTitle() throws {
        let html = """
            <html><head><title>Vaccination : la campagne atteint les Savanes</title></head><body>
            <h1>Espace santé publique</h1><div><h2>Vaccination : la campagne atteint les Savanes</h2>
            <p>Un paragraphe assez long pour compter comme le contenu principal de la page, sur la campagne.</p></div>
            </body></html>
            """
        let release = try normalise("portal.html", Array(html.utf8))
        #expect(release.title == "Vaccination : la campagne atteint les Savanes")
        #expect(release.titleOrigin == .heading)
    }

    @Test func aTitleLosesTheSitesNameWithoutItsCompanyForm() throws {
        let html = """
            <html><head><meta property="og:site_name" content="Savanes Info SARL">
            <meta property="og:title" content="Les éleveurs de Dapaong s’organisent - Savanes Info"></head>
            <body><p>Un paragraphe assez long pour compter comme le contenu principal de la page, sur les éleveurs.</p>
            </body></html>
            """
        let release = try normalise("site.html", Array(html.utf8))
        #expect(release.title == "Les éleveurs de Dapaong s’organisent")
    }

    /// JSON-LD's UTC instant falls on the next day; the page's own tag keeps the local day.
    @Test(arguments: [
        ("2025-02-03T19:30:00-08:00", "2025-02-03", DateOrigin.metadata),
        ("2025-02-04T03:30:00Z", "2025-02-04", DateOrigin.jsonLD),
    ])
    func articlePublishedTimeWinsOverJSONLDWhenTheyDisagree(tag: String, date: String, origin: DateOrigin) throws {
        let html = """
            <html><head><meta property="article:published_time" content="\(tag)">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-04T03:30:00Z"}</script></head>
            <body><article><p>Un paragraphe de communiqué assez long pour compter comme le contenu principal de la page.</p>
            </article></body></html>
            """
        let release = try normalise("date.html", Array(html.utf8))
        #expect(release.published?.description == date)
        #expect(release.dateOrigin == origin)
    }

    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"2025-02-03T10:00:00Z\">", "2025-02-03", DateOrigin.metadata),
        ("", "2025-02-04", DateOrigin.timeElement),
    ])
    func dateComesFromMetaTagsBeforeTimeElements(head: String, date: String, origin: DateOrigin) throws {
        let html = """
            <html><head>\(head)</head><body><article><time datetime="2025-02-04">4 février</time>
            <p>Un paragraphe de communiqué assez long pour compter comme le contenu principal de la page.</p>
            </article></body></html>
            """
        let release = try normalise("date.html", Array(html.utf8))
        #expect(release.published?.description == date)
        #expect(release.dateOrigin == origin)
    }

    @Test(arguments: [
        ("<meta property=\"og:site_name\" content=\"Togo Presse\">", "Togo Presse", SourceOrigin.metadata),
        ("<meta property=\"og:site_name\" content=\"https://www.savanes-info.example\">", "savanes-info.example", .metadata),
        ("<meta property=\"og:site_name\" content=\"www.savanes-info.example\">", "savanes-info.example", .metadata),
        (
            "<link rel=\"canonical\" href=\"https://www.republicoftogo.example/a/b\">", "republicoftogo.example",
            SourceOrigin.canonicalURL
        ),
    ])
    func publisherComesFromTheSiteNameElseTheCanonicalAddress(head: String, source: String, origin: SourceOrigin) throws {
        let html = """
            <html><head>\(head)</head><body><p>Un paragraphe de communiqué assez long pour compter comme le contenu
            principal de la page.</p></body></html>
            """
        let release = try normalise("source.html", Array(html.utf8))
        #expect(release.source == source)
        #expect(release.sourceOrigin == origin)
    }

    /// A news site that names its section in og:site_name ("Monde", "Hosted") loses its name to
    /// the section unless JSON-LD's publisher wins; a site that names itself keeps its name.
    @Test(arguments: [
        (
            #"<meta property="og:site_name" content="Monde"><meta property="article:section" content="Monde">"#,
            "Le Quotidien du Golfe"
        ),
        (
            #"<meta property="og:site_name" content="Hosted"><link rel="canonical" href="https://www.quotidiengolfe.example/x">"#,
            "Le Quotidien du Golfe"
        ),
        (
            #"<meta property="og:site_name" content="Golfe Info"><link rel="canonical" href="https://www.quotidiengolfe.example/x">"#,
            "Golfe Info"
        ),
        (
            #"<meta property="og:site_name" content="Quotidien"><link rel="canonical" href="https://www.quotidiengolfe.example/x">"#,
            "Quotidien"
        ),
    ])
    func publisherNamedByJSONLDWinsOverASectionInTheSiteName(head: String, source: String) throws {
        let html = """
            <html><head>\(head)
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Le port de Lomé accueille une réunion régionale", "publisher": {"@type": "Organization", "name": "Le Quotidien du Golfe"}}</script>
            </head><body><p>Un paragraphe de communiqué assez long pour compter comme le contenu
            principal de la page.</p></body></html>
            """
        let release = try normalise("source.html", Array(html.utf8))
        #expect(release.source == source)
    }

    @Test func linkListInsideTheArticleIsDroppedButLinkedProseIsKept() throws {
        let html = """
            <html><body><div class="wrap"><div>
            <p>Le ministre a reçu les ambassadeurs accrédités à Lomé pour leur présenter le programme de la présidence
            togolaise de la commission, qui s’ouvrira en janvier prochain.</p>
            <p>Il a rappelé les <a href="/p">priorités de la présidence</a> pour l’année, dont la sécurité maritime.</p>
            <p><a href="/1">Autre article numéro un sur un sujet voisin</a></p>
            <p>Les ambassadeurs ont salué la démarche et promis leur appui aux travaux de la commission.</p>
            </div></div></body></html>
            """
        let release = try normalise("liens.html", Array(html.utf8))
        #expect(release.body.contains("priorités de la présidence"))
        #expect(!release.body.contains("Autre article"))
    }

    @Test func scriptShellPageHasNoText() throws {
        do {
            let release = try fixture("script-shell.html")
            Issue.record("accepted: \(release.body)")
        } catch let error as VeilleError {
            #expect(error.code == .noText)
        }
    }

    @Test func templateShellPageHasNoTextButATemplateSpanInRealTextStays() throws {
        let shell = """
            <html><head><title>{{nrco.page.title}}</title></head><body>
            <div ng-app="news"><h1>{{ article.headline }}</h1>
            <p>{{ article.lead | truncate:200 }}</p><p>{{nrco.body}} [[ ctrl.more ]]</p>
            <p>{{ article.date }} · {{ article.author }}</p></div></body></html>
            """
        do {
            let release = try normalise("shell.html", Array(shell.utf8))
            Issue.record("accepted: \(release.title) / \(release.body)")
        } catch let error as VeilleError {
            #expect(error.code == .noText)
        }
        #expect(TextCleaner.isTemplateMarkup("{{ article.lead }} {{ article.more }}"))
        #expect(TextCleaner.isTemplateMarkup("Lire {{nrco."))
        #expect(!TextCleaner.isTemplateMarkup("Le ministre {{name}} a reçu les ambassadeurs à Lomé ce lundi."))
        #expect(!TextCleaner.isTemplateMarkup("Les chiffres [[1]] du rapport annuel sont publiés."))
    }
}
