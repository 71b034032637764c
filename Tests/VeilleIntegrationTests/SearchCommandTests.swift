import Foundation
import Testing

/// search --json, export and the classification commands, run as a user runs them.
@Suite(.serialized)
struct SearchCommandTests {
    private func ingestedFixtures() throws -> VeilleProcess {
        let veille = try VeilleProcess()
        let sources = veille.folder + "/sources"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        for name in ["en-small-arms-workshop.txt", "fr-communique-terrorisme.txt", "fr-majuscules-sans-accents.txt"] {
            try Data(try VeilleProcess.fixture(name)).write(to: URL(fileURLWithPath: sources + "/" + name))
        }
        #expect(try veille.run(["ingest", sources]).status == 0)
        return veille
    }

    @Test func searchJSONHasTheDocumentedKeysAndNoOthers() throws {
        let veille = try ingestedFixtures()
        let result = try veille.run(["search", "armes", "--json"])
        #expect(result.status == 0)
        for line in result.output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let required: Set = [
                "id", "title", "date", "date_kind", "received_at", "language", "topics", "uncertain", "file", "snippet", "rank",
            ]
            let optional: Set = ["published", "source", "language_code"]
            #expect(required.isSubset(of: Set(object.keys)))
            #expect(Set(object.keys).subtracting(required).isSubset(of: optional))
            #expect(["fr", "en"].contains(object["language"] as? String ?? ""))
            #expect((object["date_kind"] as? String) == (object["published"] == nil ? "received" : "published"))
        }
    }

    /// A release that gives no publication date is shown with "received" before its day, never a
    /// bare date that would read as its publication date.
    @Test func anUndatedReleaseShowsItsDayAsReceived() throws {
        let veille = try ingestedFixtures()
        let undated = veille.folder + "/sources/sans-date.txt"
        try Data(
            """
            Atelier régional sur la sécurité maritime à Lomé

            Les représentants des marines du golfe de Guinée se sont retrouvés à Lomé pour un atelier consacré \
            à la sécurité maritime et au partage de l’information entre les centres régionaux.
            """.utf8
        ).write(to: URL(fileURLWithPath: undated))
        #expect(try veille.run(["ingest", undated]).status == 0)
        let lines = try veille.run(["search", "--since", "2000-01-01"]).output.split(separator: "\n")
        let json = try veille.run(["search", "--since", "2000-01-01", "--json"]).output.split(separator: "\n")
        #expect(lines.count == 4 && json.count == 4)
        #expect(lines.filter { $0.contains("  received ") }.count == 1)
        for (line, object) in zip(lines, json) {
            let fields = try #require(try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any])
            let date = try #require(fields["date"] as? String)
            if fields["published"] == nil {
                #expect(line.contains("  received \(date)  "))
            } else {
                #expect(!line.contains("received"))
            }
        }
    }

    @Test func langTakesAnyIdentifiedLanguageAndRefusesAnUnknownOne() throws {
        let veille = try ingestedFixtures()
        #expect(try veille.run(["search", "--lang", "fr", "--since", "2000-01-01"]).output.split(separator: "\n").count == 2)
        #expect(try veille.run(["search", "--lang", "de", "--since", "2000-01-01"]).status == 1)
        let unknown = try veille.run(["search", "--lang", "klingon", "armes"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("--lang must be fr, en, other or one of"))
    }

    @Test func severalWordsAndExclusionsNeedNoQuotes() throws {
        let veille = try ingestedFixtures()
        let all = try veille.run(["search", "armes"])
        let without = try veille.run(["search", "armes", "-douanes"])
        #expect(all.output.split(separator: "\n").count == without.output.split(separator: "\n").count + 1)
        #expect(try veille.run(["search", "--lang", "en", "weapons"]).output.split(separator: "\n").count == 1)
    }

    @Test func exportWritesJSONLinesOrCSVWithBodies() throws {
        let veille = try ingestedFixtures()
        let jsonl = try veille.run(["export", "--lang", "fr"])
        #expect(jsonl.status == 0)
        let lines = jsonl.output.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["body"] as? String)?.isEmpty == false)
        #expect((first["sha256"] as? String)?.count == 64)
        let csv = try veille.run(["export", "--format", "csv", "--topic", "terrorism"])
        #expect(csv.output.hasPrefix("id,title,date,date_kind,published,received_at,language,source,topics,file,sha256,body\n"))
        #expect(csv.output.contains("terrorism"))
        #expect(jsonl.errors.isEmpty, "no progress counter when output is piped")
    }

    @Test func labelWinsOverTheClassifierAndSurvivesReindex() throws {
        let veille = try ingestedFixtures()
        let label = try veille.run(["label", "#1", "--add", "diplomacy", "--remove", "arms-control"])
        #expect(label.status == 0)
        #expect(label.output.contains("diplomacy (analyst)"))
        #expect(label.output.contains("learned part: 1 labelled releases: too few to measure"))
        #expect(try veille.run(["reindex"]).output.contains("reindexed 3 releases"))
        let show = try veille.run(["show", "1"])
        #expect(show.output.contains("assigned by an analyst"))
        #expect(show.output.contains("removed by an analyst"))
        #expect(try veille.run(["search", "--topic", "arms-control", "weapons"]).status == 1)
        #expect(try veille.run(["label", "1", "--add", "piracy"]).status == 64)
        #expect(try veille.run(["label", "99", "--add", "diplomacy"]).status == 1)
    }

    @Test func explainAndEvalReportTheirReckoning() throws {
        let veille = try VeilleProcess()
        let file = veille.folder + "/attaque.txt"
        try Data(try VeilleProcess.fixture("fr-communique-terrorisme.txt")).write(to: URL(fileURLWithPath: file))
        let explain = try veille.run(["explain", file])
        #expect(explain.status == 0)
        #expect(explain.output.contains("terrorism: score"))
        #expect(explain.output.contains("filed under terrorism"))
        let corpus = VeilleProcess.fixturesFolder + "/labelled"
        let eval = try veille.run(["eval", corpus, "--min-macro-f1", "0.9"])
        #expect(eval.status == 1, "the fixtures hold one deliberately wrong label")
        #expect(eval.output.contains("exact match 0.667 (2/3)"))
        #expect(eval.errors.contains("below the floor"))
        #expect(try veille.run(["eval", corpus, "--min-macro-f1", "0.6", "--no-mistakes"]).status == 0)
    }

    @Test func evalCrossValidationComparesRulesModelAndBlend() throws {
        let veille = try VeilleProcess()
        let corpus = VeilleProcess.fixturesFolder + "/labelled"
        let validation = try veille.run(["eval", corpus, "--cross-validate", "3", "--no-mistakes"])
        #expect(validation.status == 0)
        #expect(validation.output.contains("grouped 3-part cross-validation, 3 releases in 3 groups"))
        let rows = validation.output.split(separator: "\n").filter {
            $0.hasPrefix("rules alone") || $0.hasPrefix("base model alone") || $0.hasPrefix("blend ")
        }
        #expect(rows.count == 3)
        #expect(try veille.run(["eval", corpus, "--cross-validate", "1"]).status == 64)
        #expect(try veille.run(["eval", corpus, "--min-blended-macro-f1", "0.5"]).status == 64)
    }
}
