import Testing

@testable import VeilleCore

/// The country gazetteer covers ISO 3166-1 and tells countries from the ordinary words and
/// first names that share their spelling.
struct CountryMatchingTests {
    private static let extractor = Result { EntityExtractor(gazetteer: try TestConfiguration.gazetteer()) }

    private func countries(_ text: String) throws -> Set<String> {
        Set(try Self.extractor.get().entities(inText: text).filter { $0.kind == .country }.map(\.key))
    }

    @Test func everyISO3166CountryHasAnEntry() throws {
        let codes = Set(try TestConfiguration.gazetteer().countries.map(\.code))
        #expect(codes.count == 249)
        #expect(codes.isSuperset(of: ["SE", "PS", "CG", "CD", "NL", "SS", "TW", "VA", "EH", "GQ"]))
    }

    @Test(arguments: [
        ("La Suède et les Pays-Bas financent le programme.", ["SE", "NL"]),
        ("Palestinian and Swedish officials met the Dutch envoy.", ["PS", "SE", "NL"]),
        ("Le Congo-Brazzaville et la RDC ont signé un accord frontalier.", ["CG", "CD"]),
        ("The Republic of the Congo and the Democratic Republic of the Congo agreed.", ["CG", "CD"]),
        ("Les autorités sud-soudanaises et tanzaniennes coopèrent.", ["SS", "TZ"]),
        ("Le Tchad, la Jordanie et l’île Maurice ont voté pour.", ["TD", "JO", "MU"]),
        ("Chad and Jordan voted in favour, like Georgia.", ["TD", "JO", "GE"]),
    ])
    func findsCountriesByNameOrDemonym(text: String, expected: [String]) throws {
        #expect(try countries(text) == Set(expected))
    }

    @Test(arguments: [
        "La réunion s’est tenue mardi avec les partenaires.",
        "Jordan Bardella et Maurice Kamto ont commenté le scrutin.",
        "Chad Johnson, a local farmer, cooked a turkey for the guests.",
        "Il portait un jersey bleu lors du match au New Jersey.",
        "Les pêcheurs du bassin du lac Tchad et de l’océan Indien.",
        "La grenade a été désamorcée par les démineurs.",
    ])
    func ordinaryWordsAndFirstNamesAreNotCountries(text: String) throws {
        #expect(try countries(text).isEmpty)
    }
}
