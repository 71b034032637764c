import Foundation
import Testing

@testable import VeilleCore

/// What `check-config`, the daemon and the read-only commands make of a configuration with a
/// part missing or broken: every problem listed, warnings for what is lost, the valid part kept.
struct ConfigurationCheckTests {
    /// A Config folder with one topic of our own, and entities when asked.
    private func folder(withEntities: Bool) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("Config/veille.yaml", "inbox: ../Inbox\n")
        try folder.write("Config/boilerplate.yaml", "lines: []\n")
        try folder.write("Config/topics/piracy.yaml", "label: {en: Piracy, fr: Piraterie}\nterms:\n  en: {piracy: 3}\n")
        if withEntities {
            try folder.write("Config/entities/countries.yaml", "TG: {en: Togo, fr: Togo}\n")
            try folder.write("Config/entities/organisations.yaml", "ECOWAS: {en: ECOWAS, country: TG}\n")
        }
        return folder
    }

    @Test func everyProblemOfOneTopicFileIsListed() throws {
        let folder = try folder(withEntities: true)
        try folder.write(
            "Config/topics/broken.yaml",
            "label: {en: Broken, de: Kaputt}\norder: soon\nterms:\n  en:\n    \"*\": 2\n    calm: 0\n    storm: 1\n")
        do {
            _ = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
            Issue.record("the broken topic was accepted")
        } catch {
            #expect(error.errors.map(\.line) == [1, 2, 5, 6])
            #expect(error.errors.allSatisfy { $0.file.hasSuffix("topics/broken.yaml") })
        }
    }

    @Test func everyProblemOfAnEntityFileIsListed() throws {
        let folder = try folder(withEntities: true)
        try folder.write("Config/entities/countries.yaml", "TG: {en: Togo}\ntogo: {en: Togo}\nNE: {de: Niger}\nML: {en: Mali}\n")
        try folder.write("Config/entities/organisations.yaml", "ECOWAS: {en: ECOWAS, country: XX}\nAU: {en: African Union}\n")
        do {
            _ = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
            Issue.record("the broken entities were accepted")
        } catch {
            #expect(error.errors.map { "\(($0.file as NSString).lastPathComponent):\($0.line ?? 0)" } == [
                "countries.yaml:2", "countries.yaml:3", "organisations.yaml:1",
            ])
        }
    }

    @Test func everyProblemOfTheBoilerplateFileIsListed() throws {
        let folder = try folder(withEntities: true)
        try folder.write("Config/boilerplate.yaml", "lines:\n  - partager\n  - \"!!\"\ntail_marker: []\nlist_headings: x\n")
        do {
            _ = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
            Issue.record("the broken boilerplate was accepted")
        } catch {
            #expect(error.errors.compactMap(\.line).sorted() == [3, 4, 5])
        }
    }

    @Test func usablePartKeepsTheValidTopicsAndNamesTheBrokenFile() throws {
        let folder = try folder(withEntities: true)
        try folder.write("Config/topics/broken.yaml", "terms: [oops\n")
        let usable = try Configuration.loadUsable(path: folder.file("Config/veille.yaml"), environment: [:])
        #expect(usable.configuration.topics.map(\.id) == ["piracy"])
        #expect(usable.configuration.gazetteer.countries.map(\.code) == ["TG"])
        #expect(usable.problems.count == 1)
        #expect(usable.problems.first?.file.hasSuffix("topics/broken.yaml") == true)
    }

    @Test func missingEntitiesFolderIsAWarningThatSaysWhatIsLost() throws {
        let folder = try folder(withEntities: false)
        let configuration = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
        #expect(
            configuration.warnings.map(\.description) == [
                folder.file("Config/entities") + ": does not exist, so no country or organisation will be recognised"
            ])
        try FileManager.default.createDirectory(atPath: folder.file("Config/entities"), withIntermediateDirectories: true)
        let empty = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
        #expect(empty.warnings.first?.problem.hasPrefix("holds no countries or organisations") == true)
    }

    @Test func filesThatAreNotReadAreNamed() throws {
        let folder = try folder(withEntities: true)
        try folder.write("Config/topics/smuggling.yml", "terms:\n  en: {smuggling: 3}\n")
        try folder.write("Config/entities/people.yaml", "{}\n")
        let configuration = try Configuration.load(path: folder.file("Config/veille.yaml"), environment: [:])
        #expect(configuration.topics.map(\.id) == ["piracy"])
        #expect(
            configuration.warnings.map(\.problem) == [
                "ignored: topic files end in .yaml; rename it smuggling.yaml to use it",
                "ignored: only countries.yaml, organisations.yaml and roles.yaml are read",
            ])
        #expect(configuration.loadedSummary["countries"] == "1")
        #expect(configuration.loadedSummary["terms"] == "1")
    }

    @Test(arguments: [
        (nil, nil, ["Config/veille.yaml", "/etc/veille/veille.yaml"], "Config/veille.yaml"),
        (nil, nil, ["/etc/veille/veille.yaml"], "/etc/veille/veille.yaml"),
        (nil, nil, [], "Config/veille.yaml"),
        (nil, "/srv/v.yaml", ["Config/veille.yaml"], "/srv/v.yaml"),
        ("mine.yaml", "/srv/v.yaml", [], "mine.yaml"),
    ] as [(String?, String?, [String], String)])
    func settingsFileIsTheOptionThenTheVariableThenHereThenEtc(
        option: String?, variable: String?, existing: [String], expected: String
    ) {
        let environment = variable.map { ["VEILLE_CONFIG": $0] } ?? [:]
        #expect(Configuration.path(option: option, environment: environment, exists: existing.contains) == expected)
    }
}
