import Foundation
import Testing

@testable import VeilleCore

/// The hard cases of topic classification, each as a short release we wrote, run through the
/// shipped topic files: keyword traps, passing mentions, real two-topic releases, French folding.
struct HardCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: Language
        var title: String
        var paragraphs: [String]
        var topics: Set<String>
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "social and road safety are not security topics", language: .fr,
            title: "La CNSS lance sa campagne de sécurité sociale",
            paragraphs: [
                "La Caisse nationale de sécurité sociale a ouvert lundi à Kara une campagne d’immatriculation des artisans.",
                "La direction de la sécurité routière rappelle le port du casque aux conducteurs de taxi-motos.",
            ], topics: []),
        Case(
            name: "a dodged bullet and airport security are not terrorism", language: .en,
            title: "Lomé airport upgrades its security lanes",
            paragraphs: [
                "Passengers will clear airport security faster from March, the operator said on Tuesday.",
                "The company dodged a bullet when the old scanners failed a week before the holiday rush.",
            ], topics: []),
        Case(
            name: "proactive diplomacy with a vaccine alliance is not diplomacy", language: .fr,
            title: "Santé : le ministre reçoit une délégation de GAVI",
            paragraphs: [
                "Dans le cadre de sa diplomatie proactive, le ministre de la Santé a reçu une délégation de GAVI.",
                "Les échanges ont porté sur le financement de la vaccination des enfants de moins de cinq ans.",
            ], topics: []),
        Case(
            name: "a World Bank delegation meeting the president is not diplomacy", language: .en,
            title: "World Bank delegation meets President on growth strategy",
            paragraphs: [
                "A World Bank delegation paid a courtesy visit to the President on Monday to discuss the growth strategy.",
                "The delegation praised the partnership with the World Bank and the reforms of public finance.",
            ], topics: []),
        Case(
            name: "arson at a market is not terrorism", language: .fr,
            title: "Incendie criminel au grand marché de Lomé",
            paragraphs: [
                "Un incendie d’origine criminelle a ravagé une partie du grand marché dans la nuit de samedi.",
                "La police a interpellé deux suspects. Les commerçants estiment leurs pertes à plusieurs millions.",
            ], topics: []),
        Case(
            name: "armed groups and armed forces are not weapons", language: .fr,
            title: "Les forces armées reprennent le contrôle d’une localité",
            paragraphs: [
                "Les forces armées nationales ont repris le contrôle de la localité après le départ de groupes armés.",
                "Les populations déplacées commencent à regagner leurs domiciles, selon le préfet.",
            ], topics: []),
        Case(
            name: "an intelligence-sharing deal against terrorism is terrorism and diplomacy", language: .fr,
            title: "Commission mixte Togo-Bénin : un accord de partage de renseignements contre le terrorisme",
            paragraphs: [
                "Les ministres des Affaires étrangères du Togo et du Bénin ont clos vendredi la commission mixte de coopération.",
                "Les deux pays ont signé un accord de partage de renseignements pour lutter contre le terrorisme et les groupes jihadistes.",
            ], topics: ["terrorism", "diplomacy"]),
        Case(
            name: "resolution 1540 is terrorism and arms control", language: .en,
            title: "Workshop on resolution 1540: keeping weapons of mass destruction from terrorists",
            paragraphs: [
                "Officials met in Accra to review the implementation of Security Council resolution 1540.",
                "The resolution obliges states to prevent non-State actors, including terrorist groups, from acquiring weapons of mass destruction.",
            ], topics: ["terrorism", "arms-control"]),
        Case(
            name: "a strategic stability dialogue is arms control and diplomacy", language: .en,
            title: "US and Russian envoys resume strategic stability talks in Geneva",
            paragraphs: [
                "Senior diplomats of the United States and Russia met in Geneva for a new round of strategic stability talks.",
                "The delegations discussed the future of New START and limits on nuclear warheads.",
            ], topics: ["arms-control", "diplomacy"]),
        Case(
            name: "a named jihadist group in the lead makes a release about terrorism", language: .en,
            title: "Troops intercept a convoy near Diffa",
            paragraphs: [
                "Troops intercepted a convoy of motorbikes carrying fuel and food for a Boko Haram cell near Diffa on Sunday.",
                "Four suspects were arrested and handed over to the gendarmerie.",
            ], topics: ["terrorism"]),
        Case(
            name: "West African leaders at an ECOWAS summit named in full is diplomacy", language: .fr,
            title: "Abuja accueille les dirigeants ouest-africains",
            paragraphs: [
                "Un sommet de la Communauté économique des États de l’Afrique de l’Ouest s’ouvre dimanche à Abuja.",
                "Les dirigeants ouest-africains examineront la situation au Mali, au Burkina Faso et au Niger.",
            ], topics: ["diplomacy"]),
        Case(
            name: "text typed in capitals without accents is read as any other", language: .fr,
            title: "LE MINISTRE DES AFFAIRES ETRANGERES EN VISITE OFFICIELLE A ACCRA",
            paragraphs: ["LE CHEF DE LA DIPLOMATIE A ETE RECU PAR SON HOMOLOGUE GHANEEN POUR DES ENTRETIENS BILATERAUX."],
            topics: ["diplomacy"]),
    ]

    @Test(arguments: cases)
    func hardCaseGetsItsTopics(_ hardCase: Case) throws {
        let release = Release(
            fileName: "case.txt", contentHash: "h", format: .text, title: hardCase.title, titleOrigin: .firstLine,
            body: hardCase.paragraphs.joined(separator: "\n"), language: hardCase.language, receivedAt: Date())
        let scores = TopicClassifier(topics: try TestConfiguration.topics()).classify(release)
        #expect(Set(scores.filter(\.assigned).map(\.topic)) == hardCase.topics, "\(scores.map { "\($0.topic) \($0.score)" })")
    }

    @Test func relatedLinksAboutAnotherSubjectDoNotDriveALabel() throws {
        let text = """
            Visite officielle du ministre des Affaires étrangères à Niamey

            Le ministre des Affaires étrangères a été reçu mardi par son homologue nigérien. Les deux chefs de la diplomatie ont passé en revue la coopération bilatérale.

            Ils ont convenu de réunir la commission mixte avant la fin de l’année.

            Lire aussi

            Attaque terroriste dans le nord : le bilan s’alourdit

            Les jihadistes du JNIM revendiquent l’attentat de Kpendjal

            Terrorisme : la CEDEAO active sa force en attente
            """
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(name: "visite.txt", bytes: Array(text.utf8), contentHash: "h", receivedAt: Date()))
        let scores = TopicClassifier(topics: try TestConfiguration.topics()).classify(release)
        #expect(Set(scores.filter(\.assigned).map(\.topic)) == ["diplomacy"], "\(scores.map { "\($0.topic) \($0.score)" })")
    }
}
