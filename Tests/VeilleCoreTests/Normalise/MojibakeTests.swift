import Foundation
import Testing

@testable import VeilleCore

/// UTF-8 once read as Windows-1252, repaired where it cannot be meant, and datelines.
struct MojibakeTests {
    @Test(arguments: [
        ("sÃ©curitÃ©", "sécurité"),
        ("CÃ´te dâ€™Ivoire", "Côte d’Ivoire"),
        ("Abidjan â€“ la Å“uvre", "Abidjan – la œuvre"),
        ("Â« Paix Â»", "« Paix »"),
    ])
    func repairsMisreadUTF8(broken: String, repaired: String) {
        #expect(Mojibake.repaired(broken) == repaired)
    }

    @Test(arguments: ["sécurité", "Côte d’Ivoire", "«ÉTÉ»", "Ã  la", "Ça va, â", "plain ASCII"])
    func leavesCorrectTextAlone(text: String) {
        #expect(Mojibake.repaired(text) == text)
    }

    @Test func textFileWithMisreadLinesIsRepairedAndKeepsItsCorrectOnes() throws {
        let text = try TextDecoding.decode(try Repository.fixture("fr-mojibake.txt"), path: "fr-mojibake.txt")
        #expect(text.contains("coopération en matière de sécurité frontalière"))
        #expect(text.contains("numéro d’urgence commun"))
        #expect(!text.contains("Ã") && !text.contains("â€"))
    }

    @Test func pageWithMisreadTextIsRepaired() throws {
        let html =
            "<html><head><meta charset=\"utf-8\"></head><body><h1>La sÃ©curitÃ© maritime</h1><p>"
            + String(repeating: "Les Ã‰tats cÃ´tiers renforcent leur coopÃ©ration. ", count: 3) + "</p></body></html>"
        let normaliser = Normaliser(boilerplate: .none, timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(name: "m.html", bytes: Array(html.utf8), contentHash: "h", receivedAt: Date()))
        #expect(release.title == "La sécurité maritime")
        #expect(release.body.contains("Les États côtiers renforcent leur coopération."))
    }

    @Test(arguments: [
        ("LOMÉ, 12 mars 2025 – Le ministre a reçu…", "Lomé"),
        ("Lomé (© 2024 Togo Presse) – Le gouvernement…", "Lomé"),
        ("New York, le 29 avril 2025 – La mission…", "New York"),
        ("ABIDJAN – Les chefs d’état-major…", "Abidjan"),
        ("N’DJAMENA, 4 juin – Le président…", "N’Djamena"), ("SAINT-LOUIS, 2 mai – Le port…", "Saint-Louis"),
        ("Le ministre a reçu – dit-on – les ambassadeurs.", nil),
        ("Ce mardi, 12 mars – rien.", nil),
    ])
    func datelineGivesThePlace(paragraph: String, place: String?) {
        #expect(DatelineFinder.place(in: paragraph) == place)
    }

    /// A wire's dateline credits its agency, in brackets after the place and the day; the text
    /// starts after it, with or without a dash.
    @Test(arguments: [
        ("ACCRA (Reuters) - Ghana a rouvert sa frontière.", "Accra", "Reuters", "Ghana a rouvert sa frontière."),
        ("Kara, 3 mai (ATOP) – Le préfet a reçu les chefs.", "Kara", "ATOP", "Le préfet a reçu les chefs."),
        ("Sokodé (TogoFirst.com)—The governor met the chiefs.", "Sokodé", "TogoFirst.com", "The governor met the chiefs."),
        ("Dapaong, 9 juin (ATOP) Un atelier s’est ouvert.", "Dapaong", "ATOP", "Un atelier s’est ouvert."),
        ("Lomé (© 2024 Togo Presse) – Le gouvernement a parlé.", "Lomé", "Togo Presse", "Le gouvernement a parlé."),
        ("12 mars (Reuters) - Le Gafi a publié sa liste.", nil, "Reuters", "Le Gafi a publié sa liste."),
    ])
    func wireDatelineGivesPlaceCreditAndTheTextAfterIt(paragraph: String, place: String?, credit: String, text: String) throws {
        let dateline = try #require(DatelineFinder.dateline(in: paragraph))
        #expect(dateline.place == place)
        #expect(dateline.credit == credit)
        #expect(String(paragraph.dropFirst(dateline.length)) == text)
        #expect(TitleFinder.madeUpTitle(from: paragraph) == text)
    }

    @Test(arguments: [
        "Le ministre (MAEIA) a reçu les ambassadeurs.", "Lomé (photo) – Le marché a brûlé.", "Kara (Togo), un marché neuf.",
    ])
    func bracketsThatCreditNoAgencyMakeNoWireDateline(paragraph: String) {
        #expect(DatelineFinder.dateline(in: paragraph)?.credit == nil)
    }
}
