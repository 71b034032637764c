import Testing

@testable import VeilleCore

/// Organisations the desk follows, armed groups included, under one id whatever the spelling.
struct OrganisationMatchingTests {
    private static let extractor = Result { EntityExtractor(gazetteer: try TestConfiguration.gazetteer()) }

    private func organisations(_ text: String) throws -> Set<String> {
        Set(try Self.extractor.get().entities(inText: text).filter { $0.kind == .organisation }.map(\.key))
    }

    @Test(arguments: [
        ("Le Hamas et le Hezbollah ont rejeté la proposition.", ["HAMAS", "HEZBOLLAH"]),
        ("Les talibans et Al-Qaïda gardent des liens, selon le rapport.", ["TALIBAN", "ALQAIDA"]),
        ("Al-Qaïda au Maghreb islamique (AQMI) a revendiqué l’attaque.", ["AQIM"]),
        ("Le groupe Wagner, devenu Africa Corps, reste au Mali.", ["WAGNER"]),
        ("The Islamic State West Africa Province (ISWAP) and JAS clashed.", ["ISWAP", "BOKOHARAM"]),
        ("La MINUSMA a quitté le pays ; l’OIF a suspendu sa coopération.", ["MINUSMA", "OIF"]),
        ("The IMF and the World Bank met the AfDB and the UEMOA.", ["IMF", "WB", "AFDB", "WAEMU"]),
        ("La Commission de la CEDEAO et le Conseil de paix et de sécurité de l’UA.", ["ECOWASC", "AUPSC"]),
        ("Le JNIM et l’EIGS se disputent la zone des trois frontières.", ["JNIM", "ISGS"]),
        ("The ICC and the ICJ, like UNHCR and OCHA, are in The Hague or Geneva.", ["ICC", "ICJ", "UNHCR", "OCHA"]),
        ("La Communauté économique des Etats de l’Afrique de l’ouest (Cedeao) a tranché.", ["ECOWAS"]),
        ("Les combattants d’al-Qaida au Maghreb islamique (Aqmi) ont fui.", ["AQIM"]),
        ("Somali Islamist group al Shabaab claimed the attack.", ["SHABAAB"]),
        ("Le groupe État islamique au Sahel, rival du Jnim, progresse.", ["ISGS", "JNIM"]),
    ])
    func findsOrganisationsUnderOneId(text: String, expected: [String]) throws {
        #expect(try organisations(text) == Set(expected))
    }

    @Test func acronymsInCapitalsDoNotMatchSmallLetters() throws {
        #expect(try organisations("Il a fallu un bad départ, puis ils ont pris le pam de mie.").isEmpty)
    }
}
