import Foundation
import Testing

@testable import VeilleCore

/// The digest as a briefing: ranked top stories, the watch list, follow-ups, headlines.
struct BriefingTests {
    private let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
    private let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC

    private func entry(
        _ id: Int64, _ title: String, story: Int64? = nil, topic: String? = "diplomacy", source: String? = nil,
        origin: TitleOrigin = .firstLine, body: String = "Un texte assez long pour servir de résumé au sujet du jour, sans plus.",
        at date: Date? = nil
    ) -> IndexedRelease {
        var release = Release(
            fileName: "\(id).txt", contentHash: "\(id)", format: .text, title: title, titleOrigin: origin, body: body,
            language: .fr, source: source, receivedAt: date ?? noon,
            topics: topic.map { [TopicScore(topic: $0, score: 0.8, assigned: true, evidence: [])] } ?? [])
        release.entities = []
        var entry = IndexedRelease(id: id, release: release, archivedPath: "archive/\(id).txt", indexedAt: noon)
        entry.storyID = story ?? id
        return entry
    }

    @Test func storiesToldByMoreSourcesRankFirst() throws {
        let releases = [
            entry(1, "Visite du ministre à Accra", source: "A"),
            entry(2, "Sommet régional à Abuja", source: "A"), entry(3, "Le sommet d’Abuja s’ouvre", story: 2, source: "B"),
            entry(4, "Abuja accueille les chefs d’État", story: 2, source: "C"),
        ]
        let digest = Digest(day: day, releases: releases, intake: [], topics: try TestConfiguration.topics())
        #expect(digest.stories.map(\.id) == [2, 1])
        #expect(digest.stories.first?.sourceCount == 3)
    }

    @Test func watchListRaisesAStoryAndTheOverviewSaysWhy() throws {
        let releases = [entry(1, "Visite du ministre à Accra"), entry(2, "Le Togo signe un accord avec le Ghana")]
        let digest = Digest(
            day: day, releases: releases, intake: [], topics: try TestConfiguration.topics(),
            watchList: WatchList(names: ["togo"]))
        #expect(digest.overview.map(\.id) == [2, 1])
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(text.contains("1. [Le Togo signe un accord avec le Ghana](#s2) — Diplomacy · 1 source · watch list: togo"))
    }

    @Test func overviewKeepsTwelveAndLeavesOutStoriesOnNoTopic() throws {
        let releases =
            (1...20).map { entry(Int64($0), "Sujet numéro \($0) du jour") } + [entry(21, "Fête de la musique à Lomé", topic: nil)]
        let digest = Digest(day: day, releases: releases, intake: [], topics: try TestConfiguration.topics())
        #expect(digest.overview.count == Digest.overviewLength)
        #expect(!digest.overview.contains { $0.id == 21 })
    }

    /// In HTML each top story takes one line for its headline, cut by the browser where the
    /// screen ends, so the whole headline stays in the link's title.
    @Test func overviewHeadlinesKeepTheirWholeTextInTheTitle() throws {
        let long = "Le ministre des Affaires étrangères reçoit à Lomé les ambassadeurs accrédités pour la présidence"
        let digest = Digest(day: day, releases: [entry(1, long)], intake: [], topics: try TestConfiguration.topics())
        let html = HTMLDigest(language: .en, timeZone: .gmt).render(digest)
        let escaped = HTML.escape(long)
        #expect(html.contains("<a href=\"#s1\" title=\"\(escaped)\">\(escaped)</a>"))
        #expect(html.contains("ol.top a { display: block; white-space: nowrap;"))
    }

    @Test func followUpLinksTheEarlierDigest() throws {
        let earlier = entry(1, "Sommet régional à Abuja", at: noon.addingTimeInterval(-2 * 86_400))
        let today = entry(2, "Le sommet d’Abuja se termine", story: 1)
        let digest = Digest(day: day, releases: [today], intake: [], topics: try TestConfiguration.topics(), earlier: [earlier])
        let markdown = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(markdown.contains("[Follows up the story of Tuesday 10 June 2025](2025-06-10.md#s1)"))
        let html = HTMLDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(html.contains("<a href=\"2025-06-10.html#s1\">Follows up the story of Tuesday 10 June 2025</a>"))
    }

    @Test func uncertainTopicIsMarkedToCheck() throws {
        var digest = Digest(
            day: day, releases: [entry(1, "Visite du ministre à Accra")], intake: [], topics: try TestConfiguration.topics())
        digest.stories[0].uncertainTopics = ["diplomacy"]
        let text = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(text.contains("— Diplomacy (to check) · 1 source"))
        #expect(text.contains("Why: Diplomacy (to check) "), "the story's details mark it too")
        let html = HTMLDigest(language: .fr, timeZone: .gmt).render(digest)
        #expect(html.contains("Diplomatie (à vérifier) "))
    }

    /// A story one term short of a topic sits in Other, and says which topic to check there.
    @Test func aStoryThatNarrowlyMissedATopicSaysToCheckIt() throws {
        func missed(_ id: Int64, _ title: String, score: Double) -> IndexedRelease {
            var release = entry(id, title, topic: nil)
            release.release.topics = [TopicScore(topic: "diplomacy", score: score, assigned: false, evidence: [])]
            return release
        }
        let releases = [
            missed(1, "Le ministre reçoit l’ambassadeur du Ghana", score: 0.4), missed(2, "Fête des récoltes à Kara", score: 0.1),
        ]
        let digest = Digest(day: day, releases: releases, intake: [], topics: try TestConfiguration.topics())
        let markdown = MarkdownDigest(language: .en, timeZone: .gmt).render(digest)
        #expect(markdown.contains("— 1.txt — Diplomacy (to check)"))
        #expect(!markdown.contains("— 2.txt — Diplomacy"))
        let html = HTMLDigest(language: .fr, timeZone: .gmt).render(digest)
        #expect(html.contains("— 1.txt — Diplomatie (à vérifier)</span>"))
        #expect(digest.stories.allSatisfy { $0.section == nil }, "a near miss files nothing")
    }

    @Test func storyTakesTheBestHeadlineAmongItsSources() throws {
        let releases = [
            entry(1, "Le ministre Kossi. Photo : DR", source: "A"),
            entry(2, "Le ministre des Affaires étrangères reçu à Paris pour une visite de travail", story: 1, source: "B"),
            entry(3, "Le ministre reçu à Paris", story: 1, source: "C", origin: .firstSentence),
        ]
        let digest = Digest(day: day, releases: releases, intake: [], topics: try TestConfiguration.topics())
        #expect(digest.stories.first?.headline == "Le ministre des Affaires étrangères reçu à Paris pour une visite de travail")
    }

    @Test func chromeHeadlineGivesWayToTheFirstSentence() throws {
        let digest = Digest(
            day: day, releases: [entry(1, "Santé", body: "Le ministre a lancé la campagne de vaccination à Kara. Suite.")],
            intake: [],
            topics: try TestConfiguration.topics())
        #expect(digest.stories.first?.headline == "Le ministre a lancé la campagne de vaccination à Kara.")
    }

    @Test(arguments: [
        ("Texte intégral", true), ("All news", true), ("Accessibility links", true), ("Press Releases", true),
        ("{{nrco.title}}", true), ("vendredi, octobre 24, 2025", true), ("Accueil > Actualités > Politique", true),
        ("Le ministre Bakari. Photo : DR", true), ("Santé", true), ("You are here: Home » News", true),
        ("11 décembre 2024 spot_img", true), ("spot_img", true), ("You are here", true), ("Type to search", true),
        ("128 SHARES Share Tweet", true), ("JEAN DUPONT,", true), ("Seventy-ninth Session,", true),
        ("SÉCURITÉ- ENQUÊTES ET", true), ("Musique/Édition du soir/Notre site/Archives/", true),
        ("Le Togo et le Ghana signent un accord de défense", false), ("Attack on army post kills six soldiers", false),
        ("Paludisme/Ebola/Mpox : l’OMS appelle à la vigilance", false), ("Le 24/10/2025, Lomé accueille le sommet", false),
    ])
    func chromeLinesAreToldFromHeadlines(line: String, chrome: Bool) {
        #expect(HeadlineChrome.isChrome(line) == chrome)
    }

    /// Lines that saved pages put above their headline, written in the manner of real pages:
    /// bylines, datelines and update stamps, teasers cut from a list, captions, a menu naming its
    /// site, a document symbol, notices about the page. Beside them, headlines alike in form.
    @Test(arguments: [
        ("By Kwame Mensah", true), ("Par Kossi Agbeko et Ama Dogbe", true), ("ACCRA, March 3.", true),
        ("Lomé, 14th February 2025", true), ("2nd May 2024", true), ("Dernière mise à jour à 18h05 le 03/11", true),
        ("12/04/2023 08h:15 CET | Actualisé 12/04/2023 10h:02 CET", true), ("… qui remporte le scrutin avec 61 %", true),
        ("The Morning Herald |", true), ("Border post sources AFP", true), ("Aerial view of the port of Lomé", true),
        ("Accueil LomeInfos.tg Politique Sport Culture Annonces", true), ("AccueilPolitiqueLe Togo signe un accord", true),
        ("Home News Black Stars beat Togo 2-1", true), ("S/PRST/2024/5", true),
        ("Cet article est réservé aux abonnés de notre journal.", true), ("Kofi Mensah, ministre de la Sécurité", true),
        ("Kara Police Commissioner of Police, Kossi Ama", true), ("Weather icon Kara", true),
        ("Télécharger l'application mobile LomeInfos.tg", true), ("Sahel Leaders, UN Envoy Discuss Crisis", false),
        ("Kofi Mensah, ministre de la Sécurité, reçoit les préfets", false),
        ("Société Publié le lundi 3 mars 2025 | Le Quotidien", true), ("Music icon Manu Dibango dies", false),
        ("Par décret, le président nomme un nouveau gouvernement", false), ("Nigerian Army Commences Fresh Recruitment", false),
        ("Lomé, 12 juin : le sommet de la CEDEAO s’ouvre", false), ("View from Lomé: what the summit changes", false),
        ("Ghana, Togo sign border accord in Accra", false), ("By-election in Kara: ruling party keeps its seat", false),
        ("Togo: 14 soldats tués dans le nord, selon l'AFP", false), ("5 hours ago", true), ("En cours au Siège de l'ONU", true),
        ("Filtered By: Topstories", true), ("Publié par : La rédaction", true),
        ("Posted by: Admin", true), ("Adopted by consensus: the treaty enters into force", false),
        ("Réunion plénière de haut niveau - Matin & après-midi", true), ("Security Council - Afternoon", true),
        ("Togo - Ghana : le match de l'après-midi", false),
        ("A doctor speaks to a land mine victim at the hospital in Izium on Feb 19, 2023. [AP Photo]", true),
        ("Publié il y a 3 jours", true),
        ("an hour ago", true), ("Il y a 10 ans, le Togo signait l'accord de Lomé", false),
    ])
    func linesAboveAHeadlineAreChrome(line: String, chrome: Bool) {
        #expect(HeadlineChrome.isChrome(line) == chrome)
    }

    @Test func aHeadlineSaidTwiceOnOneLineIsKeptOnce() {
        var paragraphs = ["Gâteau glacé aux fruits rouges Gâteau glacé aux fruits rouges", "La recette du jour."]
        let (title, _) = Normaliser.takeTitle(from: &paragraphs, stated: nil)
        #expect(title == "Gâteau glacé aux fruits rouges")
        #expect(
            TitleFinder.withoutRepeat("Le Togo et le Ghana, le Togo et le Ghana") == "Le Togo et le Ghana, le Togo et le Ghana")
    }

    /// A title made from the text skips a first sentence that is a date, and does not stop at a
    /// dot inside brackets or inside a word ("a.m.", "Tribune.com").
    @Test(arguments: [
        (
            "Mardi 10 décembre 2019. Près de 500 hommes se dirigent vers la frontière.",
            "Près de 500 hommes se dirigent vers la frontière."
        ),
        (
            "Selon Togo-Presse (togopresse.tg), le ministre a reçu les ambassadeurs. Il a parlé.",
            "Selon Togo-Presse (togopresse.tg), le ministre a reçu les ambassadeurs."
        ),
        ("At 6 a.m. on Monday, gunfire was heard in Accra. Calm returned.", "At 6 a.m. on Monday, gunfire was heard in Accra."),
        ("M. Dussey a reçu Mme Diallo et le Dr. Amegan. Ils ont parlé.", "M. Dussey a reçu Mme Diallo et le Dr. Amegan."),
        ("Merci Monsieur le Président. Je salue la présence du Togo.", "Je salue la présence du Togo."),
        ("Thank you, Madam Chair. Ghana supports the treaty.", "Ghana supports the treaty."),
        ("Merci au Togo pour son accueil. Le sommet s’ouvre.", "Merci au Togo pour son accueil."),
    ])
    func madeUpTitlesSkipDatesGreetingsAndDotsThatEndNoSentence(paragraph: String, title: String) {
        #expect(TitleFinder.madeUpTitle(from: paragraph) == title)
    }

    @Test func chromeFirstLinesAreDroppedAndTheNextLineHeadsTheRelease() throws {
        var paragraphs = [
            "Accueil > Actualités > Politique", "vendredi, octobre 24, 2025", "Le Togo et le Ghana signent un accord",
            "Le texte.",
        ]
        let (title, origin) = Normaliser.takeTitle(from: &paragraphs, stated: nil)
        #expect(title == "Le Togo et le Ghana signent un accord")
        #expect(origin == .firstLine)
        #expect(paragraphs == ["Le texte."])
    }

    /// A series' name above a headline and its date is not the headline; a short headline above
    /// its subtitle stays the headline when no date line follows them.
    @Test func aSeriesNameAboveAHeadlineAndItsDateIsNotTheHeadline() {
        var paragraphs = [
            "Bulletin sanitaire hebdomadaire", "Méningite dans la région des Savanes", "12 mars 2025",
            "Le ministère a notifié 42 cas.", "La riposte continue.",
        ]
        #expect(Normaliser.takeTitle(from: &paragraphs, stated: nil).0 == "Méningite dans la région des Savanes")
        #expect(paragraphs.first == "12 mars 2025")
        var subtitled = ["Sommet de Lomé", "Les chefs d’État adoptent une feuille de route", "Le texte.", "La suite."]
        #expect(Normaliser.takeTitle(from: &subtitled, stated: nil).0 == "Sommet de Lomé")
    }

    /// A first line that introduces the text ("…was issued today by…:") gives way to the sentence
    /// it introduces, and stays in the body; a line that introduces a list stays the headline.
    @Test func aLineThatIntroducesTheTextIsNotItsHeadline() {
        let statement =
            "The members of the Security Council condemned in the strongest terms the attack in Kpendjal on 12 May. They expressed their condolences."
        var paragraphs = ["The following press statement was issued today by the Council President:", statement]
        let (title, origin) = Normaliser.takeTitle(from: &paragraphs, stated: nil)
        #expect(title.hasPrefix("The members of the Security Council condemned"))
        #expect(origin == .firstSentence)
        #expect(paragraphs.count == 2)
        var list = ["Palmarès du festival de Lomé :", "- Prix du jury : « Le fleuve »", "- Prix du public : « La route »"]
        #expect(Normaliser.takeTitle(from: &list, stated: nil).0 == "Palmarès du festival de Lomé :")
    }
}
