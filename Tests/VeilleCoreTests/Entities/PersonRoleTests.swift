import Testing

@testable import VeilleCore

/// People are names next to a phrase of the role lexicon, and the role is that phrase alone.
struct PersonRoleTests {
    private static let extractor = Result { EntityExtractor(gazetteer: try TestConfiguration.gazetteer()) }

    private func people(_ text: String) throws -> [Entity] {
        try Self.extractor.get().entities(inText: text).filter { $0.kind == .person }
    }

    @Test(arguments: [
        ("President Donald Trump, according to the White House, will travel on Monday.", "Donald Trump", "President"),
        ("Attorney General Letitia James filed the suit on Tuesday.", "Letitia James", "Attorney General"),
        ("Abdoulaye Diop, ministre malien des Affaires étrangères, a pris la parole.", "Abdoulaye Diop",
         "ministre malien des Affaires étrangères"),
        ("Le ministre des Affaires étrangères, de l’Intégration régionale et des Togolais de l’extérieur, M. Robert Dussey, a ouvert la séance.",
         "Robert Dussey", "ministre des Affaires étrangères"),
        ("La junte a renversé le président élu Mohamed Bazoum en juillet.", "Mohamed Bazoum", "président"),
        ("Le représentant résident de la Banque mondiale au Niger Ernest Koffi était présent.", "Ernest Koffi",
         "représentant"),
        ("The meeting was chaired by Fatou Diallo, Senior Vice President of the bank.", "Fatou Diallo", "Vice President"),
        ("Étaient présents la directrice de cabinet du Premier ministre, Mme Awa Koné, et des experts.", "Awa Koné",
         "directrice"),
        ("Le conseiller du ministre, M. Kossi Amegan, a présenté le plan.", "Kossi Amegan", "conseiller"),
    ])
    func roleIsThePhraseOfTheLexicon(text: String, name: String, role: String) throws {
        let found = try people(text)
        #expect(found.map(\.name) == [name])
        #expect(found.first?.role == role)
    }

    @Test(arguments: [
        "As a general rule, Touch Bar owners update their laptops.",
        "Le ministre a reçu Robert Dussey hier.",
        "La présidente de la Commission de lutte contre la prolifération des Armes Légères et de Petit Calibre.",
        "IMF Chief Georgieva Says Meeting With Argentina Went Well",
    ])
    func noPersonWithoutARoleNextToTheName(text: String) throws {
        #expect(try people(text).isEmpty)
    }
}
