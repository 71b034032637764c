import Foundation
import Testing

@testable import VeilleCore

/// PDF releases as ministries publish them (Fixtures/pdf, written by make.py there, each beside
/// its known text): FR and EN, two columns, running headers and page numbers, hyphenation, a
/// scan, an encrypted file, hostile files, and a mail with a PDF attached.
struct PDFTests {
    /// `name` normalised as the pipeline does, with the repository's boilerplate rules.
    static func normalise(_ name: String, limits: PDFLimits = PDFLimits()) throws -> Release {
        var normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        normaliser.pdfLimits = limits
        let bytes = try Repository.fixture("pdf/" + name)
        return try normaliser.normalise(InboxFile(name: name, bytes: bytes, contentHash: "h", receivedAt: Date()))
    }

    /// The error normalising `name` throws, or nil when it gives a release.
    static func refusal(_ name: String, limits: PDFLimits = PDFLimits()) -> VeilleError? {
        do {
            _ = try normalise(name, limits: limits)
            return nil
        } catch { return error as? VeilleError }
    }

    /// The known title, and the known text as paragraphs.
    static func expected(_ name: String) throws -> (title: String, paragraphs: [String]) {
        let text = String(
            decoding: try Repository.fixture("pdf/" + name.replacingOccurrences(of: ".pdf", with: ".expected.txt")), as: UTF8.self
        )
        let blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (blocks[0], Array(blocks.dropFirst()))
    }

    static let releases = ["fr-communique.pdf", "en-statement.pdf", "two-columns.pdf", "running-headers.pdf", "ten-pages.pdf"]

    @Test(arguments: releases)
    func textMatchesTheKnownTextWithF1AtLeast095(name: String) throws {
        let release = try Self.normalise(name)
        let expected = try Self.expected(name)
        let score = WordF1.score(
            release.title + "\n" + release.body, expected.title + "\n" + expected.paragraphs.joined(separator: "\n"))
        #expect(score >= 0.95, "F1 \(score) on \(name)")
        #expect(release.title == expected.title)
        #expect(release.format == .pdf)
    }

    @Test(arguments: releases)
    func paragraphsComeWholeAndInReadingOrder(name: String) throws {
        let release = try Self.normalise(name)
        let paragraphs = release.body.components(separatedBy: "\n\n")
        #expect(paragraphs == (try Self.expected(name).paragraphs))
    }

    @Test(arguments: ["running-headers.pdf", "ten-pages.pdf"])
    func runningHeadersFootersAndPageNumbersNeverReachTheText(name: String) throws {
        let release = try Self.normalise(name)
        for chrome in ["www.peaceau.org", "Page 2", "- 2 -", "Union africaine — Conseil"] {
            #expect(!release.body.contains(chrome), "\(chrome) in \(name)")
        }
    }

    @Test func hyphenatedLineEndsAreJoined() throws {
        let release = try Self.normalise("running-headers.pdf")
        for word in ["sécuritaire", "fermement", "rétablissement", "coopération transfrontalière"] {
            #expect(release.body.contains(word), "\(word)")
        }
        #expect(!release.body.contains("sécuri-"))
    }

    @Test func documentTitleAndDateAreTakenWhenSet() throws {
        let release = try Self.normalise("fr-communique.pdf")
        #expect(release.titleOrigin == .documentInfo)
        #expect(release.published == PublicationDate(year: 2024, month: 12, day: 5))
        #expect(release.dateOrigin == .documentInfo)
        #expect(release.source == nil, "the Author (a login) and the Producer (software) are no source")
        #expect(release.language == .fr)
    }

    @Test func wordProcessorTitleGivesWayToTheFirstHeading() throws {
        let release = try Self.normalise("en-statement.pdf")
        #expect(release.title == "UNOWAS welcomes the Abuja border agreement")
        #expect(release.titleOrigin == .firstLine)
        #expect(release.language == .en)
    }

    @Test func scannedPDFIsRefusedForItsMissingTextLayer() {
        let error = Self.refusal("scanned.pdf")
        #expect(error?.code == .noText)
        #expect(error?.reason.hasPrefix("scanned PDF: no text layer") == true)
        #expect(error?.rejectsFile == true)
    }

    @Test func encryptedPDFIsRefusedAsEncrypted() {
        let error = Self.refusal("encrypted.pdf")
        #expect(error?.code == .unreadable)
        #expect(error?.reason.hasPrefix("encrypted PDF: ") == true)
    }

    @Test func damagedPDFIsRefusedWithPopplersReason() throws {
        var normaliser = Normaliser(boilerplate: .none, timeZone: .gmt)
        normaliser.pdfLimits = PDFLimits()
        let bytes = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage".utf8)
        #expect(throws: VeilleError.self) {
            try normaliser.normalise(InboxFile(name: "x.pdf", bytes: bytes, contentHash: "h", receivedAt: Date()))
        }
    }

    @Test func zipBombStreamStopsAtTheTimeLimit() {
        let started = ContinuousClock.now
        let error = Self.refusal("zip-bomb.pdf", limits: PDFLimits(seconds: 0.2))
        #expect(error?.code == .tooLarge)
        #expect(error?.reason.contains("took longer than 0.2 s") == true)
        #expect(ContinuousClock.now - started < .seconds(1), "refused at the limit, not when poppler is done")
    }

    @Test func tenThousandPagesAreRefusedBeforeAnyIsRead() throws {
        let bytes = MinimalPDF.pages(10_000)
        let started = ContinuousClock.now
        do throws(VeilleError) {
            _ = try Normaliser(boilerplate: .none, timeZone: .gmt)
                .normalise(InboxFile(name: "long.pdf", bytes: bytes, contentHash: "h", receivedAt: Date()))
            Issue.record("10,000 pages were read")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.reason.contains("10000 pages"))
            #expect(error.reason.contains("at most 200"))
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func pageLimitComesFromTheSettings() {
        let error = Self.refusal("ten-pages.pdf", limits: PDFLimits(maximumPages: 9))
        #expect(error?.code == .tooLarge)
        #expect(error?.reason.contains("at most 9") == true)
    }

    @Test func coverNoteWithAnAttachedPDFGivesThePDFWithTheMailsDateAndSender() throws {
        let release = try Self.normalise("cover-note-pdf.eml")
        #expect(release.format == .mail)
        #expect(release.title == "Réunion ministérielle sur la sécurité maritime à Lomé")
        #expect(release.body.contains("golfe de Guinée"))
        #expect(!release.body.contains("Veuillez trouver"), "the cover note is not the release")
        #expect(release.published == PublicationDate(year: 2024, month: 12, day: 6), "the mail's date, not the PDF's")
        #expect(release.dateOrigin == .mailHeader)
        #expect(release.source == "Service de presse")
    }

    @Test func attachedPDFWithoutATitleIsHeadedByItsFirstLineNotTheSubject() throws {
        let release = try Self.normalise("cover-note-untitled-pdf.eml")
        #expect(release.title == "UNOWAS welcomes the Abuja border agreement", "not the subject, 'Press release'")
        #expect(release.titleOrigin == .firstLine)
        #expect(!release.body.contains("UNOWAS welcomes"), "the heading is not repeated in the text")
        #expect(release.body.hasPrefix("The United Nations Office for West Africa"))
        #expect(release.published == PublicationDate(year: 2024, month: 12, day: 6))
    }
}
