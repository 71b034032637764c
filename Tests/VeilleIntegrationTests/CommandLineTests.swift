import Foundation
import Testing

/// The one-shot commands, run as a shell user runs them: output, messages and exit statuses.
@Suite(.serialized)
struct CommandLineTests {
    @Test func ingestPrintsADecisionPerFileAndExitsOneWhenAFileFailed() throws {
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt")).write(to: URL(fileURLWithPath: sources + "/a.txt"))
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt")).write(to: URL(fileURLWithPath: sources + "/b.txt"))
        try Data().write(to: URL(fileURLWithPath: sources + "/c.txt"))
        let result = try veille.run(["ingest", sources])
        let lines = result.output.split(separator: "\n")
        #expect(result.status == 1)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("indexed    #1  arms-control  a.txt"))
        #expect(lines[1] == "duplicate  of #1  b.txt")
        #expect(lines[2].hasPrefix("failed     c.txt  — The file is empty."))
        #expect(FileManager.default.fileExists(atPath: sources + "/a.txt"), "ingest copies; the original stays")
    }

    @Test func forwardedMailSavedWithoutExtensionIsFoundByItsDecodedWords() throws {
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        try Data(try VeilleProcess.fixture("mail/forwarded-qp.eml")).write(to: URL(fileURLWithPath: sources + "/message"))
        let ingested = try veille.run(["ingest", sources])
        #expect(ingested.status == 0, "\(ingested.output) \(ingested.errors)")
        let found = try veille.run(["search", "sécuritaire", "Savanes", "--json"])
        #expect(found.status == 0)
        #expect(found.output.contains("\"title\":\"Communiqué sur la situation sécuritaire dans les Savanes\""))
        #expect(found.output.contains("\"source\":\"Service de presse\""))
        let shown = try veille.run(["show", "1"])
        #expect(shown.output.contains("(mail)"))
        #expect(!shown.output.contains("=C3=A9"))
    }

    @Test func extractPrintsOneJSONObjectPerFileWithoutAnIndex() throws {
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        try Data(try VeilleProcess.fixture("fr-communique-terrorisme.txt")).write(to: URL(fileURLWithPath: sources + "/a.txt"))
        try Data().write(to: URL(fileURLWithPath: sources + "/b.txt"))
        let result = try veille.run(["extract", "--json", sources])
        let lines = result.output.split(separator: "\n")
        #expect(result.status == 1)
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["date"] as? String == "2025-07-08")
        #expect(first["date_origin"] as? String == "text")
        #expect(first["publisher"] as? String == "Togo Presse")
        #expect(first["publisher_origin"] as? String == "copyright-notice")
        #expect(first["place"] as? String == "Lomé")
        #expect(first["language"] as? String == "fr")
        #expect((first["body"] as? String)?.contains("Laisser un commentaire") == false)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((second["error"] as? [String: Any])?["code"] as? String == "empty")
        #expect(!FileManager.default.fileExists(atPath: veille.folder + "/State/index.sqlite"), "extract indexes nothing")
    }

    @Test func searchFindsAccentedWordsWithoutAccentsAndExitsOneOnNoMatch() throws {
        let veille = try VeilleProcess()
        let file = veille.folder + "/visite.html"
        try Data(try VeilleProcess.fixture("fr-visite-officielle.html")).write(to: URL(fileURLWithPath: file))
        #expect(try veille.run(["ingest", file]).status == 0)

        let plain = try veille.run(["search", "cooperation culturelle"])
        #expect(plain.status == 0)
        #expect(plain.output.hasPrefix("#1  2025-03-14  diplomacy  "))
        let json = try veille.run(["search", "coopération", "--json", "--topic", "diplomacy"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["id"] as? Int == 1)
        #expect(object["topics"] as? [String] == ["diplomacy"])
        #expect((object["snippet"] as? String)?.contains("**") == true)

        let none = try veille.run(["search", "xylophone"])
        #expect(none.status == 1)
        #expect(none.errors.contains("no release matches"))
        let bad = try veille.run(["search", "\"unclosed"])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("opening quote without a closing one"))
        let unknownTopic = try veille.run(["search", "x", "--topic", "piracy"])
        #expect(unknownTopic.status == 64)
    }

    @Test func showAndDigestPrintWhatTheIndexHolds() throws {
        let veille = try VeilleProcess()
        let file = veille.folder + "/workshop.txt"
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt")).write(to: URL(fileURLWithPath: file))
        #expect(try veille.run(["ingest", file]).status == 0)

        let show = try veille.run(["show", "#1"])
        #expect(show.status == 0)
        #expect(show.output.contains("arms-control:"))
        #expect(show.output.contains("assigned"))
        #expect(try veille.run(["show", "42"]).status == 1)

        let path = try veille.run(["digest"])
        #expect(path.status == 0)
        #expect(path.output.hasSuffix(".md\n"))
        let printed = try veille.run(["digest", "--print"])
        #expect(printed.output.contains("## Arms control\n\n1 story."))
        let past = try veille.run(["digest", "--date", "2020-01-01", "--print"])
        #expect(past.output.contains("**0 releases** received"))
        #expect(try veille.run(["digest", "--date", "yesterday"]).status == 64)
    }

    /// Without a daemon, `label` and `reindex` rewrite the digests already written, so that what
    /// they say follows the index.
    @Test func labelAndReindexRewriteTheDigest() throws {
        let veille = try VeilleProcess()
        let file = veille.folder + "/workshop.txt"
        try Data(try VeilleProcess.fixture("en-small-arms-workshop.txt")).write(to: URL(fileURLWithPath: file))
        #expect(try veille.run(["ingest", file]).status == 0)
        #expect(try veille.run(["digest"]).status == 0)
        let day = try #require(veille.list("State/digests").first { $0.hasSuffix(".md") && $0 != "latest.md" })
        #expect(veille.contents("State/digests/\(day)")?.contains("## Terrorism\n\n0 stories.") == true)

        let label = try veille.run(["label", "1", "--add", "terrorism"])
        #expect(label.status == 0)
        #expect(label.output.contains("digest rewritten"))
        let labelled = try #require(veille.contents("State/digests/\(day)"))
        #expect(labelled.contains("## Terrorism\n\n1 story"))
        #expect(labelled.contains("Terrorism: filed by an analyst"))

        try FileManager.default.removeItem(atPath: veille.folder + "/State/digests/reading/1.html")
        #expect(try veille.run(["reindex"]).status == 0)
        #expect(veille.contents("State/digests/reading/1.html")?.contains("Stockpile Management") == true)
    }

    @Test func checkConfigNamesTheFileAndLineOfAProblem() throws {
        let veille = try VeilleProcess()
        let config = veille.folder + "/Config"
        try FileManager.default.copyItem(atPath: VeilleProcess.repository + "/Config", toPath: config)
        let good = try veille.run(["check-config", "--config", config + "/veille.yaml"])
        #expect(good.status == 0)
        #expect(good.output.contains("topic         terrorism"))

        try "label: {en: X}\nthreshold: 0.5\nterms:\n  fr:\n    piraterie: beaucoup\n".write(
            toFile: config + "/topics/piracy.yaml", atomically: true, encoding: .utf8)
        let bad = try veille.run(["check-config", "--config", config + "/veille.yaml"])
        #expect(bad.status == 78)
        #expect(bad.errors.contains("topics/piracy.yaml:5: the weight of \"piraterie\" must be a number"))
    }

    @Test func queryWithoutAnIndexSaysWhatToDo() throws {
        let veille = try VeilleProcess()
        let result = try veille.run(["search", "paix"])
        #expect(result.status == 74)
        #expect(result.errors.contains("There is no index yet"))
    }
}
