import Foundation

/// The base topic model: for each topic, a logistic regression over the idf-weighted stems of a
/// release (`ModelFeatures`), trained by `veille train` on the labelled corpora and shipped as a
/// file in Config (`TopicModelFile`), and a blend that weighs it against the rules.
///
/// Why both: the rules are readable and hold on what they were written for; the model knows the
/// words the rules miss ("assaillants", "hommes armés") and the contexts where their words mislead
/// (an ambassador at a treaty conference). Each topic's blend is a logistic regression of its own,
/// fitted on held-out predictions: `z = a × logit(rules) + b × logit(model) + c`. So where the
/// rules are strong (terrorism) they keep most of the say, and where words carry more (diplomacy)
/// the model does. A topic the model was not trained for (a new "maritime security") is left to
/// its rules.
public struct TopicModel: Sendable, Equatable {
    /// What the file says of itself, for `check-config`.
    public struct About: Sendable, Equatable {
        public var version: Int
        /// How many labelled releases it was trained on.
        public var examples: Int
        /// Which corpora, with their sizes ("train 335, dev 129, seeds 5").
        public var corpora: String
        /// SHA-256 of the training texts and labels, so two files trained on the same corpora can be compared.
        public var fingerprint: String
    }

    /// One topic's regression, its calibration and its blend with the rules.
    struct Part: Sendable, Equatable {
        var weights: [UInt64: Double]
        var bias: Double
        /// Platt scaling: the model's calibrated probability is `sigmoid(scale × margin + offset)`.
        var calibration: Line
        /// `z = rules × logit(rules' score) + model × logit(model) + offset`.
        var blend: Blend
    }

    struct Line: Sendable, Equatable {
        var scale: Double
        var offset: Double
    }

    struct Blend: Sendable, Equatable {
        var rules: Double
        var model: Double
        var offset: Double
    }

    /// 2: features weighted by 1 + log of their count (1 weighed presence only).
    public static let version = 2

    public let about: About
    /// Each known feature's inverse document frequency.
    let idf: [UInt64: Double]
    /// Each known feature's name, for explanations and the file.
    let names: [UInt64: String]
    let parts: [String: Part]

    init(about: About, idf: [UInt64: Double], names: [UInt64: String], parts: [String: Part]) {
        self.about = about
        self.idf = idf
        self.names = names
        self.parts = parts
    }

    /// The topics it has a part for.
    public var topics: [String] { parts.keys.sorted() }

    /// A release's known features, weighted by idf × (1 + log of the count) and scaled to unit length.
    func vector(_ release: Release) -> Vector {
        Self.vector(ModelFeatures(release), idf: idf)
    }

    static func vector(_ features: ModelFeatures, idf: [UInt64: Double]) -> Vector {
        var known: [UInt64] = []
        var values: [Double] = []
        for (hash, count) in zip(features.hashes, features.counts) {
            guard let weight = idf[hash] else { continue }
            known.append(hash)
            values.append(weight * (1 + log(count)))
        }
        let length = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if length > 0 { for index in values.indices { values[index] /= length } }
        return Vector(hashes: known, values: values)
    }

    /// How the model sees `topic` in a release whose rules scored `rules`; nil without a part.
    func view(of topic: String, _ vector: Vector, rules: Double) -> ModelView? {
        guard let part = parts[topic] else { return nil }
        var margin = part.bias
        for (hash, value) in zip(vector.hashes, vector.values) { margin += (part.weights[hash] ?? 0) * value }
        let model = logit(sigmoid(margin))
        let calibrated = sigmoid(part.calibration.scale * margin + part.calibration.offset)
        let blended = sigmoid(part.blend.rules * logit(rules) + part.blend.model * model + part.blend.offset)
        return ModelView(probability: calibrated, blended: blended, margin: margin)
    }

    /// The features that pushed `topic` most for this release, strongest first.
    func reasons(for topic: String, _ vector: Vector, limit: Int) -> [(feature: String, weight: Double)] {
        guard let part = parts[topic] else { return [] }
        var reasons: [(feature: String, weight: Double)] = []
        for (hash, value) in zip(vector.hashes, vector.values) {
            guard let weight = part.weights[hash] else { continue }
            reasons.append((names[hash] ?? "?", weight * value))
        }
        reasons.sort { abs($0.weight) > abs($1.weight) }
        return Array(reasons.prefix(limit))
    }

    struct Vector: Sendable {
        var hashes: [UInt64]
        var values: [Double]
    }
}

/// What the base model made of one topic in one release.
public struct ModelView: Sendable, Equatable {
    /// The model's own probability, calibrated on held-out releases.
    public var probability: Double
    /// The probability once blended with the rules' score.
    public var blended: Double
    /// The regression's margin (log-odds before calibration).
    public var margin: Double
}
