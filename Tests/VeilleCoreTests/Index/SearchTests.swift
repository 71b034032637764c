import Foundation
import Testing

@testable import VeilleCore

/// Search over an index in memory: stemming per language, exact phrases and prefixes, the query
/// syntax and the filters.
struct SearchTests {
    private static let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)

    private func release(
        _ hash: String, title: String, body: String, language: Language = .fr, source: String? = nil,
        published: PublicationDate? = nil, receivedAt: Date = Date(timeIntervalSince1970: 1_749_700_000)
    ) -> Release {
        Release(
            fileName: "\(hash).txt", contentHash: hash, format: .text, title: title, body: body, language: language,
            published: published, source: source, receivedAt: receivedAt)
    }

    private func index(_ releases: Release...) throws -> ReleaseIndex {
        let index = try ReleaseIndex.inMemory()
        for release in releases {
            _ = try index.add(release, archivedPath: "archive/\(release.fileName)", receivedOn: Self.day, at: Date())
        }
        return index
    }

    private func ids(_ index: ReleaseIndex, _ query: String, _ filters: SearchFilters = SearchFilters()) throws -> [Int64] {
        try index.search(SearchQuery(query), filters: filters).map(\.release.id)
    }

    @Test(arguments: ["terrorisme", "terroristes", "TERRORISTE", "terrorismes"])
    func frenchWordFindsItsOtherForms(query: String) throws {
        let index = try index(
            release("a", title: "Attaque", body: "Les groupes terroristes ont frappé."),
            release("b", title: "Sommet", body: "La lutte contre le terrorisme."),
            release("c", title: "Festival", body: "Musique et danse."))
        #expect(Set(try ids(index, query)) == [1, 2])
    }

    @Test func englishWordFindsItsOtherForms() throws {
        let index = try index(
            release("a", title: "Talks", body: "The negotiations continued.", language: .en),
            release("b", title: "Talks", body: "A negotiation began.", language: .en))
        #expect(Set(try ids(index, "negotiating")) == [1, 2])
    }

    @Test func frenchQueryFindsEnglishReleasesOnlyWhereStemsMatch() throws {
        let index = try index(
            release("en", title: "Attack", body: "Terrorists attacked a post.", language: .en),
            release("fr", title: "Attaque", body: "Des terroristes ont attaqué un poste."),
            release("no", title: "Terrain", body: "Le terrain de football.", language: .en))
        #expect(Set(try ids(index, "terroristes")) == [1, 2])
        #expect(try ids(index, "terrain") == [3])
    }

    @Test func quotedPhraseMatchesTheWordsAsWritten() throws {
        let index = try index(
            release("p1", title: "A", body: "Les armes légères circulent."),
            release("p2", title: "B", body: "Une arme légère a été saisie."),
            release("p3", title: "C", body: "Les armes lourdes et les munitions légères."))
        #expect(try ids(index, "\"armes légères\"") == [1])
        #expect(Set(try ids(index, "arme légère")) == [1, 2, 3])
        #expect(try ids(index, "\"ARMES LEGERES\"") == [1])
    }

    @Test func prefixMatchesWordsAsWrittenEvenWhereTheStemIsShorter() throws {
        let index = try index(
            release("s1", title: "A", body: "La sécurité du nord."),
            release("s2", title: "B", body: "Les forces sécuritaires."),
            release("s3", title: "C", body: "Le secours est arrivé."))
        #expect(Set(try ids(index, "sécurit*")) == [1, 2])
        #expect(Set(try ids(index, "se*")) == [1, 2, 3])
    }

    @Test func orExcludedWordsAndTitleField() throws {
        let index = try index(
            release("m", title: "Mali", body: "Une réunion à Bamako sur la sécurité."),
            release("n", title: "Niger", body: "Un exercice militaire à Niamey sur la sécurité."),
            release("t", title: "Tchad", body: "Le Mali et le Niger sont voisins."))
        #expect(Set(try ids(index, "bamako OR niamey")) == [1, 2])
        #expect(try ids(index, "sécurité -exercice") == [1])
        #expect(try ids(index, "title:mali") == [1])
        #expect(Set(try ids(index, "mali")) == [1, 3])
    }

    @Test func titleMatchRanksAboveBodyMatchAndLaterReleasesFirstAmongEquals() throws {
        let index = try index(
            release("old", title: "Réunion", body: "Il a été question du désarmement."),
            release("t", title: "Désarmement", body: "Il a été question d’autres sujets."),
            release("new", title: "Réunion", body: "Il a été question du désarmement."))
        #expect(try ids(index, "désarmement") == [2, 3, 1])
    }

    @Test func eachHitHasItsOwnSnippetWhenHitsComeFromSeveralLanguagesAroundSkippedMatches() throws {
        let index = try index(
            release("f1", title: "Lomé", body: "Le ministre est arrivé à Lomé lundi."),
            release("f2", title: "Réunion", body: "Une réunion sans date précise, puis une visite à Lomé."),
            release("e1", title: "Visit", body: "The delegation reached Lomé on Tuesday.", language: .en),
            release("f3", title: "Lomé", body: "La conférence de Lomé s’ouvre jeudi."))
        let hits = try index.search(SearchQuery("lomé"), filters: SearchFilters(limit: 3))
        #expect(Set(hits.map(\.release.id)) == [1, 3, 4])
        let snippets = Dictionary(uniqueKeysWithValues: hits.map { ($0.release.id, $0.snippet) })
        #expect(snippets[1] == "Le ministre est arrivé à [Lomé] lundi.")
        #expect(snippets[3] == "The delegation reached [Lomé] on Tuesday.")
        #expect(snippets[4] == "La conférence de [Lomé] s’ouvre jeudi.")
    }

    @Test func filtersByLanguageSourceAndReceivedDay() throws {
        let index = try index(
            release(
                "fr", title: "Sahel", body: "Sahel", source: "Togo Presse",
                published: PublicationDate(year: 2024, month: 1, day: 1)),
            release("en", title: "Sahel", body: "Sahel", language: .en, source: "ECOWAS Commission"))
        #expect(try ids(index, "sahel", SearchFilters(language: .en)) == [2])
        #expect(try ids(index, "sahel", SearchFilters(source: "togo")) == [1])
        #expect(try ids(index, "sahel", SearchFilters(source: "%")).isEmpty)
        let since = Day("2025-06-01")
        #expect(try ids(index, "sahel", SearchFilters(since: since)) == [2])
        #expect(Set(try ids(index, "sahel", SearchFilters(since: since, byReceivedDay: true))) == [1, 2])
    }

    @Test(arguments: ["AND", "NEAR(a b)", "title:x", "a OR", "col:umn", "^start"])
    func queryWithFTS5SyntaxIsSearchedAsWordsNotParsed(text: String) throws {
        let index = try index(release("q", title: "Un", body: "Texte."))
        #expect(try index.search(SearchQuery(text)).isEmpty)
    }
}
