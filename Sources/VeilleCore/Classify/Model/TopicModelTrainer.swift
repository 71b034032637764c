import Foundation

/// Trains a `TopicModel` from labelled releases: `veille train` on the corpora, and
/// `veille eval --cross-validate` on all parts but one.
///
/// 1. Each release becomes its stems by field (`ModelFeatures`); features found in fewer than two
///    releases are dropped, the rest weighted by inverse document frequency and scaled to unit length.
/// 2. Per topic, a logistic regression with a light L2 penalty (`penalty`, chosen by grouped
///    cross-validation).
/// 3. The calibration and the blend are fitted on held-out predictions: the releases are cut into
///    `folds` parts by group (a same-event group or a story thread never straddles two parts), each
///    part is predicted by a model trained on the others, and two small logistic regressions are fitted on
///    those predictions: Platt scaling of the model alone, and the blend of the rules' score with it.
///
/// Deterministic: the same examples in the same order give the same model, bit for bit.
public struct TopicModelTrainer: Sendable {
    public struct Example: Sendable {
        public var release: Release
        public var topics: Set<String>
        /// Releases of one group (a same-event group, a thread) stay on one side of every split.
        public var group: String

        public init(release: Release, topics: Set<String>, group: String) {
            self.release = release
            self.topics = topics
            self.group = group
        }
    }

    /// A topic needs this many labelled releases filed under it, and as many not, to get a part.
    public static let minimumPerSide = 5
    /// The inverse of the L2 penalty's strength per example (as in `C` of common libraries).
    /// C from 30 to 300 and 200 to 1,000 iterations all gave macro-F1 0.936–0.940 in grouped
    /// cross-validation; the stronger penalty is the safer bet on unseen releases.
    static let penalty = 30.0
    static let iterations = 400
    static let folds = 5

    let rules: TopicClassifier
    let topics: [String]

    public init(rules: TopicClassifier, topics: [String]) {
        self.rules = rules
        self.topics = topics
    }

    public func train(_ examples: [Example], about: TopicModel.About) -> TopicModel {
        let features = examples.map { ModelFeatures($0.release, keepingNames: true) }
        let scores = examples.map { example in
            Dictionary(uniqueKeysWithValues: rules.explain(example.release).map { ($0.topic.id, $0.score) })
        }
        let trainable = topics.filter { topic in
            let positives = examples.filter { $0.topics.contains(topic) }.count
            return positives >= Self.minimumPerSide && examples.count - positives >= Self.minimumPerSide
        }
        // Held-out margins, for the calibration and the blend.
        let fold = GroupedFolds(groups: examples.map(\.group), count: Self.folds)
        var heldOut = Array(repeating: [String: Double](), count: examples.count)
        for part in 0..<fold.count {
            let inside = examples.indices.filter { fold[$0] != part }
            let text = fitText(inside.map { (features[$0], examples[$0].topics) }, topics: trainable)
            for position in examples.indices where fold[position] == part {
                let vector = TopicModel.vector(features[position], idf: text.idf)
                for topic in trainable { heldOut[position][topic] = text.margin(topic, vector) }
            }
        }
        let text = fitText(examples.indices.map { (features[$0], examples[$0].topics) }, topics: trainable)
        var parts: [String: TopicModel.Part] = [:]
        for topic in trainable {
            let targets = examples.map { $0.topics.contains(topic) }
            let margins = heldOut.map { $0[topic] ?? 0 }
            let calibration = Self.fitLine(inputs: margins.map { [$0] }, targets: targets)
            let blend = Self.fitLine(
                inputs: examples.indices.map { [logit(scores[$0][topic] ?? 0), logit(sigmoid(margins[$0]))] }, targets: targets)
            parts[topic] = TopicModel.Part(
                weights: text.weights[topic] ?? [:], bias: text.biases[topic] ?? 0,
                calibration: .init(scale: calibration[0], offset: calibration[1]),
                blend: .init(rules: blend[0], model: blend[1], offset: blend[2]))
        }
        var names: [UInt64: String] = [:]
        for feature in features { for (hash, name) in feature.names where text.idf[hash] != nil { names[hash] = name } }
        return TopicModel(about: about, idf: text.idf, names: names, parts: parts)
    }

    /// The idf table and one regression per topic over `rows`.
    private func fitText(_ rows: [(features: ModelFeatures, topics: Set<String>)], topics: [String]) -> TextFit {
        var documents: [UInt64: Int] = [:]
        for row in rows { for hash in row.features.hashes { documents[hash, default: 0] += 1 } }
        let count = Double(rows.count)
        var idf: [UInt64: Double] = [:]
        for (hash, frequency) in documents where frequency >= LogisticRegression.minimumDocuments {
            idf[hash] = log((1 + count) / (1 + Double(frequency))) + 1
        }
        let vectors = rows.map { TopicModel.vector($0.features, idf: idf) }
        var weights: [String: [UInt64: Double]] = [:]
        var biases: [String: Double] = [:]
        for topic in topics {
            let regression = LogisticRegression.train(
                zip(vectors, rows).map { .init(features: $0.hashes, values: $0.values, positive: $1.topics.contains(topic)) },
                l2: 1 / (Self.penalty * max(count, 1)), iterations: Self.iterations)
            weights[topic] = regression.weights
            biases[topic] = regression.bias
        }
        return TextFit(idf: idf, weights: weights, biases: biases)
    }

    private struct TextFit {
        var idf: [UInt64: Double]
        var weights: [String: [UInt64: Double]]
        var biases: [String: Double]

        func margin(_ topic: String, _ vector: TopicModel.Vector) -> Double {
            var sum = biases[topic] ?? 0
            let weights = self.weights[topic] ?? [:]
            for (hash, value) in zip(vector.hashes, vector.values) { sum += (weights[hash] ?? 0) * value }
            return sum
        }
    }

    /// A small logistic regression on a few dense inputs (each within about ±5): its weights, then
    /// its bias. The inputs are shrunk for the descent and the weights grown back, so the step stays safe.
    static func fitLine(inputs: [[Double]], targets: [Bool]) -> [Double] {
        let width = inputs.first?.count ?? 0
        let shrink = 1 / (5 * Double(max(width, 1)).squareRoot())
        var starts = [0]
        var columns: [Int] = []
        var values: [Double] = []
        for row in inputs {
            for (column, value) in row.enumerated() {
                columns.append(column)
                values.append(max(-5, min(5, value)) * shrink)
            }
            starts.append(columns.count)
        }
        let (weights, bias) = LogisticRegression.descend(
            starts: starts, columns: columns, values: values, targets: targets.map { $0 ? 1 : 0 }, width: width,
            l2: 1 / Double(max(inputs.count, 1)) * shrink * shrink, iterations: 3000)
        return weights.map { $0 * shrink } + [bias]
    }
}

/// Which of `count` parts each item falls in, keeping the items of a group together: groups are
/// dealt out in the order they first appear, one part after another.
struct GroupedFolds: Sendable {
    let parts: [Int]
    let count: Int

    init(groups: [String], count: Int) {
        var partOf: [String: Int] = [:]
        var next = 0
        parts = groups.map { group in
            if let part = partOf[group] { return part }
            partOf[group] = next
            defer { next = (next + 1) % max(count, 1) }
            return next
        }
        self.count = max(1, min(count, partOf.count))
    }

    /// Another partition, for seeing how much cross-validation's figures owe to the one cut:
    /// each group goes to the part its hash with `seed` names.
    init(groups: [String], count: Int, seed: String) {
        let parts = max(1, count)
        self.parts = groups.map { Int(FNV.add(Array((seed + "\u{1F}" + $0).utf8)[...], to: FNV.offset) % UInt64(parts)) }
        self.count = parts
    }

    subscript(position: Int) -> Int { parts[position] }
}
