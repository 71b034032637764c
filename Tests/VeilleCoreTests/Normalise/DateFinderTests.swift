import Foundation
import Testing

@testable import VeilleCore

struct DateFinderTests {
    /// Received on 2025-11-24.
    private let finder = DateFinder(
        receivedAt: Date(timeIntervalSince1970: 1_764_000_000), timeZone: TimeZone(identifier: "Africa/Lome") ?? .gmt)

    @Test(arguments: [
        ("Lomé, le jeudi 28 novembre 2024 – Le ministre a reçu…", "2024-11-28"),
        ("Le 1er février 2025, la commission s’est réunie.", "2025-02-01"),
        ("LOMÉ, 12 June 2025 – A workshop opened today.", "2025-06-12"),
        ("Washington, November 28, 2024 — The Secretary met…", "2024-11-28"),
        ("Published on the 3rd March 2025 by the ministry", "2025-03-03"),
        ("Communiqué du 30/01/2025 : le conseil des ministres", "2025-01-30"),
        ("Posted 2025-03-14T10:00:00Z", "2025-03-14"),
        ("(mise à jour 14.03.2025)", "2025-03-14"),
        ("Berlin, 9. Februar 2022 – Der Minister empfing…", "2022-02-09"),
        ("Veröffentlicht am09.02.2022 um 10:15", "2022-02-09"),
        ("Stand: 09.02.22", "2022-02-09"),
        ("Madrid, 12 de marzo de 2024 – El ministro recibió…", "2024-03-12"),
        ("Lisboa, 3 de março de 2024", "2024-03-03"),
        ("Roma, 5 maggio 2024 – Il ministro…", "2024-05-05"),
        ("Détails Créé le jeudi 28 novembre 2024 10:22 Écrit par la rédaction", "2024-11-28"),
    ])
    func findsWrittenAndNumericDates(text: String, expected: String) {
        #expect(finder.find(in: [text], copyrightYear: nil)?.description == expected)
    }

    @Test func takesTheYearOfACopyrightNoticeWhenTheTextGivesNone() {
        #expect(finder.find(in: ["a lancé le jeudi 28 novembre une alliance"], copyrightYear: 2024)?.description == "2024-11-28")
        #expect(finder.find(in: ["a lancé le jeudi 28 novembre une alliance"], copyrightYear: nil) == nil)
    }

    @Test(arguments: [
        "La résolution 1540 (2004) du Conseil de sécurité",
        "les 9 et 10 avril à Lomé",
        "You may 12 times try",
        "Le 12 décembre 2031, date prévue",
        "le 31 février 2025",
        "exige la libération avant le 1er janvier 2023 des militaires",
        "À partir du 1er septembre 2025 sera introduit le vaccin",
        "jusqu'au 15 mars 2025, les candidatures sont ouvertes",
        "Applications are open until 15 March 2025",
        "screening is scheduled from 28 June 2025 in all states",
        "Anmeldung bis 15.03.2025 möglich",
        "Créé le 16 février 2014 à Nouakchott, le G5 Sahel réunit cinq pays",
        "L’état d’urgence est en vigueur depuis le 3 mars 2023 dans la région",
        "The commission, founded on 12 May 2001, met in Accra",
        "Fighting has continued since 15 April 2023 in the capital",
    ])
    func ignoresWhatIsNotAPlausiblePublicationDate(text: String) {
        #expect(finder.find(in: [text], copyrightYear: nil) == nil)
    }

    @Test(arguments: [
        ("2024-10", "2024-10"), ("2024-10-05T08:00:00+01:00", "2024-10-05"), ("2024/10/05", nil), ("24-10-05", nil),
    ])
    func readsTheDateAtTheStartOfAnISOStamp(stamp: String, expected: String?) {
        #expect(DateFinder.isoPrefix(stamp)?.description == expected)
    }
}
