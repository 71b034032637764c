import Foundation
import Testing

@testable import VeilleCore

struct NormaliserTests {
    private let receivedAt = Date(timeIntervalSince1970: 1_764_000_000)  // 2025-11-24

    private func normalise(_ name: String, _ bytes: [UInt8]) throws -> Release {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        return try normaliser.normalise(InboxFile(name: name, bytes: bytes, contentHash: "hash", receivedAt: receivedAt))
    }

    private func normalise(_ name: String, _ text: String) throws -> Release { try normalise(name, Array(text.utf8)) }

    private func rejection(_ name: String, _ bytes: [UInt8]) throws -> VeilleError {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        do throws(VeilleError) {
            let release = try normaliser.normalise(
                InboxFile(name: name, bytes: bytes, contentHash: "hash", receivedAt: receivedAt))
            Issue.record("accepted: \(release.title)")
            return VeilleError(.io, "accepted")
        } catch {
            return error
        }
    }

    @Test func textReleaseLosesItsPageChrome() throws {
        let release = try normalise(
            "communique.txt",
            """
            A la une

            Le Togo et le Ghana signent un accord de coopération

            Partager
            3 Min de Lecture

            Lomé, le 12 mars 2025 – Les deux ministres ont signé un accord.
            Les délégations ont salué
            la qualité des échanges.

            Stagiaire KOFFI A.

            Recent Posts

            Un incendie au marché
            18 heures ago
            """)
        #expect(release.title == "Le Togo et le Ghana signent un accord de coopération")
        #expect(release.titleOrigin == .firstLine)
        #expect(
            release.body
                == "Lomé, le 12 mars 2025 – Les deux ministres ont signé un accord.\n\nLes délégations ont salué la qualité des échanges."
        )
        #expect(release.published?.description == "2025-03-12")
        #expect(release.language == .fr)
        #expect(release.format == .text)
    }

    @Test func leadingDateStampBecomesThePublicationDate() throws {
        let release = try normalise(
            "d.txt",
            " date 2024-10 Le chef de la diplomatie a participé lundi à une réunion à Washington. Il a rencontré ses homologues de la coalition et les délégations des pays membres."
        )
        #expect(release.published?.description == "2024-10")
        #expect(release.body.hasPrefix("Le chef de la diplomatie"))
        #expect(release.titleOrigin == .firstSentence)
        #expect(release.title == "Le chef de la diplomatie a participé lundi à une réunion à Washington.")
    }

    @Test func copyrightNoticeNamesTheSourceAndTheYear() throws {
        let release = try normalise(
            "c.txt",
            """
            Lancement d’une alliance pour la paix

            Lomé (© 2024 Afriquinfos)- La diplomatie togolaise a lancé le jeudi 28 novembre une alliance pour la paix et la sécurité dans la région.
            """)
        #expect(release.source == "Afriquinfos")
        #expect(release.published?.description == "2024-11-28")
    }

    @Test(arguments: [
        "Le village de Mango après l’attaque, vu depuis la route de Dapaong. © Studio photo du ministère",
        "Des déplacés près de Kpendjal. Togo. Mars 2024 © Koffi Amega/ONG Secours",
        "Photo © Agence Sahel",
        "© AFP par Yao Mensah",
        "Le_poste_de_Tône_©Gendarmerie_nationale.jpg",
    ])
    func aPicturesCreditIsNotThePublisher(credit: String) throws {
        let release = try normalise(
            "p.txt",
            """
            Les forces de défense renforcent leur présence dans les Savanes

            Les forces de défense et de sécurité ont renforcé leur présence dans la région des Savanes après l’attaque de la semaine dernière.

            \(credit)

            Le ministre de la Sécurité a rencontré les chefs de canton pour faire le point sur la situation.
            """)
        #expect(release.source == nil, "from \(credit)")
    }

    @Test(arguments: ["© Agence Togolaise de Presse", "Tous droits de reproduction réservés © Agence Togolaise de Presse"])
    func aNoticeOnItsOwnLineNamesThePublisher(notice: String) throws {
        let release = try normalise(
            "n.txt",
            """
            Les forces de défense renforcent leur présence dans les Savanes

            Les forces de défense et de sécurité ont renforcé leur présence dans la région des Savanes.

            \(notice)
            """)
        #expect(release.source == "Agence Togolaise de Presse")
    }

    @Test(arguments: [
        ("The minister met her counterpart and the two delegations discussed the agenda of the summit.", Language.en),
        ("Le ministre a rencontré son homologue et les deux délégations ont examiné les questions de la région.", .fr),
        ("Waziri alikutana na mwenzake mjini Lomé.", .other),
    ])
    func detectsTheLanguage(text: String, language: Language) throws {
        #expect(try normalise("l.txt", "Titre\n\n" + text).language == language)
    }

    @Test func htmlIsRecognisedByContentEvenWithATextName() throws {
        let release = try normalise(
            "export.txt", "<!DOCTYPE html><html><body><h1>Titre</h1><p>Un paragraphe de texte.</p></body></html>")
        #expect(release.format == .html)
        #expect(release.title == "Titre")
        #expect(release.body == "Un paragraphe de texte.")
    }

    @Test func undeclaredWindows1252PageIsNotReadAsLatin1() throws {
        let bytes =
            Array("<html><body><h1>L".utf8) + [0x92] + Array("accord</h1><p>Sign".utf8) + [0xE9] + Array(" ".utf8) + [0x85]
            + Array("</p></body></html>".utf8)
        let release = try normalise("p.html", bytes)
        #expect(release.title == "L’accord")
        #expect(release.body == "Signé …")
    }

    @Test(
        arguments: [
            ("empty.txt", [UInt8](), VeilleError.Code.empty),
            ("blank.txt", Array("   \n\n\t  \n".utf8), .noText),
            ("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .binary),
            (
                "shell.html",
                Array(
                    "<html><head><title>App</title><script>render()</script></head><body><div id=\"root\"></div></body></html>"
                        .utf8), .noText
            ),
            ("chrome.txt", Array("Partager\n\n3 min de lecture\n".utf8), .noText),
        ] as [(String, [UInt8], VeilleError.Code)])
    func unusableFileIsRefusedWithAReason(name: String, bytes: [UInt8], code: VeilleError.Code) throws {
        let error = try rejection(name, bytes)
        #expect(error.code == code)
        #expect(error.rejectsFile)
        #expect(error.reason.hasSuffix("."))
    }
}
