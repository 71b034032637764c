import Foundation

/// Reads `roles.yaml`: a mapping from a role id ("foreign-minister") to the phrases that name
/// the role ("ministre des Affaires étrangères", "Foreign Minister"), each problem named with
/// its file and line.
struct RoleLoader {
    /// A missing file is no roles, so that a configuration written before roles existed still
    /// loads; no one is then taken for a person, since names count only next to a role.
    func load(path: String) throws(ConfigError) -> [Gazetteer.Role] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let file = try YAMLFile(path: path)
        var roles: [Gazetteer.Role] = []
        var seen: [String: String] = [:]
        for entry in try file.mapping(file.root, named: "the file") {
            guard !entry.key.isEmpty, entry.key.utf8.allSatisfy({ (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "-") })
            else {
                throw file.error(entry.keyNode, "\"\(entry.key)\" must be an id in small letters and hyphens, such as foreign-minister")
            }
            var phrases: [String] = []
            for item in try file.sequence(entry.value, key: entry.key) {
                let phrase = try file.string(item, key: "each phrase of \(entry.key)")
                let folded = Gazetteer.fold(phrase)
                guard !folded.isEmpty else { throw file.error(item, "a phrase of \(entry.key) has no letter or digit to match") }
                if let other = seen[folded] {
                    let place = other == entry.key ? "under \(other)" : "under \(other) and \(entry.key)"
                    throw file.error(item, "\"\(phrase)\" is listed twice (\(place)), once accents and capitals are ignored")
                }
                seen[folded] = entry.key
                phrases.append(phrase)
            }
            guard !phrases.isEmpty else { throw file.error(entry.value, "\(entry.key) needs at least one phrase") }
            roles.append(Gazetteer.Role(id: entry.key, phrases: phrases))
        }
        return roles
    }
}
