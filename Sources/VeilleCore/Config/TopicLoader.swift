import Foundation
import Yams

/// Reads every `*.yaml` file of the topics folder into `TopicDefinition`s, checking each value.
struct TopicLoader {
    static let keys = ["label", "order", "threshold", "terms", "description"]

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
        var threshold: Double?
        var terms: [Language: [TopicTerm]] = [:]
        for entry in try file.rootMapping(known: Self.keys) {
            switch entry.key {
            case "label":
                for label in try file.mapping(entry.value, named: "label", known: DigestLanguage.allCases.map(\.rawValue)) {
                    labels[DigestLanguage(rawValue: label.key) ?? .en] = try file.string(label.value, key: "label.\(label.key)")
                }
            case "order": order = Int(try file.number(entry.value, key: "order", in: -1000...1000))
            case "threshold": threshold = try file.number(entry.value, key: "threshold", in: 0.1...1000)
            case "terms": terms = try loadTerms(entry.value, in: file)
            default: break
            }
        }
        guard let threshold else { throw file.error(file.root, "the topic has no threshold (the score a release needs)") }
        guard terms.values.contains(where: { !$0.isEmpty }) else { throw file.error(file.root, "the topic has no terms") }
        return TopicDefinition(id: id, labels: labels, order: order, threshold: threshold, terms: terms)
    }

    private func loadTerms(_ node: Node, in file: YAMLFile) throws(ConfigError) -> [Language: [TopicTerm]] {
        var terms: [Language: [TopicTerm]] = [:]
        let languages = [Language.fr, .en].map(\.rawValue)
        for group in try file.mapping(node, named: "terms", known: languages) {
            let language = Language(rawValue: group.key) ?? .other
            var seen: [TermPattern: String] = [:]
            for term in try file.mapping(group.value, named: "terms.\(group.key)") {
                let weight = try file.number(term.value, key: "the weight of \"\(term.key)\"", in: -10...10)
                guard weight != 0 else {
                    throw file.error(term.value, "the weight of \"\(term.key)\" is 0; remove the term instead")
                }
                guard let pattern = TermPattern(term.key) else {
                    throw file.error(
                        term.keyNode,
                        "\"\(term.key)\" is not a usable term: it needs letters or digits, and * only at the end of a word")
                }
                if let earlier = seen[pattern] {
                    throw file.error(
                        term.keyNode, "\"\(term.key)\" matches the same words as \"\(earlier)\" in terms.\(group.key)")
                }
                seen[pattern] = term.key
                terms[language, default: []].append(TopicTerm(text: term.key, weight: weight, pattern: pattern))
            }
        }
        return terms
    }
}
