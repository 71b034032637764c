import Testing

@testable import VeilleCore

/// One person written several ways, with several roles, is one entity in a release and in a story.
struct PersonVariantsTests {
    @Test func onePersonUnderSeveralSpellingsAndRolesInARelease() throws {
        let text = """
            Le ministre des Affaires étrangères, Robert Dussey, a reçu l’envoyé spécial. Le chef de la diplomatie
            togolaise R. Dussey a rappelé les engagements. « Nous avançons », a dit M. Dussey. Le ministre Robert DUSSEY
            et son homologue ghanéen, Samuel Okudzeto Ablakwa, ont signé.
            """
        let people = EntityExtractor(gazetteer: try TestConfiguration.gazetteer()).entities(inText: text)
            .filter { $0.kind == .person }
        #expect(people.map(\.name).sorted() == ["Robert Dussey", "Samuel Okudzeto Ablakwa"])
        let dussey = try #require(people.first { $0.name == "Robert Dussey" })
        #expect(dussey.role == "ministre des Affaires étrangères")
        #expect(dussey.mentions == 4)
    }

    @Test func variantsFromDifferentReleasesMergeInAStoryTally() {
        var tally = EntityTally()
        tally.add(Entity(kind: .person, key: "r dussey", name: "R. Dussey", role: "ministre"))
        tally.add(Entity(kind: .person, key: "robert dussey", name: "Robert Dussey", role: "ministre des Affaires étrangères"))
        tally.add(Entity(kind: .person, key: "roger dussey", name: "Roger Dussey", role: "maire"))
        let people = tally.entities.filter { $0.kind == .person }
        #expect(people.count == 2)
        let merged = try? #require(people.first { $0.key == "robert dussey" })
        #expect(merged?.mentions == 2)
        #expect(merged?.role == "ministre des Affaires étrangères")
    }

    @Test(arguments: [
        ("faure gnassingbe", "faure essozimna gnassingbe", true),
        ("r dussey", "robert dussey", true),
        ("robert dussey", "roger dussey", false),
        ("mahamat idriss deby", "idriss deby", false),
        ("abdoulaye diop", "abdoulaye bathily", false),
    ])
    func namesThatCanBeOnePerson(first: String, second: String, expected: Bool) {
        let words = { (text: String) in text.split(separator: " ") }
        #expect(PersonVariants.canBeOnePerson(words(first), words(second)) == expected)
    }
}
