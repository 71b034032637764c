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

    /// A press desk forwards two communiqués in one mail under a short cover note: two releases,
    /// each found by search, each naming the other in `show`; the same mail again is a duplicate.
    @Test func aMailCarryingTwoReleasesGivesTwoReleasesLinkedByTheirFile() throws {
        let mail = """
            From: Cellule presse <presse@ministere.example>
            To: veille@desk.example
            Subject: Deux communiqués du jour
            Date: Tue, 4 Mar 2025 09:12:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Bonjour, veuillez trouver ci-joint les deux communiqués du jour.
            --b1
            Content-Type: text/plain; charset=utf-8; name="sahel.txt"
            Content-Disposition: attachment; filename="sahel.txt"

            Réunion des ministres de la Défense sur la sécurité au Sahel

            Les ministres de la Défense de la région se sont réunis à Niamey pour examiner la coopération \
            transfrontalière face aux groupes armés et la mise en commun du renseignement.
            --b1
            Content-Type: text/plain; charset=utf-8; name="golfe.txt"
            Content-Disposition: attachment; filename="golfe.txt"

            Atelier sur la sûreté maritime dans le golfe de Guinée

            Les marines riveraines ont tenu à Lomé un atelier consacré à la piraterie et au partage de \
            l’information entre les centres de coordination maritime.
            --b1--
            """.replacingOccurrences(of: "\n", with: "\r\n")
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        try Data(mail.utf8).write(to: URL(fileURLWithPath: sources + "/deux.eml"))
        let ingest = try veille.run(["ingest", sources + "/deux.eml"])
        #expect(ingest.status == 0)
        #expect(
            ingest.output.contains("#1  -  deux.eml (sahel.txt)  — Réunion des ministres de la Défense sur la sécurité au Sahel"))
        #expect(ingest.output.contains("#2  -  deux.eml (golfe.txt)  — Atelier sur la sûreté maritime dans le golfe de Guinée"))
        #expect(try veille.run(["search", "Niamey"]).output.contains("Réunion des ministres de la Défense"))
        #expect(try veille.run(["search", "piraterie"]).output.contains("Atelier sur la sûreté maritime"))
        let first = try veille.run(["show", "1"])
        #expect(first.output.contains("deux.eml (sahel.txt)"))
        #expect(first.output.contains("the same file gave #2"))
        #expect(try veille.run(["show", "2"]).output.contains("the same file gave #1"))
        try Data(mail.utf8).write(to: URL(fileURLWithPath: sources + "/copie.eml"))
        #expect(try veille.run(["ingest", sources + "/copie.eml"]).output.contains("duplicate  of #1"))
        // Rebuilt from the archive, the mail gives both releases again, and its copy is a duplicate.
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: veille.state + "/index.sqlite" + suffix)
        }
        let rebuilt = try veille.run(["rebuild"])
        #expect(rebuilt.output.contains("2 releases indexed, 1 duplicate, 0 failed"), "\(rebuilt.output)")
        #expect(try veille.run(["search", "piraterie"]).output.contains("Atelier sur la sûreté maritime"))
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
