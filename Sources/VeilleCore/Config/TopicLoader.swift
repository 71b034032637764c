import Foundation
import Yams

/// Reads every `*.yaml` file of the topics folder into `TopicDefinition`s, checking each value.
struct TopicLoader {
    static let keys = ["label", "order", "threshold", "scale", "terms", "description"]
    static let termKeys = ["weight", "near", "unless", "within"]

    func load(folder: String) throws(ConfigErrors) -> [TopicDefinition] {
        let loaded = loadEach(folder: folder)
        guard loaded.problems.isEmpty else { throw ConfigErrors(loaded.problems) }
        return loaded.topics
    }

    /// Every valid topic of the folder, in order, and the problems of the others.
    func loadEach(folder: String) -> (topics: [TopicDefinition], problems: [ConfigError]) {
        let names: [String]
        do {
            names = try Self.topicFiles(in: folder)
        } catch {
            return ([], [ConfigError(file: folder, line: nil, "is not a readable folder of topic files")])
        }
        guard !names.isEmpty else {
            return ([], [ConfigError(file: folder, line: nil, "holds no topic files (*.yaml)")])
        }
        var topics: [TopicDefinition] = []
        var problems: [ConfigError] = []
        for name in names {
            do {
                topics.append(try loadTopic(path: (folder as NSString).appendingPathComponent(name)))
            } catch {
                problems += error.errors
            }
        }
        return (topics.sorted { ($0.order, $0.id) < ($1.order, $1.id) }, problems)
    }

    /// The names of the folder's topic files: `*.yaml`, hidden files left out.
    static func topicFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
    }

    /// One topic file, with every problem it has: each key and each term is checked on its own.
    func loadTopic(path: String) throws(ConfigErrors) -> TopicDefinition {
        let file: YAMLFile
        do { file = try YAMLFile(path: path) } catch { throw ConfigErrors([error]) }
        var problems: [ConfigError] = []
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let allowed = { (byte: UInt8) in (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D }
        if id.isEmpty || !id.utf8.allSatisfy(allowed) {
            problems.append(
                ConfigError(
                    file: path, line: nil, "a topic file's name must use only a-z, 0-9 and -, since it becomes the topic's id"))
        }
        var labels: [DigestLanguage: String] = [:]
        var order = 100
        var threshold = TopicDefinition.defaultThreshold
        var scale = TopicDefinition.defaultScale
        var terms: [Language: [TopicTerm]] = [:]
        let problemsBeforeTerms = problems.count
        for entry in file.entries(file.root, named: "the file", known: Self.keys, problems: &problems) {
            do throws(ConfigError) {
                switch entry.key {
                case "label":
                    for label in try file.mapping(entry.value, named: "label", known: DigestLanguage.allCases.map(\.rawValue)) {
                        labels[DigestLanguage(rawValue: label.key) ?? .en] = try file.string(label.value, key: "label.\(label.key)")
                    }
                case "order": order = Int(try file.number(entry.value, key: "order", in: -1000...1000))
                case "threshold": threshold = try file.number(entry.value, key: "threshold (a score from 0 to 1)", in: 0.01...1)
                case "scale": scale = try file.number(entry.value, key: "scale", in: 0.1...1000)
                case "terms": terms = loadTerms(entry.value, in: file, problems: &problems)
                default: break
                }
            } catch {
                problems.append(error)
            }
        }
        if problems.count == problemsBeforeTerms, !terms.values.contains(where: { !$0.isEmpty }) {
            problems.append(file.error(file.root, "the topic has no terms"))
        }
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        return TopicDefinition(id: id, labels: labels, order: order, threshold: threshold, scale: scale, terms: terms)
    }

    /// The terms of each language; a term with a problem is added to `problems` and left out.
    private func loadTerms(_ node: Node, in file: YAMLFile, problems: inout [ConfigError]) -> [Language: [TopicTerm]] {
        var terms: [Language: [TopicTerm]] = [:]
        let languages = [Language.fr, .en].map(\.rawValue)
        for group in file.entries(node, named: "terms", known: languages, problems: &problems) {
            let language = Language(rawValue: group.key) ?? .other
            var seen: [TermPattern: String] = [:]
            for entry in file.entries(group.value, named: "terms.\(group.key)", known: nil, problems: &problems) {
                do throws(ConfigError) {
                    let term = try loadTerm(entry, in: file)
                    if let earlier = seen[term.pattern] {
                        throw file.error(
                            entry.keyNode, "\"\(entry.key)\" matches the same words as \"\(earlier)\" in terms.\(group.key)")
                    }
                    seen[term.pattern] = entry.key
                    terms[language, default: []].append(term)
                } catch {
                    problems.append(error)
                }
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
