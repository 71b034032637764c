import Yams

/// Reads `boilerplate.yaml`: three lists of line patterns, `lines`, `tail_markers` and `list_headings`.
struct BoilerplateLoader {
    /// The rules, or every problem of the file: each key and each pattern is checked on its own.
    func load(path: String) throws(ConfigErrors) -> BoilerplateRules {
        let file: YAMLFile
        do { file = try YAMLFile(path: path) } catch { throw ConfigErrors([error]) }
        var rules = BoilerplateRules.none
        var problems: [ConfigError] = []
        let keys = ["lines", "tail_markers", "list_headings"]
        for entry in file.entries(file.root, named: "the file", known: keys, problems: &problems) {
            var patterns: [LinePattern] = []
            let items: [Node]
            do { items = try file.sequence(entry.value, key: entry.key) } catch {
                problems.append(error)
                continue
            }
            for item in items {
                do throws(ConfigError) {
                    let text = try file.string(item, key: "each item of \(entry.key)")
                    guard let pattern = LinePattern(text) else {
                        throw file.error(item, "\"\(text)\" in \(entry.key) has no word, # or * to match")
                    }
                    patterns.append(pattern)
                } catch {
                    problems.append(error)
                }
            }
            switch entry.key {
            case "lines": rules.lines = patterns
            case "tail_markers": rules.tailMarkers = patterns
            default: rules.listHeadings = patterns
            }
        }
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        return rules
    }
}
