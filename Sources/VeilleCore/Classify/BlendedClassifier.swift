/// The Classify stage as the pipeline runs it: the rules of Config/topics and, once analysts have
/// labelled releases, what their corrections teach.
///
/// The blend works in log-odds: the rules' score moves by `w × shift`, where `shift` is how far
/// the learned model's probability stands from the topic's base rate, and the weight `w` grows
/// with the number of labelled releases: `learned_weight × n / (n + halfWeightAt)`. So one
/// correction barely moves anything, and with a `learned_weight` of 0.5 or less the learned part
/// never files a release in which the rules found nothing: it tips the balance where they are unsure.
public struct BlendedClassifier: Sendable {
    public let rules: TopicClassifier
    public let learned: CorrectionModel?
    /// The weight the learned part tends to as labels accumulate (the `learned_weight` setting).
    public let maximumWeight: Double

    /// With this many labelled releases, the learned part has half its maximum weight.
    public static let halfWeightAt = 50.0

    /// How the learned part fared on the labels it was trained from, when it was trained.
    public let check: BlendCheck?

    public init(rules: TopicClassifier, learned: CorrectionModel? = nil, maximumWeight: Double = 0, check: BlendCheck? = nil) {
        self.rules = rules
        self.learned = learned
        self.maximumWeight = maximumWeight
        self.check = check
    }

    /// The rules, blended with a model trained on `examples` when `BlendCheck` finds that this
    /// fixes clearly more of their topics than it breaks; otherwise the rules alone.
    public static func trained(
        rules: TopicClassifier, examples: [CorrectionModel.Example], topics: [String], maximumWeight: Double
    ) -> BlendedClassifier {
        let check = BlendCheck(examples: examples, topics: topics, rules: rules, maximumWeight: maximumWeight)
        guard check.helps else { return BlendedClassifier(rules: rules, check: check) }
        return BlendedClassifier(
            rules: rules, learned: CorrectionModel(training: examples, topics: topics), maximumWeight: maximumWeight,
            check: check)
    }

    /// The learned part's weight in the blend, 0 without a model.
    public var learnedWeight: Double {
        guard let learned, learned.trainingSize > 0, maximumWeight > 0 else { return 0 }
        let size = Double(learned.trainingSize)
        return maximumWeight * size / (size + Self.halfWeightAt)
    }

    /// Scores for every topic that has evidence or is assigned, in topic order.
    public func classify(_ release: Release) -> [TopicScore] {
        let breakdowns = rules.explain(release)
        let weight = learnedWeight
        guard weight > 0, let learned else {
            return breakdowns.compactMap { $0.terms.isEmpty ? nil : $0.score(keepingEvidence: 5) }
        }
        let features = StemFeatures(release)
        return breakdowns.compactMap { breakdown in
            var score = breakdown.score(keepingEvidence: 5)
            guard let view = learned.view(of: breakdown.topic.id, features) else {
                return breakdown.terms.isEmpty ? nil : score
            }
            let blended = Self.blend(breakdown.score, view.shift, weight: weight)
            score.score = (blended * 1000).rounded() / 1000
            score.assigned = blended >= breakdown.topic.threshold
            score.learned = (view.probability * 1000).rounded() / 1000
            return breakdown.terms.isEmpty && !score.assigned ? nil : score
        }
    }

    /// The whole reckoning for `veille explain`: the rules' breakdown of every topic, and what the
    /// learned part added where it took part.
    public func explanation(of release: Release, labels: [String: Bool] = [:]) -> Explanation {
        let breakdowns = rules.explain(release)
        var learnedViews: [String: LearnedView] = [:]
        if let learned, learnedWeight > 0 {
            let features = StemFeatures(release)
            for breakdown in breakdowns {
                let topic = breakdown.topic.id
                guard let view = learned.view(of: topic, features) else { continue }
                learnedViews[topic] = LearnedView(
                    probability: view.probability, shift: view.shift, weight: learnedWeight,
                    blended: Self.blend(breakdown.score, view.shift, weight: learnedWeight),
                    reasons: learned.reasons(for: topic, features, limit: 6))
            }
        }
        return Explanation(breakdowns: breakdowns, labels: labels, learned: learnedViews, learning: check?.summary)
    }

    /// The rules' score moved by the learned shift, in log-odds.
    private static func blend(_ rules: Double, _ shift: Double, weight: Double) -> Double {
        sigmoid(logit(rules) + weight * shift)
    }
}

/// How the learned part saw a topic in a release.
public struct LearnedView: Sendable {
    /// The model's probability for the topic.
    public var probability: Double
    /// How far that moves from the topic's share among labelled releases, in log-odds.
    public var shift: Double
    /// The learned part's weight in the blend.
    public var weight: Double
    /// The score once blended with the rules'.
    public var blended: Double
    /// Stems and their push on the margin: positive for the topic, negative against.
    public var reasons: [(stem: String, weight: Double)]
}
