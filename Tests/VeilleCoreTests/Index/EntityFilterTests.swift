import Foundation
import Testing

@testable import VeilleCore

struct EntityFilterTests {
    private let noon = Date(timeIntervalSince1970: 1_749_729_600)

    private func indexed() throws -> (ReleaseIndex, [Int64]) {
        let extractor = EntityExtractor(gazetteer: try TestConfiguration.gazetteer())
        let texts = [
            ("Sommet de la CEDEAO", "Les chefs d’État de la CEDEAO se réunissent à Abuja; le Togo plaide pour la paix."),
            ("Visite au Ghana", "Le ministre togolais rencontre son homologue ghanéen pour parler de paix."),
            ("ECOWAS summit", "ECOWAS leaders discuss peace in Ghana with the African Union."),
        ]
        let day = Day(containing: noon, in: .gmt)
        let releases = texts.enumerated().map { number, text in
            var release = Release(
                fileName: "\(number).txt", contentHash: "\(number)", format: .text, title: text.0, body: text.1,
                language: number == 2 ? .en : .fr, receivedAt: noon)
            release.entities = extractor.entities(in: release)
            return (release: release, archivedPath: "archive/\(number).txt", day: day)
        }
        let index = try ReleaseIndex.inMemory()
        return (index, try index.add(releases, at: noon))
    }

    @Test func reindexFindsEntitiesAgainWithTheCurrentGazetteer() throws {
        let index = try ReleaseIndex.inMemory()
        let release = Release(
            fileName: "a.txt", contentHash: "a", format: .text, title: "Piraterie", body: "Patrouilles dans le golfe de Guinée et au Bénin.",
            language: .fr, receivedAt: noon)
        var stale = release
        stale.entities = [Entity(kind: .country, key: "GN", name: "Guinea", mentions: 1)]  // as an older gazetteer had it
        let id = try index.add(stale, archivedPath: "archive/a.txt", receivedOn: Day(containing: noon, in: .gmt), at: noon)
        let extractor = EntityExtractor(gazetteer: try TestConfiguration.gazetteer())
        let rules = BlendedClassifier(rules: TopicClassifier(topics: try TestConfiguration.topics()))
        try Reindexer(index: index, classifier: rules, entities: extractor).run()
        let entities = try #require(try index.release(id: id)).release.entities
        #expect(entities.map(\.key) == ["BJ"])
    }

    @Test func searchFiltersByCountryAndOrganisation() throws {
        let (index, ids) = try indexed()
        let search = { (query: String, filters: SearchFilters) in
            try Set(index.search(SearchQuery(query), filters: filters).map(\.release.id))
        }
        #expect(try search("paix OR peace", SearchFilters(country: "TG")) == [ids[0], ids[1]])
        #expect(try search("paix OR peace", SearchFilters(organisation: "ECOWAS")) == [ids[0], ids[2]])
        #expect(try search("paix OR peace", SearchFilters(country: "GH", organisation: "ECOWAS")) == [ids[2]])
        #expect(try index.count(filteredBy: SearchFilters(country: "GH")) == 2)
    }
}
