import Testing

@testable import VeilleCore

struct EntityExtractionTests {
    private func entities(_ text: String) throws -> [Entity] {
        EntityExtractor(gazetteer: try TestConfiguration.gazetteer()).entities(inText: text)
    }

    private func keys(_ entities: [Entity], _ kind: Entity.Kind) -> Set<String> {
        Set(entities.filter { $0.kind == kind }.map(\.key))
    }

    @Test func frenchCountriesOrganisationsAndPeopleWithRoles() throws {
        let found = try entities(
            """
            Le ministre des Affaires étrangères, Robert Dussey, a reçu mardi à Lomé son homologue malien.
            La délégation burkinabè a salué l’appui de la CEDEAO et de l’Union africaine.
            """)
        #expect(keys(found, .country) == ["ML", "BF"])  // "à Lomé" is a place, not the government
        #expect(keys(found, .organisation) == ["ECOWAS", "AU"])
        let person = try #require(found.first { $0.kind == .person })
        #expect(person.name == "Robert Dussey")
        #expect(person.role == "ministre des Affaires étrangères")
    }

    @Test func englishNamesDemonymsAndCapitalsStandingForGovernments() throws {
        let found = try entities(
            """
            On Monday, Washington said it would support the Nigerian army. President Bola Tinubu met ECOWAS leaders in Abuja,
            and the UN Secretary-General António Guterres welcomed the talks.
            """)
        #expect(keys(found, .country) == ["US", "NG"])
        #expect(keys(found, .organisation) == ["ECOWAS", "UN"])
        #expect(Set(found.filter { $0.kind == .person }.map(\.name)) == ["Bola Tinubu", "António Guterres"])
    }

    @Test func seasRiversAndOtherCountriesNamedAfterACountryAreNotIt() throws {
        let found = try entities(
            """
            La piraterie recule dans le golfe de Guinée, selon la marine. Les pêcheurs du delta du Niger et de la
            Guinée équatoriale saluent les patrouilles in the Gulf of Guinea.
            """)
        #expect(keys(found, .country).isEmpty, "\(found)")
        #expect(keys(try entities("La Guinée et le Niger signent un accord."), .country) == ["GN", "NE"])
    }

    @Test func frenchArticlesAreNotAcronyms() throws {
        let found = try entities("Il est arrivé au siège un lundi, en UE comme en AU.")
        #expect(keys(found, .organisation) == ["EU", "AU"])
    }

    @Test func acronymDefinedInTheTextIsAnOrganisation() throws {
        let found = try entities(
            """
            L’atelier de l’Observatoire régional de lutte contre le trafic d’armes (ORLTA) s’est ouvert hier.
            L’ORLTA publiera un rapport. Les armes légères et de petit calibre (ALPC) circulent.
            """)
        let organisation = try #require(found.first { $0.key == "ORLTA" })
        #expect(organisation.name == "Observatoire régional de lutte contre le trafic d’armes (ORLTA)")
        #expect(organisation.mentions == 2)
        #expect(!found.contains { $0.key == "ALPC" })
    }

    @Test func gazetteerErrorsNameTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("countries.yaml", "TG: {en: Togo}\ntogo: {en: Togo}\n")
        try folder.write("organisations.yaml", "UN: {en: United Nations}\n")
        #expect(throws: ConfigErrors.self) { try GazetteerLoader().load(folder: folder.path) }
        do {
            _ = try GazetteerLoader().load(folder: folder.path)
        } catch {
            #expect(error.description.contains("countries.yaml:2"))
        }
    }
}
