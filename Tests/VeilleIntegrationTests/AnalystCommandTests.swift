import Foundation
import Testing

/// What analysts asked of the commands: filters without words, topics by label, relative days,
/// unknown values named, JSON status, and commands that keep working on a broken topic file.
@Suite(.serialized)
struct AnalystCommandTests {
    @Test func searchWithFiltersAndNoWordsListsTheMatches() throws {
        let veille = try VeilleProcess.withThreeReleases()
        let listed = try veille.run(["search", "--topic", "terrorism", "--since", "7d", "--received"])
        #expect(listed.status == 0)
        #expect(listed.output.split(separator: "\n").count == 1)
        #expect(listed.output.contains("Le gouvernement condamne"))
        #expect(try veille.run(["search", "--country", "Togo"]).output.contains("Small Arms Control"))
        #expect(try veille.run(["search"]).status == 64, "no words and no filter")
        #expect(try veille.run(["search", "--since", "tomorrow"]).status == 64)
        #expect(try veille.run(["search", "--lang", "fr", "--until", "yesterday", "--received"]).status == 1)
    }

    @Test(arguments: ["arms-control", "Arms control", "MAITRISE des armements", "ARMS CONTROL"])
    func topicIsTakenByIdOrByLabelInEitherLanguage(topic: String) throws {
        let veille = try VeilleProcess.withThreeReleases()
        let found = try veille.run(["search", "--topic", topic, "--received", "--since", "today"])
        #expect(found.status == 0, "\(found.errors)")
        #expect(found.output.contains("Small Arms Control"))
    }

    @Test(arguments: [
        (["--topic", "piracy"], "there is no topic \"piracy\"; known: terrorism (Terrorism / Terrorisme)"),
        (["--country", "Atlantis"], "there is no country \"Atlantis\"; known: "),
        (["--org", "SPECTRE"], "there is no organisation \"SPECTRE\"; known: "),
    ])
    func unknownFilterValueIsAnErrorNamingTheKnownOnes(arguments: [String], message: String) throws {
        let veille = try VeilleProcess.withThreeReleases()
        let result = try veille.run(["search"] + arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test func statusJSONGivesTheFigures() throws {
        let veille = try VeilleProcess.withThreeReleases()
        let result = try veille.run(["status", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["releases"] as? Int == 3)
        #expect((object["daemon"] as? [String: Any])?["running"] as? Bool == false)
        #expect((object["today"] as? [String: Any])?["indexed"] as? Int == 3)
        #expect((object["inbox"] as? [String: Any])?["waiting"] as? Int == 0)
    }

    @Test func readOnlyCommandsWarnAndGoOnWhenATopicFileIsBroken() throws {
        let veille = try VeilleProcess.withThreeReleases()
        let config = veille.folder + "/Config"
        try FileManager.default.copyItem(atPath: VeilleProcess.repository + "/Config", toPath: config)
        try Data("terms: [oops\n".utf8).write(to: URL(fileURLWithPath: config + "/topics/broken.yaml"))
        veille.environment["VEILLE_CONFIG"] = config + "/veille.yaml"
        for arguments in [["status"], ["search", "weapons"], ["show", "1"], ["digest", "--print"]] {
            let result = try veille.run(arguments)
            #expect(result.status == 0, "\(arguments) \(result.errors)")
            #expect(result.errors.contains("topics/broken.yaml:2: is not valid YAML"), "\(arguments)")
        }
        #expect(try veille.run(["check-config"]).status == 78)
        #expect(try veille.run(["reindex"]).status == 78, "commands that write still refuse")
    }

    @Test func versionIsPrinted() throws {
        let result = try VeilleProcess().run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }
}
