import Foundation
import Yams

/// A YAML configuration file read into nodes that remember their line, so that every
/// validation message can name the file and the line.
struct YAMLFile {
    let path: String
    let root: Node

    /// Reads and parses `path`; a missing file, bad UTF-8 or a YAML syntax error is a `ConfigError`.
    init(path: String) throws(ConfigError) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigError(file: path, line: nil, exists ? "cannot be read (check its permissions)" : "does not exist")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: nil, "is not valid UTF-8 text")
        }
        do {
            // No tag resolution: it matches every plain scalar against Yams' regular expressions,
            // which brings in ICU's, and the loaders read every value as text anyway.
            root = try Yams.compose(yaml: text, Resolver.basic) ?? Node.mapping(.init([]))
        } catch let error as YamlError {
            throw Self.describe(error, file: path)
        } catch {
            throw ConfigError(file: path, line: nil, "is not valid YAML: \(error)")
        }
    }

    func error(_ node: Node?, _ problem: String) -> ConfigError {
        ConfigError(file: path, line: node?.mark?.line, problem)
    }

    /// The root as a mapping whose keys are all in `known`.
    func rootMapping(known: [String]) throws(ConfigError) -> [(key: String, keyNode: Node, value: Node)] {
        try mapping(root, named: "the file", known: known)
    }

    /// The entries of a mapping node, refusing keys that are not strings or not in `known`.
    func mapping(_ node: Node, named name: String, known: [String]? = nil) throws(ConfigError)
        -> [(key: String, keyNode: Node, value: Node)]
    {
        guard let mapping = node.mapping else {
            throw error(node, "\(name) must be a mapping of keys to values")
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            entries.append((try key(keyNode, in: name, known: known), keyNode, value))
        }
        return entries
    }

    /// The entries of a mapping node, like `mapping(_:named:known:)`, but each key that is not
    /// text or not in `known` goes to `problems` and is left out, so that one check lists them all.
    func entries(_ node: Node, named name: String, known: [String]?, problems: inout [ConfigError])
        -> [(key: String, keyNode: Node, value: Node)]
    {
        guard let mapping = node.mapping else {
            problems.append(error(node, "\(name) must be a mapping of keys to values"))
            return []
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            do throws(ConfigError) {
                entries.append((try key(keyNode, in: name, known: known), keyNode, value))
            } catch {
                problems.append(error)
            }
        }
        return entries
    }

    /// A mapping key's text, when it is text and in `known`.
    private func key(_ node: Node, in name: String, known: [String]?) throws(ConfigError) -> String {
        guard let key = node.scalar?.string else { throw error(node, "keys in \(name) must be text") }
        if let known, !known.contains(key) {
            throw error(node, "unknown key \"\(key)\" in \(name); expected one of: \(known.joined(separator: ", "))")
        }
        return key
    }

    /// A scalar node's text; a list or mapping where text is expected is an error.
    func string(_ node: Node, key: String) throws(ConfigError) -> String {
        guard let scalar = node.scalar else { throw error(node, "\(key) must be a single value, not a list or mapping") }
        return scalar.string
    }

    /// A number, with `range` checked; the message quotes what was written.
    func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(ConfigError) -> Double {
        let text = try string(node, key: key)
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw error(
                node,
                "\(key) must be a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound)), not \"\(text)\""
            )
        }
        return value
    }

    /// What YAML reads as null when written plain, as Yams' resolver finds it.
    private static let nulls: Set<String> = ["~", "null", "Null", "NULL"]

    /// The items of a sequence node.
    func sequence(_ node: Node, key: String) throws(ConfigError) -> [Node] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.style == .plain && Self.nulls.contains(scalar.string)
        {
            return []
        }
        guard let sequence = node.sequence else { throw error(node, "\(key) must be a list") }
        return Array(sequence)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func describe(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return ConfigError(file: file, line: mark.line, "is not valid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return ConfigError(file: file, line: context.mark.line, "the key \(keys) appears more than once")
        default:
            return ConfigError(file: file, line: nil, "is not valid YAML: \(error)")
        }
    }
}
