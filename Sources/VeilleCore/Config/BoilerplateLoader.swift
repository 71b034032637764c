/// Reads `boilerplate.yaml`: three lists of line patterns, `lines`, `tail_markers` and `list_headings`.
struct BoilerplateLoader {
    func load(path: String) throws(ConfigError) -> BoilerplateRules {
        let file = try YAMLFile(path: path)
        var rules = BoilerplateRules.none
        for entry in try file.rootMapping(known: ["lines", "tail_markers", "list_headings"]) {
            var patterns: [LinePattern] = []
            for item in try file.sequence(entry.value, key: entry.key) {
                let text = try file.string(item, key: "each item of \(entry.key)")
                guard let pattern = LinePattern(text) else {
                    throw file.error(item, "\"\(text)\" in \(entry.key) has no word, # or * to match")
                }
                patterns.append(pattern)
            }
            switch entry.key {
            case "lines": rules.lines = patterns
            case "tail_markers": rules.tailMarkers = patterns
            default: rules.listHeadings = patterns
            }
        }
        return rules
    }
}
