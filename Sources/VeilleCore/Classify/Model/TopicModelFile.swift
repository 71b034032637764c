import Foundation

/// The base model as a file in Config: plain text, one tab-separated record a line, so that a
/// person can see what it holds and `git diff` shows what a new training changed.
///
///     veille-topic-model  1
///     examples            469
///     corpora             train 335, dev 129, seeds 5
///     fingerprint         <SHA-256 of the training texts and labels>
///     topic  terrorism  bias B  calibration A C  blend R M O
///     feature  idf  terrorism  arms-control  diplomacy
///     b:terror  2.81  1.93  -0.12  -0.40
///
/// Features are sorted by name and numbers written with 6 significant digits, so the same
/// corpora give the same bytes. `#` lines are comments.
public enum TopicModelFile {
    static let magic = "veille-topic-model"

    public static func write(_ model: TopicModel) -> String {
        let topics = model.topics
        var lines = [
            "# Veille's base topic model, written by `veille train` (see docs/configuration.md, \"The base model\"). Do not edit by hand:",
            "# the weights only make sense together. Train again instead.",
            "\(magic)\t\(TopicModel.version)",
            "examples\t\(model.about.examples)",
            "corpora\t\(model.about.corpora)",
            "fingerprint\t\(model.about.fingerprint)",
        ]
        for topic in topics {
            guard let part = model.parts[topic] else { continue }
            lines.append(
                ["topic", topic, "bias", number(part.bias), "calibration", number(part.calibration.scale),
                 number(part.calibration.offset), "blend", number(part.blend.rules), number(part.blend.model),
                 number(part.blend.offset)].joined(separator: "\t"))
        }
        lines.append((["feature", "idf"] + topics).joined(separator: "\t"))
        let features = model.idf.keys.compactMap { hash in model.names[hash].map { ($0, hash) } }.sorted { $0.0 < $1.0 }
        for (name, hash) in features {
            let weights = topics.map { number(model.parts[$0]?.weights[hash] ?? 0) }
            lines.append(([name, number(model.idf[hash] ?? 0)] + weights).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a model file, naming the line of the first problem.
    public static func read(path: String) throws(ConfigError) -> TopicModel {
        let bytes: [UInt8]
        do throws(VeilleError) {
            bytes = try FileSystem.read(path, limit: 64 << 20)
        } catch {
            throw ConfigError(file: path, line: nil, "cannot be read: \(error.reason)")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) throws(ConfigError) -> TopicModel {
        var about = TopicModel.About(version: 0, examples: 0, corpora: "", fingerprint: "")
        var heads: [String: (bias: Double, calibration: TopicModel.Line, blend: TopicModel.Blend)] = [:]
        var columns: [String]? = nil
        var idf: [UInt64: Double] = [:]
        var names: [UInt64: String] = [:]
        var weights: [String: [UInt64: Double]] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ problem: String) -> ConfigError { ConfigError(file: path, line: number, problem) }
            func value(_ index: Int) throws(ConfigError) -> Double {
                guard index < fields.count, let value = Double(fields[index]), value.isFinite else {
                    throw fail("expected a number in column \(index + 1)")
                }
                return value
            }
            if let columns {
                guard fields.count == columns.count + 2 else {
                    throw fail("expected a feature, its idf and \(columns.count) weights separated by tabs")
                }
                let hash = ModelFeatures.hash(fields[0])
                idf[hash] = try value(1)
                names[hash] = fields[0]
                for (position, topic) in columns.enumerated() {
                    let weight = try value(position + 2)
                    if weight != 0 { weights[topic, default: [:]][hash] = weight }
                }
                continue
            }
            switch fields[0] {
            case magic:
                guard fields.count == 2, let version = Int(fields[1]) else { throw fail("expected \(magic) and a version") }
                guard version == TopicModel.version else {
                    throw fail("version \(version) is not one this Veille reads (\(TopicModel.version)); run `veille train` again")
                }
                about.version = version
            case "examples":
                guard fields.count == 2, let count = Int(fields[1]) else { throw fail("expected examples and a count") }
                about.examples = count
            case "corpora": about.corpora = fields.dropFirst().joined(separator: "\t")
            case "fingerprint": about.fingerprint = fields.dropFirst().joined(separator: "\t")
            case "topic":
                guard fields.count == 11, fields[2] == "bias", fields[4] == "calibration", fields[7] == "blend" else {
                    throw fail("expected topic ID bias B calibration A C blend R M O")
                }
                heads[fields[1]] = (
                    try value(3), .init(scale: try value(5), offset: try value(6)),
                    .init(rules: try value(8), model: try value(9), offset: try value(10))
                )
            case "feature":
                guard about.version > 0 else { throw fail("the features come before the \(magic) line") }
                let topics = Array(fields.dropFirst(2))
                if let missing = topics.first(where: { heads[$0] == nil }) {
                    throw fail("\"\(missing)\" has no topic line above")
                }
                columns = topics
            default:
                throw fail("unknown record \"\(fields[0])\"")
            }
        }
        guard about.version > 0 else { throw ConfigError(file: path, line: nil, "is not a Veille topic model (no \(magic) line)") }
        guard columns != nil else { throw ConfigError(file: path, line: nil, "has no feature table") }
        var parts: [String: TopicModel.Part] = [:]
        for (topic, head) in heads {
            parts[topic] = .init(weights: weights[topic] ?? [:], bias: head.bias, calibration: head.calibration, blend: head.blend)
        }
        return TopicModel(about: about, idf: idf, names: names, parts: parts)
    }

    private static func number(_ value: Double) -> String {
        let text = String(format: "%.6g", value)
        return text == "-0" ? "0" : text
    }
}
