import Foundation
import Testing

@testable import VeilleCore

/// Our own releases and saved pages (Fixtures/, described in Fixtures/fixtures.md), each run
/// through Normalise and Classify and checked against what a careful reader would say of it.
struct FixtureReleaseTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var language: Language
        var title: String
        var published: String?
        var source: String?
        var topics: Set<String>
        /// Topics the release must not get; a topic in neither set is not checked.
        var notTopics: Set<String>
        var kept: [String]
        var dropped: [String]

        var description: String { file }
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "fr-visite-officielle.html", language: .fr,
            title: "Le ministre des Affaires étrangères en visite officielle à Niamey pour la commission mixte Togo-Niger",
            published: "2025-03-14", source: "Ministère des Affaires étrangères du Togo", topics: ["diplomacy"],
            notTopics: ["terrorism", "arms-control"],
            kept: ["interconnexion des réseaux électriques", "programme exécutif de coopération culturelle et sportive"],
            dropped: [
                "Accepter", "cookies", "Lire aussi", "attentat", "armes légères", "terrorisme", "Mentions légales", "font-family",
            ]),
        Expectation(
            file: "en-small-arms-workshop.txt", language: .en,
            title:
                "ECOWAS and Togo Open Regional Workshop on Small Arms Control, Stockpile Management and Weapons Marking in Lomé",
            published: "2025-06-12", source: nil, topics: ["arms-control"], notTopics: ["terrorism", "diplomacy"],
            kept: ["digital weapons registry", "International Tracing Instrument"],
            dropped: ["By Staff Writer", "4 min read", "Share this article", "Related posts", "2 hours ago", "soldiers killed"]),
        Expectation(
            file: "fr-communique-terrorisme.txt", language: .fr,
            title:
                "Le gouvernement condamne l’attaque terroriste de Kpendjal et renforce le dispositif sécuritaire dans les Savanes",
            published: "2025-07-08", source: "Togo Presse", topics: ["terrorism"], notTopics: ["arms-control", "diplomacy"],
            kept: ["engin explosif improvisé", "comités locaux de vigilance"],
            dropped: ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée", "Les champs obligatoires"]),
        Expectation(
            file: "fr-majuscules-sans-accents.txt", language: .fr,
            title: "LA CEDEAO ET LE TOGO RENFORCENT LA LUTTE CONTRE LE TRAFIC D'ARMES", published: "2025-02-21", source: nil,
            topics: ["arms-control"], notTopics: ["terrorism"],
            kept: ["armes legeres et de petit calibre", "poste frontalier de Cinkasse"], dropped: []),
        Expectation(
            file: "en-culture-festival.txt", language: .en,
            title: "Kpalimé Arts Festival Opens With Free Vaccination Drive Backed by Regional Development Bank",
            published: "2025-08-05", source: nil, topics: [], notTopics: ["terrorism", "arms-control", "diplomacy"],
            kept: ["social security fund", "dodged a bullet with the weather"], dropped: []),
        Expectation(
            file: "fr-windows-1252.txt", language: .fr,
            title: "Le nouvel ambassadeur du Canada présente ses lettres de créance au Président de la République",
            published: "2025-10-02", source: nil, topics: ["diplomacy"], notTopics: ["terrorism", "arms-control"],
            kept: ["lettres de créance", "d’œuvrer au renforcement"], dropped: ["Ã©", "â€™", "\u{FFFD}"]),
        Expectation(
            file: "en-utf16.txt", language: .en, title: "Togo’s Foreign Minister Holds Bilateral Talks in Accra",
            published: "2025-04-22", source: nil, topics: ["diplomacy"], notTopics: ["terrorism", "arms-control"],
            kept: ["Permanent Joint Commission for Cooperation", "joint communiqué"], dropped: ["\u{0}", "\u{FEFF}", "\u{FFFD}"]),
        Expectation(
            file: "fr-page-sans-charset.html", language: .fr,
            title: "Le Togo réaffirme son engagement en faveur du désarmement nucléaire et du TNP", published: "2025-04-29",
            source: nil, topics: ["arms-control"], notTopics: ["terrorism"],
            kept: ["Traité de Pelindaba", "article VI du Traité"],
            dropped: ["Accueil", "La Mission", "Mentions légales", "Ã©", "â€™"]),
    ]

    @Test(arguments: expectations)
    func fixtureIsNormalisedAndClassifiedAsAReaderWould(_ expected: Expectation) throws {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let file = InboxFile(
            name: expected.file, bytes: try Repository.fixture(expected.file), contentHash: "h",
            receivedAt: Date(timeIntervalSince1970: 1_764_000_000))
        var release = try normaliser.normalise(file)
        release.topics = TopicClassifier(topics: try TestConfiguration.topics()).classify(release)

        #expect(release.title == expected.title)
        #expect(release.language == expected.language)
        #expect(release.published?.description == expected.published)
        #expect(release.source == expected.source)
        let topics = Set(release.assignedTopics)
        #expect(expected.topics.isSubset(of: topics), "topics: \(topics)")
        #expect(expected.notTopics.isDisjoint(with: topics), "topics: \(topics)")
        for text in expected.kept { #expect(release.body.contains(text), "missing: \(text)") }
        for text in expected.dropped { #expect(!release.body.contains(text), "left in: \(text)") }
    }

    @Test func scriptRenderedShellIsReportedAsHavingNoText() throws {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let file = InboxFile(
            name: "script-shell.html", bytes: try Repository.fixture("script-shell.html"), contentHash: "h", receivedAt: Date())
        #expect(
            throws: VeilleError(
                .noText, path: "script-shell.html",
                "The page has no readable text once menus, scripts and boilerplate are removed.")
        ) {
            try normaliser.normalise(file)
        }
    }
}
