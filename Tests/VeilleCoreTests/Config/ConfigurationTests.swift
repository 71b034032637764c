import Foundation
import Testing

@testable import VeilleCore

struct ConfigurationTests {
    /// A configuration folder with the repository's topics and boilerplate, and `settings` as veille.yaml.
    private func folder(settings: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("Config/veille.yaml", settings)
        for name in try FileManager.default.contentsOfDirectory(atPath: Repository.config + "/topics") {
            try folder.write("Config/topics/\(name)", try Repository.fixtureText(Repository.config + "/topics/" + name))
        }
        try folder.write("Config/boilerplate.yaml", try Repository.fixtureText(Repository.config + "/boilerplate.yaml"))
        return folder
    }

    private func problems(_ settings: String, environment: [String: String] = [:]) throws -> [ConfigError] {
        let folder = try folder(settings: settings)
        do {
            _ = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: environment)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func repositoryConfigurationIsValid() throws {
        let configuration = try Configuration.load(path: Repository.config + "/veille.yaml", environment: [:])
        #expect(configuration.topics.map(\.id) == ["terrorism", "arms-control", "diplomacy"])
        #expect(configuration.settings.inbox == Repository.root + "/Inbox")
        #expect(configuration.settings.state == Repository.root + "/State")
        #expect(configuration.settings.timeZone.identifier == "Africa/Lome")
        #expect(configuration.settings.pollInterval == 2)
        #expect(configuration.settings.maxFileSize == 10 << 20)
        #expect(!configuration.boilerplate.lines.isEmpty)
    }

    @Test func relativePathsAreTakenFromTheFileFolderAndEnvironmentPathsFromTheWorkingDirectory() throws {
        let folder = try folder(settings: "inbox: drop\nstate: /srv/veille\n")
        let configuration = try Configuration.load(
            path: folder.file("Config/veille.yaml"), environment: ["VEILLE_STATE": "here"], workingDirectory: "/work")
        #expect(configuration.settings.inbox == folder.file("Config/drop"))
        #expect(configuration.settings.state == "/work/here")
    }

    @Test func environmentOverridesTheFile() throws {
        let folder = try folder(settings: "poll_interval_seconds: 2\ntimezone: Africa/Lome\n")
        let configuration = try Configuration.load(
            path: folder.file("Config/veille.yaml"),
            environment: ["VEILLE_POLL_INTERVAL": "0.5", "VEILLE_TIMEZONE": "Europe/Paris", "VEILLE_MAX_FILE_SIZE": "512 KB"])
        #expect(configuration.settings.pollInterval == 0.5)
        #expect(configuration.settings.timeZone.identifier == "Europe/Paris")
        #expect(configuration.settings.maxFileSize == 512 * 1024)
    }

    @Test func pdfLimitsComeFromTheFileAndTheEnvironment() throws {
        let folder = try folder(settings: "pdf_max_pages: 50\npdf_time_limit_seconds: 3\n")
        let file = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
        #expect(file.settings.pdfLimits == PDFLimits(maximumPages: 50, seconds: 3))
        #expect(Normaliser(configuration: file).pdfLimits == file.settings.pdfLimits)
        let overridden = try Configuration.load(
            path: folder.file("Config/veille.yaml"), environment: ["VEILLE_PDF_MAX_PAGES": "7", "VEILLE_PDF_TIME_LIMIT_SECONDS": "0.5"])
        #expect(overridden.settings.pdfLimits == PDFLimits(maximumPages: 7, seconds: 0.5))
    }

    @Test(arguments: [
        ("poll_interval_seconds: fast\n", 1, "poll_interval_seconds must be a number of seconds"),
        ("inbox: ../Inbox\ntimezone: Mars/Olympus\n", 2, "timezone must be a time zone name"),
        ("inbox: ../Inbox\n\npol_interval_seconds: 2\n", 3, "unknown key \"pol_interval_seconds\""),
        ("max_file_size: 3 parsecs\n", 1, "max_file_size must be a size"),
        ("digest_language: de\n", 1, "digest_language must be en or fr"),
        ("inbox: ../Inbox\nlearned_weight: 1.5\n", 2, "learned_weight must be a number from 0 (rules alone) to 1"),
        ("inbox: ../Inbox\nstate: [a, b\n", 3, "is not valid YAML"),
        ("pdf_max_pages: 0\n", 1, "pdf_max_pages must be a number of pages from 1 to 100000"),
        ("inbox: ../Inbox\npdf_time_limit_seconds: soon\n", 2, "pdf_time_limit_seconds must be a number of seconds"),
    ])
    func invalidSettingIsReportedWithItsFileAndLine(settings: String, line: Int, problem: String) throws {
        let found = try problems(settings)
        let error = try #require(found.first)
        #expect(error.file.hasSuffix("Config/veille.yaml"))
        #expect(error.line == line)
        #expect(error.problem.contains(problem), "\(error)")
    }

    @Test func invalidEnvironmentValueNamesTheVariable() throws {
        let error = try #require(try problems("", environment: ["VEILLE_POLL_INTERVAL": "soon"]).first)
        #expect(
            error.description
                == "environment variable VEILLE_POLL_INTERVAL: poll_interval_seconds must be a number of seconds from 0.1 to 3600, not \"soon\""
        )
    }

    @Test func everyProblemIsListedNotOnlyTheFirst() throws {
        #expect(try problems("poll_interval_seconds: -1\ntimezone: Nowhere/Land\n").count == 2)
    }

    @Test(arguments: [
        ("threshold: 0.5\nterms:\n  fr:\n    terroris*: lots\n", 4, "the weight of \"terroris*\" must be a number"),
        ("threshold: 0.5\nterms:\n  fr:\n    ter*ror: 3\n", 4, "is not a usable term"),
        ("threshold: 0.5\nterms:\n  de:\n    terror: 3\n", 3, "unknown key \"de\""),
        ("threshold: 6\nterms:\n  fr:\n    terroris*: 3\n", 1, "threshold (a score from 0 to 1) must be a number from 0.01 to 1"),
        ("terms:\n  fr:\n    arme*: {weight: 2, near: trafic}\n", 3, "near must be a list"),
        ("terms:\n  fr:\n    arme*: {weight: 2, close: [trafic]}\n", 3, "unknown key \"close\""),
        ("terms:\n  fr:\n    arme*: {near: [trafic]}\n", 3, "\"arme*\" needs a weight"),
        ("terms:\n  fr:\n    arme*: {weight: 2, unless: [\"*\"]}\n", 3, "\"*\" is not a usable term"),
        ("threshold: 0.5\nterms:\n  fr:\n    sécurité: 3\n    SECURITE: 2\n", 5, "matches the same words as \"sécurité\""),
        ("threshold: 0.5\nterms:\n  fr:\n    paix: 0\n", 4, "is 0"),
    ])
    func invalidTopicFileIsReportedWithItsFileAndLine(topic: String, line: Int, problem: String) throws {
        let folder = try folder(settings: "")
        try folder.write("Config/topics/maritime-security.yaml", topic)
        do {
            _ = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
            Issue.record("the topic file was accepted")
        } catch {
            let error = try #require(error.errors.first)
            #expect(error.file.hasSuffix("topics/maritime-security.yaml"))
            #expect(error.line == line)
            #expect(error.problem.contains(problem), "\(error)")
        }
    }

    @Test func newTopicFileAddsATopic() throws {
        let folder = try folder(settings: "")
        try folder.write(
            "Config/topics/maritime-security.yaml",
            """
            label: {en: Maritime security, fr: Sûreté maritime}
            order: 4
            threshold: 0.5
            terms:
              fr: {piraterie: 3, golfe de guinée: 2}
              en: {piracy: 3}
            """)
        let configuration = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
        let topic = try #require(configuration.topics.last)
        #expect(topic.id == "maritime-security")
        #expect(topic.label(in: .fr) == "Sûreté maritime")
        #expect(topic.terms[.fr]?.map(\.text) == ["piraterie", "golfe de guinée"])
    }

    @Test func missingSettingsFileSaysSo() throws {
        do {
            _ = try Configuration.load(path: "/nonexistent/veille.yaml", environment: [:])
            Issue.record("a missing file was accepted")
        } catch {
            #expect(error.description == "/nonexistent/veille.yaml: does not exist")
        }
    }

    @Test(arguments: [("10 MB", 10 << 20), ("512KB", 512 << 10), ("1 GB", 1 << 30), ("4096", 4096), ("12", nil), ("2 GB", nil)])
    func readsSizesAsPeopleWriteThem(text: String, bytes: Int?) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test func boilerplatePatternsMatchWholeParagraphs() throws {
        let rules = try TestConfiguration.boilerplate()
        let matches = { (line: String) in rules.lines.contains { $0.matches(FoldedText(line)) } }
        #expect(matches("3 Min de Lecture"))
        #expect(matches("Partager"))
        #expect(matches("Votre adresse e-mail ne sera pas publiée."))
        #expect(matches("18 heures ago"))
        #expect(!matches("Partager les bonnes pratiques entre services"))
        #expect(!matches("Il y a 3 ans, le Togo adoptait sa stratégie"))
    }
}

/// The watch list: what the desk follows.
struct WatchListTests {
    @Test func readsEntriesAndMatchesWholeFoldedWords() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("watchlist.yaml", "watch:\n  - Togo\n  - Boko Haram\n")
        let list = try WatchListLoader().load(path: path)
        #expect(list.matches(in: FoldedText("Attaque de BOKO HARAM au nord du TOGO")) == ["Togo", "Boko Haram"])
        #expect(list.matches(in: FoldedText("Les Togolais et Boko")).isEmpty)
    }

    @Test(arguments: [
        ("watch:\n  - Togo\n  - Togo\n", 3, "\"Togo\" is listed twice"),
        ("watch:\n  - Togo\n  - [a, b]\n", 3, "each item of watch must be a single value"),
        ("follow:\n  - Togo\n", 1, "unknown key \"follow\""),
        ("watch:\n  - \"…\"\n", 2, "needs a letter or digit"),
    ])
    func invalidWatchListIsReportedWithItsFileAndLine(text: String, line: Int, problem: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("watchlist.yaml", text)
        #expect {
            try WatchListLoader().load(path: path)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == path && error.line == line && error.problem.contains(problem)
        }
    }

    @Test func missingWatchListIsEmpty() throws {
        #expect(try WatchListLoader().load(path: "/nonexistent/watchlist.yaml") == .empty)
    }
}
