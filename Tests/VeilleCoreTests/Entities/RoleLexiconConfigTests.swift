import Testing

@testable import VeilleCore

/// roles.yaml and the countries' forenames are checked like the rest of the configuration.
struct RoleLexiconConfigTests {
    private func problems(roles: String, countries: String = "TG: {en: Togo}\n") throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("countries.yaml", countries)
        try folder.write("organisations.yaml", "UN: {en: United Nations}\n")
        try folder.write("roles.yaml", roles)
        do {
            _ = try GazetteerLoader().load(folder: folder.path)
            return ""
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("minister: [ministre]\nForeign Minister: [Foreign Minister]\n", "roles.yaml:2", "small letters and hyphens"),
        ("minister: [ministre, Ministre]\n", "roles.yaml:1", "listed twice"),
        ("minister: [ministre]\nenvoy: [envoyé spécial, Ministre]\n", "roles.yaml:2", "under minister and envoy"),
        ("minister: ministre\n", "roles.yaml:1", "must be a list"),
        ("minister: []\n", "roles.yaml:1", "at least one phrase"),
    ])
    func roleFileErrorsNameTheLine(roles: String, place: String, reason: String) throws {
        let description = try problems(roles: roles)
        #expect(description.contains(place), "\(description)")
        #expect(description.contains(reason), "\(description)")
    }

    @Test func forenameMustBeOneOfTheCountrysNames() throws {
        let description = try problems(roles: "minister: [ministre]\n", countries: "TD: {en: Chad, forenames: [Tchad]}\n")
        #expect(description.contains("countries.yaml:1"), "\(description)")
        #expect(description.contains("forename \"Tchad\""), "\(description)")
    }

    @Test func repositoryRolesLoad() throws {
        let roles = try TestConfiguration.gazetteer().roles
        #expect(roles.contains { $0.id == "foreign-minister" && $0.phrases.contains("ministre des Affaires étrangères") })
    }
}
