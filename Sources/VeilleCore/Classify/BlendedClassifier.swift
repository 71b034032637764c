/// The Classify stage as the pipeline runs it: one decision per topic from three parts.
///
/// 1. **The rules** of Config/topics: readable, weighted terms (`TopicClassifier`).
/// 2. **The base model** of Config/model, trained by `veille train` on the labelled corpora
///    (`TopicModel`): each topic's rules' score and the model's probability are blended in
///    log-odds with weights fitted on held-out releases. A topic without a part in the model is
///    decided by its rules alone.
/// 3. **Analysts' corrections** (`CorrectionModel`): once analysts have labelled releases, the
///    blend moves by `w × shift`, where `shift` is how far the correction model's probability
///    stands from the topic's base rate, and `w` grows with the number of labelled releases:
///    `learned_weight × n / (n + halfWeightAt)`. One correction barely moves anything.
///
/// A decision whose final score lies within `uncertainty` of the topic's threshold is marked
/// uncertain ("to check"): those are the releases whose labels teach most.
public struct BlendedClassifier: Sendable {
    public let rules: TopicClassifier
    public let model: TopicModel?
    public let learned: CorrectionModel?
    /// The weight the learned part tends to as labels accumulate (the `learned_weight` setting).
    public let maximumWeight: Double

    /// With this many labelled releases, the learned part has half its maximum weight.
    public static let halfWeightAt = 50.0

    /// How far from the threshold a score counts as uncertain.
    public static let uncertainty = 0.25

    /// How the learned part fared on the labels it was trained from, when it was trained.
    public let check: BlendCheck?

    public init(
        rules: TopicClassifier, model: TopicModel? = nil, learned: CorrectionModel? = nil, maximumWeight: Double = 0,
        check: BlendCheck? = nil
    ) {
        self.rules = rules
        self.model = model
        self.learned = learned
        self.maximumWeight = maximumWeight
        self.check = check
    }

    /// The rules and the base model, blended with a correction model trained on `examples` when
    /// `BlendCheck` finds that this fixes clearly more of their topics than it breaks.
    public static func trained(
        rules: TopicClassifier, model: TopicModel? = nil, examples: [CorrectionModel.Example], topics: [String],
        maximumWeight: Double
    ) -> BlendedClassifier {
        let base = BlendedClassifier(rules: rules, model: model)
        let check = BlendCheck(examples: examples, topics: topics, base: base, maximumWeight: maximumWeight)
        guard check.helps else { return BlendedClassifier(rules: rules, model: model, check: check) }
        return BlendedClassifier(
            rules: rules, model: model, learned: CorrectionModel(training: examples, topics: topics),
            maximumWeight: maximumWeight, check: check)
    }

    /// The learned part's weight in the blend, 0 without a model.
    public var learnedWeight: Double {
        guard let learned, learned.trainingSize > 0, maximumWeight > 0 else { return 0 }
        let size = Double(learned.trainingSize)
        return maximumWeight * size / (size + Self.halfWeightAt)
    }

    /// Scores for every topic that has evidence, is assigned or is uncertain, in topic order.
    public func classify(_ release: Release) -> [TopicScore] {
        decide(release).compactMap { decision in
            let breakdown = decision.breakdown
            var score = breakdown.score(keepingEvidence: 5)
            guard decision.model != nil || decision.learned != nil else { return breakdown.terms.isEmpty ? nil : score }
            score.score = (decision.score * 1000).rounded() / 1000
            score.assigned = decision.score >= breakdown.topic.threshold
            score.model = decision.model.map { ($0.probability * 1000).rounded() / 1000 }
            score.learned = decision.learned.map { ($0.probability * 1000).rounded() / 1000 }
            let uncertain = abs(score.score - breakdown.topic.threshold) < Self.uncertainty
            return breakdown.terms.isEmpty && !score.assigned && !uncertain ? nil : score
        }
    }

    /// The whole reckoning for `veille explain`: the rules' breakdown of every topic, and what the
    /// base model and the learned part added where they took part.
    public func explanation(of release: Release, labels: [String: Bool] = [:]) -> Explanation {
        let vector = model?.vector(release)
        let decisions = decide(release)
        var models: [String: ModelPart] = [:]
        var learnedViews: [String: LearnedView] = [:]
        for decision in decisions {
            let topic = decision.breakdown.topic.id
            if let view = decision.model, let model, let vector {
                models[topic] = ModelPart(view: view, reasons: model.reasons(for: topic, vector, limit: 6))
            }
            if let view = decision.learned { learnedViews[topic] = view }
        }
        return Explanation(
            decisions: decisions.map { ($0.breakdown, $0.score) }, labels: labels, models: models, learned: learnedViews,
            learning: check?.summary)
    }

    /// One topic's reckoning by the three parts.
    struct Decision {
        var breakdown: TopicBreakdown
        var model: ModelView?
        var learned: LearnedView?
        /// The final score, compared with the topic's threshold.
        var score: Double
    }

    func decide(_ release: Release) -> [Decision] {
        let breakdowns = rules.explain(release)
        let vector = model?.vector(release)
        let weight = learnedWeight
        let features = weight > 0 ? StemFeatures(release) : nil
        return breakdowns.map { breakdown in
            let topic = breakdown.topic.id
            var decision = Decision(breakdown: breakdown, score: breakdown.score)
            if let model, let vector, let view = model.view(of: topic, vector, rules: breakdown.score) {
                decision.model = view
                decision.score = view.blended
            }
            if let learned, let features, let view = learned.view(of: topic, features) {
                let blended = sigmoid(logit(decision.score) + weight * view.shift)
                decision.learned = LearnedView(
                    probability: view.probability, shift: view.shift, weight: weight, blended: blended,
                    reasons: learned.reasons(for: topic, features, limit: 6))
                decision.score = blended
            }
            return decision
        }
    }
}

/// What the base model added to one topic, for `veille explain`.
public struct ModelPart: Sendable {
    public var view: ModelView
    /// Its features that pushed most, with their push on the margin.
    public var reasons: [(feature: String, weight: Double)]
}

/// How the learned part saw a topic in a release.
public struct LearnedView: Sendable {
    /// The model's probability for the topic.
    public var probability: Double
    /// How far that moves from the topic's share among labelled releases, in log-odds.
    public var shift: Double
    /// The learned part's weight in the blend.
    public var weight: Double
    /// The score once blended.
    public var blended: Double
    /// Stems and their push on the margin: positive for the topic, negative against.
    public var reasons: [(stem: String, weight: Double)]
}
