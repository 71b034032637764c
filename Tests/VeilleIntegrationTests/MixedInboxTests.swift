import Foundation
import Testing

/// The daemon as a press desk feeds it: mails, PDFs, saved pages and texts dropped together.
struct MixedInboxTests {
    static let files = [
        "mail/forwarded-qp.eml", "pdf/cover-note-pdf.eml", "pdf/running-headers.pdf", "pdf/two-columns.pdf",
        "pdf/scanned.pdf", "en-ministry-news.html", "fr-communique-terrorisme.txt",
    ]

    @Test func mixedFolderOfMailsPDFsPagesAndTextsIsIngestedInOneRun() throws {
        let veille = try VeilleProcess()
        for file in Self.files {
            try veille.drop((file as NSString).lastPathComponent, try VeilleProcess.fixture(file))
        }
        try veille.startWatching()
        try veille.waitUntil("every file to be taken", timeout: 60) {
            veille.list("Inbox").isEmpty && veille.list("State/processing").isEmpty
                && veille.files(under: "State/archive").count + veille.list("State/failed").count / 2 == Self.files.count
        }
        #expect(veille.files(under: "State/archive").count == Self.files.count - 1)
        #expect(veille.list("State/failed") == ["scanned.pdf", "scanned.pdf.reason.txt"])
        #expect(veille.contents("State/failed/scanned.pdf.reason.txt")?.contains("scanned PDF: no text layer") == true)

        let sahel = try veille.run(["search", "transfrontalière Sahel"])
        #expect(sahel.output.contains("Communiqué sur la situation sécuritaire au Sahel"), "the PDF, hyphens healed")
        #expect(!sahel.output.contains("www.peaceau.org"))
        let attached = try veille.run(["search", "golfe de Guinée"])
        #expect(attached.output.contains("Réunion ministérielle sur la sécurité maritime à Lomé"), "the mail's PDF")
        let columns = try veille.run(["search", "Dakar"])
        #expect(columns.output.contains("Foreign Ministers review regional security in Dakar"))
        #expect(veille.send(SIGTERM).status == 0)
    }

    @Test func extractAndExplainTakeAPDF() throws {
        let veille = try VeilleProcess()
        let path = VeilleProcess.fixturesFolder + "/pdf/fr-communique.pdf"
        let extracted = try veille.run(["extract", "--json", path])
        #expect(extracted.status == 0)
        #expect(extracted.output.contains("\"title_origin\":\"document-info\""))
        #expect(extracted.output.contains("Réunion ministérielle sur la sécurité maritime à Lomé"))
        let explained = try veille.run(["explain", path])
        #expect(explained.status == 0)
        #expect(explained.output.contains("Réunion ministérielle"))
    }
}
