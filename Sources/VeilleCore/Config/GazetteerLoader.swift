import Foundation
import Yams

/// Reads the entity gazetteer: `countries.yaml` and `organisations.yaml` in the entities folder,
/// each a mapping from a code to `{en, fr, names, …}`, and `roles.yaml` (see `RoleLoader`),
/// every problem named with its file and line.
struct GazetteerLoader {
    static let countryKeys = ["en", "fr", "names", "demonyms", "capitals", "not", "forenames"]
    static let organisationKeys = ["en", "fr", "names", "country"]

    /// The files the folder is read from; anything else in it is ignored.
    static let files = ["countries.yaml", "organisations.yaml", "roles.yaml"]

    /// A missing folder, or one holding neither file, is an empty gazetteer, so that a
    /// configuration written before entities existed still loads; acronyms defined in releases and
    /// people are still found. `Configuration.warnings` says so, since it is seldom meant.
    func load(folder: String) throws(ConfigErrors) -> Gazetteer {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return .empty }
        guard isFolder.boolValue else { throw ConfigErrors([ConfigError(file: folder, line: nil, "is not a folder")]) }
        let countriesPath = (folder as NSString).appendingPathComponent(Self.files[0])
        let organisationsPath = (folder as NSString).appendingPathComponent(Self.files[1])
        let manager = FileManager.default
        guard manager.fileExists(atPath: countriesPath) || manager.fileExists(atPath: organisationsPath) else { return .empty }
        var problems: [ConfigError] = []
        let countries = loadCountries(path: countriesPath, problems: &problems)
        let organisations = loadOrganisations(
            path: organisationsPath, countries: Set(countries.map(\.code)), problems: &problems)
        var roles: [Gazetteer.Role] = []
        do { roles = try RoleLoader().load(path: (folder as NSString).appendingPathComponent("roles.yaml")) } catch {
            problems.append(error)
        }
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        return Gazetteer(countries: countries, organisations: organisations, roles: roles)
    }

    /// The countries of `path`; each entry with a problem goes to `problems` and is left out.
    func loadCountries(path: String, problems: inout [ConfigError]) -> [Gazetteer.Country] {
        eachEntry(of: path, problems: &problems) { entry, file throws(ConfigError) in
            guard entry.key.count == 2, entry.key.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
                throw file.error(entry.keyNode, "\"\(entry.key)\" is not an ISO 3166 code (two capital letters, such as TG)")
            }
            let fields = try fields(entry.value, of: entry.key, known: Self.countryKeys, in: file)
            var country = Gazetteer.Country(
                code: entry.key, names: fields.names, aliases: fields.lists["names"] ?? [],
                demonyms: fields.lists["demonyms"] ?? [], capitals: fields.lists["capitals"] ?? [])
            country.notTheCountry = fields.lists["not"] ?? []
            country.forenames = fields.lists["forenames"] ?? []
            if let stray = country.forenames.first(where: { !(Array(country.names.values) + country.aliases).contains($0) }) {
                throw file.error(entry.value, "forename \"\(stray)\" of \(entry.key) is not one of its names (en, fr or names)")
            }
            return country
        }
    }

    /// The organisations of `path`; each entry with a problem goes to `problems` and is left out.
    func loadOrganisations(path: String, countries: Set<String>, problems: inout [ConfigError]) -> [Gazetteer.Organisation] {
        eachEntry(of: path, problems: &problems) { entry, file throws(ConfigError) in
            guard !entry.key.isEmpty, entry.key.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) })
            else {
                throw file.error(entry.keyNode, "\"\(entry.key)\" must be an id in capital letters and digits, such as ECOWAS")
            }
            let fields = try fields(entry.value, of: entry.key, known: Self.organisationKeys, in: file)
            let country = fields.country
            if let country, !countries.contains(country.text) {
                throw file.error(country.node, "country \"\(country.text)\" of \(entry.key) is not in countries.yaml")
            }
            return Gazetteer.Organisation(
                id: entry.key, names: fields.names, aliases: fields.lists["names"] ?? [], country: country?.text)
        }
    }

    /// Reads `path` and makes one value of each entry of its root mapping, so that one check lists
    /// the problems of every entry rather than the first.
    private func eachEntry<Value>(
        of path: String, problems: inout [ConfigError],
        _ make: ((key: String, keyNode: Node, value: Node), YAMLFile) throws(ConfigError) -> Value
    ) -> [Value] {
        let file: YAMLFile
        do { file = try YAMLFile(path: path) } catch {
            problems.append(error)
            return []
        }
        var values: [Value] = []
        for entry in file.entries(file.root, named: "the file", known: nil, problems: &problems) {
            do { values.append(try make(entry, file)) } catch { problems.append(error) }
        }
        return values
    }

    private struct Fields {
        var names: [DigestLanguage: String] = [:]
        var lists: [String: [String]] = [:]
        var country: (text: String, node: Node)?
    }

    /// An entry's `en`/`fr` names, its lists, and its country; each name must fold to a word.
    private func fields(_ node: Node, of key: String, known: [String], in file: YAMLFile) throws(ConfigError) -> Fields {
        var fields = Fields()
        for field in try file.mapping(node, named: key, known: known) {
            switch field.key {
            case "en", "fr":
                fields.names[DigestLanguage(rawValue: field.key) ?? .en] = try word(field.value, "\(key).\(field.key)", file)
            case "country":
                fields.country = (try file.string(field.value, key: "\(key).country"), field.value)
            default:
                var items: [String] = []
                for item in try file.sequence(field.value, key: "\(key).\(field.key)") {
                    items.append(try word(item, "each item of \(key).\(field.key)", file))
                }
                fields.lists[field.key] = items
            }
        }
        guard !fields.names.isEmpty else { throw file.error(node, "\(key) needs a name: en, fr or both") }
        return fields
    }

    private func word(_ node: Node, _ key: String, _ file: YAMLFile) throws(ConfigError) -> String {
        let text = try file.string(node, key: key)
        guard FoldedText(text).count > 0 else { throw file.error(node, "\(key) has no letter or digit to match") }
        return text
    }
}
