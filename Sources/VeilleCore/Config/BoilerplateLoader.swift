/// Reads `boilerplate.yaml`: two lists of line patterns, `lines` and `tail_markers`.
struct BoilerplateLoader {
    func load(path: String) throws(ConfigError) -> BoilerplateRules {
        let file = try YAMLFile(path: path)
        var rules = BoilerplateRules.none
        for entry in try file.rootMapping(known: ["lines", "tail_markers"]) {
            var patterns: [LinePattern] = []
            for item in try file.sequence(entry.value, key: entry.key) {
                let text = try file.string(item, key: "each item of \(entry.key)")
                guard let pattern = LinePattern(text) else {
                    throw file.error(item, "\"\(text)\" in \(entry.key) has no word, # or * to match")
                }
                patterns.append(pattern)
            }
            if entry.key == "lines" { rules.lines = patterns } else { rules.tailMarkers = patterns }
        }
        return rules
    }
}
