import Foundation

extension Configuration {
    /// What a valid configuration may be missing without being wrong: a folder it names that is
    /// missing or empty, and files in its folders that Veille ignores (a `piracy.yml` is not a
    /// topic). Said by `check-config` and logged by the daemon at start, so that no part of the
    /// configuration is lost silently.
    public var warnings: [ConfigError] {
        var warnings: [ConfigError] = []
        let entities = settings.entities
        if gazetteer.countries.isEmpty && gazetteer.organisations.isEmpty {
            let why = FileManager.default.fileExists(atPath: entities) ? "holds no countries or organisations" : "does not exist"
            warnings.append(
                ConfigError(file: entities, line: nil, "\(why), so no country or organisation will be recognised"))
        }
        warnings += Self.ignoredFiles(in: settings.topics, used: { $0.hasSuffix(".yaml") }) { name in
            let stem = (name as NSString).deletingPathExtension
            return "topic files end in .yaml" + (name.hasSuffix(".yml") ? "; rename it \(stem).yaml to use it" : "")
        }
        let read = GazetteerLoader.files.dropLast().joined(separator: ", ") + " and " + (GazetteerLoader.files.last ?? "")
        warnings += Self.ignoredFiles(in: entities, used: GazetteerLoader.files.contains) { _ in "only \(read) are read" }
        return warnings
    }

    /// A line that says what was loaded, for the daemon's log and `check-config`.
    public var loadedSummary: [String: String] {
        let terms = topics.reduce(0) { $0 + $1.terms.values.reduce(0) { $0 + $1.count } }
        let base = model.map { "base model of \($0.topics.count) topics, \($0.about.examples) examples" } ?? "rules only"
        return [
            "topics": topics.map(\.id).joined(separator: ","), "terms": "\(terms)",
            "countries": "\(gazetteer.countries.count)", "organisations": "\(gazetteer.organisations.count)",
            "model": base,
        ]
    }

    /// Each visible file of `folder` that `used` rejects, as a warning with its `hint`.
    private static func ignoredFiles(in folder: String, used: (String) -> Bool, hint: (String) -> String) -> [ConfigError] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && !used($0) }.map { name in
            ConfigError(file: (folder as NSString).appendingPathComponent(name), line: nil, "ignored: \(hint(name))")
        }
    }
}
