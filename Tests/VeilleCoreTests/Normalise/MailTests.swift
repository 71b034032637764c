import Foundation
import Testing

@testable import VeilleCore

/// E-mails as a press desk receives them (Fixtures/mail, written by make.py there): forwarded,
/// quoted-printable, with the release attached, in another charset, or hostile.
struct MailTests {
    private func normalise(_ name: String) throws -> Release {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        return try normaliser.normalise(
            InboxFile(name: name, bytes: try Repository.fixture("mail/" + name), contentHash: "h", receivedAt: Date()))
    }

    @Test func forwardedCommuniqueInQuotedPrintableReadsAsTheCommunique() throws {
        let release = try normalise("forwarded-qp.eml")
        #expect(release.format == .mail)
        #expect(release.title == "Communiqué sur la situation sécuritaire dans les Savanes")
        #expect(release.titleOrigin == .mailSubject)
        #expect(release.published == PublicationDate(year: 2024, month: 12, day: 2), "the forwarded message's own date")
        #expect(release.source == "Service de presse")
        #expect(release.body.contains("dispositif sécuritaire a été renforcé"))
        #expect(!release.body.contains("=C3"))
        #expect(!release.body.contains("Pour information"), "the cover line is not the release")
        #expect(!release.body.contains("confidentiels"), "the signature is cut")
        #expect(release.language == .fr)
    }

    @Test func coverNoteWithAnAttachedPageGivesThePage() throws {
        let release = try normalise("cover-note-attachment.eml")
        #expect(release.title == "Minister to attend Togo-Ghana joint commission")
        #expect(release.body.contains("joint commission between Togo and Ghana"))
        #expect(!release.body.contains("Please find attached"))
        #expect(!release.body.contains("Home"), "the attached page goes through HTML extraction")
        #expect(release.published == PublicationDate(year: 2024, month: 12, day: 4), "the mail's date, the page states none")
        #expect(release.source == "Ministère des Affaires étrangères", "the sender's name, decoded")
        #expect(release.language == .en)
    }

    @Test func attachedMessageInLatin1IsTheRelease() throws {
        let release = try normalise("attached-message.eml")
        #expect(release.title == "Attaque contre un poste avancé près de Dapaong")
        #expect(release.published == PublicationDate(year: 2024, month: 11, day: 29))
        #expect(release.source == "Préfecture de Tône")
        #expect(release.body.contains("Sécurité et de la Protection civile"))
    }

    @Test func aThousandPartsAreRefusedWithAReason() throws {
        do {
            _ = try normalise("thousand-parts.eml")
            Issue.record("a thousand parts were read")
        } catch let error as VeilleError {
            #expect(error.code == .unreadable)
            #expect(error.reason.contains("more than \(MailPart.maximumParts) parts"))
        }
    }

    @Test func boundaryThatNeverClosesStillGivesItsParts() throws {
        let mail = """
            From: desk@example.org\r
            Subject: Sans fin\r
            Content-Type: multipart/mixed; boundary="b1"\r
            \r
            --b1\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            La commission mixte se réunira à Lomé la semaine prochaine pour examiner la coopération.\r
            """
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(name: "x", bytes: Array(mail.utf8), contentHash: "h", receivedAt: Date()))
        #expect(release.title == "Sans fin")
        #expect(release.body.contains("commission mixte"))
    }

    /// The confidentiality notices and "think before printing" lines that mail systems add under
    /// a forwarded communiqué are not its text, in French or English.
    @Test(arguments: [
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de ses destinataires.",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        "Disclaimer: the views expressed in this message are those of the sender.",
        "Please consider the environment before printing this e-mail.",
    ])
    func mailDisclaimersAreNotTheReleasesText(disclaimer: String) throws {
        let mail = """
            From: Cellule presse <presse@ministere.example>\r
            Subject: Visite du ministre à Accra\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Le ministre des Affaires étrangères s’est rendu à Accra pour une session de la commission mixte.\r
            \r
            Les deux délégations ont signé trois accords de coopération.\r
            \r
            \(disclaimer)\r
            """
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(name: "x", bytes: Array(mail.utf8), contentHash: "h", receivedAt: Date()))
        #expect(release.body.contains("trois accords"))
        #expect(!release.body.contains(String(disclaimer.prefix(20))))
    }

    @Test func encodedWordsAndTransferEncodingsDecode() {
        #expect(EncodedWords.decode("=?UTF-8?Q?S=C3=A9curit=C3=A9_au?= =?UTF-8?B?IFNhaGVs?=") == "Sécurité au Sahel")
        #expect(EncodedWords.decode("=?ISO-8859-1?Q?Pr=E9fecture?= de Tône") == "Préfecture de Tône")
        #expect(EncodedWords.decode("plain =? not encoded") == "plain =? not encoded")
        #expect(
            String(decoding: TransferEncoding.quotedPrintable(Array("s=C3=A9curi=\r\ntaire =ZZ".utf8)), as: UTF8.self)
                == "sécuritaire =ZZ")
        #expect(
            String(decoding: TransferEncoding.base64(Array("Q0VERUFP\r\nIGV0IEFFUw==".utf8)), as: UTF8.self) == "CEDEAO et AES")
        #expect(Charset.decode([0x50, 0x72, 0xE9], declared: "iso-8859-15") == "Pré")
    }

    @Test func mailIsRecognisedByContentNotByName() {
        #expect(ContentSniffer.looksLikeMail(Array("From: a@b.c\r\nSubject: x\r\n\r\nbody".utf8)))
        #expect(ContentSniffer.looksLikeMail(Array("Received: from x\r\n\tby y\r\nDate: Tue, 3 Dec 2024\r\n\r\n".utf8)))
        #expect(
            !ContentSniffer.looksLikeMail(Array("Objet : réunion\nLe ministre a reçu…".utf8)), "one header-like line is a text")
        #expect(!ContentSniffer.looksLikeMail(Array("Lomé, le 3 décembre 2024\nDate: demain\nSubject: x".utf8)))
    }

    @Test func senderIsTheDisplayNameElseTheDomain() {
        #expect(MailReader.sender("\"Service de presse\" <presse@gouv.tg>") == "Service de presse")
        #expect(MailReader.sender("presse@diplomatie.gouv.tg") == "diplomatie.gouv.tg")
        #expect(MailReader.withoutReplyPrefixes("Fwd: TR: RE: Communiqué final") == "Communiqué final")
        #expect(MailReader.date("Tue, 3 Dec 2024 09:12:00 +0100") == PublicationDate(year: 2024, month: 12, day: 3))
        #expect(MailReader.date("mardi 3 décembre 2024 10:02") == PublicationDate(year: 2024, month: 12, day: 3))
    }
}
