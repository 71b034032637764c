import Foundation
import Yams

/// Reads every `*.yaml` file of the topics folder into `TopicDefinition`s, checking each value.
struct TopicLoader {
    static let keys = ["label", "order", "threshold", "scale", "terms", "description"]
    static let termKeys = ["weight", "near", "unless", "within"]

    func load(folder: String) throws(ConfigErrors) -> [TopicDefinition] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw ConfigErrors([ConfigError(file: folder, line: nil, "is not a readable folder of topic files")])
        }
        guard !names.isEmpty else {
            throw ConfigErrors([ConfigError(file: folder, line: nil, "holds no topic files (*.yaml)")])
        }
        var topics: [TopicDefinition] = []
        var problems: [ConfigError] = []
        for name in names {
            do {
                topics.append(try loadTopic(path: (folder as NSString).appendingPathComponent(name)))
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        return topics.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    func loadTopic(path: String) throws(ConfigError) -> TopicDefinition {
        let file = try YAMLFile(path: path)
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let allowed = { (byte: UInt8) in (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D }
        guard !id.isEmpty, id.utf8.allSatisfy(allowed) else {
            throw ConfigError(
                file: path, line: nil, "a topic file's name must use only a-z, 0-9 and -, since it becomes the topic's id")
        }
        var labels: [DigestLanguage: String] = [:]
        var order = 100
        var threshold = TopicDefinition.defaultThreshold
        var scale = TopicDefinition.defaultScale
        var terms: [Language: [TopicTerm]] = [:]
        for entry in try file.rootMapping(known: Self.keys) {
            switch entry.key {
            case "label":
                for label in try file.mapping(entry.value, named: "label", known: DigestLanguage.allCases.map(\.rawValue)) {
                    labels[DigestLanguage(rawValue: label.key) ?? .en] = try file.string(label.value, key: "label.\(label.key)")
                }
            case "order": order = Int(try file.number(entry.value, key: "order", in: -1000...1000))
            case "threshold": threshold = try file.number(entry.value, key: "threshold (a score from 0 to 1)", in: 0.01...1)
            case "scale": scale = try file.number(entry.value, key: "scale", in: 0.1...1000)
            case "terms": terms = try loadTerms(entry.value, in: file)
            default: break
            }
        }
        guard terms.values.contains(where: { !$0.isEmpty }) else { throw file.error(file.root, "the topic has no terms") }
        return TopicDefinition(id: id, labels: labels, order: order, threshold: threshold, scale: scale, terms: terms)
    }

    private func loadTerms(_ node: Node, in file: YAMLFile) throws(ConfigError) -> [Language: [TopicTerm]] {
        var terms: [Language: [TopicTerm]] = [:]
        let languages = [Language.fr, .en].map(\.rawValue)
        for group in try file.mapping(node, named: "terms", known: languages) {
            let language = Language(rawValue: group.key) ?? .other
            var seen: [TermPattern: String] = [:]
            for entry in try file.mapping(group.value, named: "terms.\(group.key)") {
                let term = try loadTerm(entry, in: file)
                if let earlier = seen[term.pattern] {
                    throw file.error(
                        entry.keyNode, "\"\(entry.key)\" matches the same words as \"\(earlier)\" in terms.\(group.key)")
                }
                seen[term.pattern] = entry.key
                terms[language, default: []].append(term)
            }
        }
        return terms
    }

    /// `term: 3`, or `term: {weight: 3, near: [a, b], unless: [c], within: 8}`.
    private func loadTerm(_ entry: (key: String, keyNode: Node, value: Node), in file: YAMLFile) throws(ConfigError) -> TopicTerm {
        let pattern = try self.pattern(entry.key, node: entry.keyNode, in: file)
        guard case .mapping = entry.value else { return TopicTerm(text: entry.key, weight: try weight(entry, entry.value, in: file), pattern: pattern) }
        var term = TopicTerm(text: entry.key, weight: 0, pattern: pattern)
        for field in try file.mapping(entry.value, named: "\"\(entry.key)\"", known: Self.termKeys) {
            switch field.key {
            case "weight": term.weight = try weight(entry, field.value, in: file)
            case "within": term.within = Int(try file.number(field.value, key: "within", in: 1...50))
            default:
                let patterns = try file.sequence(field.value, key: field.key).map { (node) throws(ConfigError) in
                    try self.pattern(try file.string(node, key: field.key), node: node, in: file)
                }
                if field.key == "near" { term.near = patterns } else { term.unless = patterns }
            }
        }
        guard term.weight != 0 else { throw file.error(entry.value, "\"\(entry.key)\" needs a weight (a number other than 0)") }
        return term
    }

    private func weight(_ entry: (key: String, keyNode: Node, value: Node), _ node: Node, in file: YAMLFile) throws(ConfigError) -> Double {
        let weight = try file.number(node, key: "the weight of \"\(entry.key)\"", in: -10...10)
        guard weight != 0 else { throw file.error(node, "the weight of \"\(entry.key)\" is 0; remove the term instead") }
        return weight
    }

    private func pattern(_ text: String, node: Node, in file: YAMLFile) throws(ConfigError) -> TermPattern {
        guard let pattern = TermPattern(text) else {
            throw file.error(node, "\"\(text)\" is not a usable term: it needs letters or digits, and * only at the end of a word")
        }
        return pattern
    }
}
