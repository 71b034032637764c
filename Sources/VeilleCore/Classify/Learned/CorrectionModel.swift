import Foundation

/// What analysts' decisions teach the classifier: for each topic, a logistic regression over the
/// stems of the releases an analyst labelled, with their topics as they stand after the labels.
///
/// It learns the words that the topic files miss or overrate in this analyst's stream, which the
/// rules cannot: a Config file says what a topic is, the corrections say where it was wrong.
/// A topic takes part only once it has at least `minimumPerSide` labelled releases filed under
/// it and as many not filed under it; until then the rules decide alone.
public struct CorrectionModel: Sendable {
    /// A release and the topics it is filed under, as an analyst left them.
    public struct Example: Sendable {
        public var release: Release
        public var topics: Set<String>

        public init(release: Release, topics: Set<String>) {
            self.release = release
            self.topics = topics
        }
    }

    /// How many labelled releases it learned from.
    public let trainingSize: Int
    let models: [String: LogisticRegression]
    /// Per topic, the share of training releases filed under it.
    let baseRates: [String: Double]
    /// Each feature's stem, for explanations.
    let stems: [UInt64: String]

    public static let minimumPerSide = 3
    /// The most labelled releases it learns from (the latest): 1,000 train in under a second.
    public static let maximumTrainingSize = 1_000
    /// The L2 penalty, measured by cross-validation on the dev corpus (see docs/configuration.md, "Learning from
    /// corrections").
    public static let penalty = 0.01

    public init(training examples: [Example], topics: [String]) {
        var stems: [UInt64: String] = [:]
        let featured = examples.map { example in
            let features = StemFeatures(example.release, keepingStems: true)
            stems.merge(features.stems) { first, _ in first }
            return (features: features.hashes, topics: example.topics)
        }
        var models: [String: LogisticRegression] = [:]
        var baseRates: [String: Double] = [:]
        for topic in topics {
            let positives = featured.filter { $0.topics.contains(topic) }.count
            guard positives >= Self.minimumPerSide, featured.count - positives >= Self.minimumPerSide else { continue }
            baseRates[topic] = Double(positives) / Double(featured.count)
            models[topic] = LogisticRegression.train(
                featured.map { .init(features: $0.features, positive: $0.topics.contains(topic)) }, l2: Self.penalty)
        }
        trainingSize = examples.count
        self.models = models
        self.baseRates = baseRates
        self.stems = stems.filter { entry in models.values.contains { $0.weights[entry.key] != nil } }
    }

    /// The topics it has a model for.
    public var topics: [String] { models.keys.sorted() }

    /// The model's probability that `features` belong to `topic`, and how far that moves away
    /// from the topic's base rate in log-odds (`shift`): 0 when the features tell it nothing,
    /// positive for the topic, negative against. Nil when the topic has no model.
    func view(of topic: String, _ features: StemFeatures) -> (probability: Double, shift: Double)? {
        guard let model = models[topic], let base = baseRates[topic] else { return nil }
        let probability = model.probability(of: features.hashes)
        return (probability, logit(probability) - logit(base))
    }

    /// The stems that pushed `topic` up or down most for these features, strongest first.
    func reasons(for topic: String, _ features: StemFeatures, limit: Int) -> [(stem: String, weight: Double)] {
        guard let model = models[topic] else { return [] }
        return model.contributions(of: features.hashes).prefix(limit).map { (stems[$0.feature] ?? "?", $0.weight) }
    }
}
