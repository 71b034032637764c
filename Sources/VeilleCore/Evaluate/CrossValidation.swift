import Foundation

/// Measures the classifier on releases it was not trained on: grouped K-part cross-validation.
///
/// The labelled releases are cut into `folds` parts by group (`LabelledCorpus.splitGroups`: a
/// same-event group or a story thread never straddles two parts). For each part, a base model is
/// trained on the other parts exactly as `veille train` does (`TopicModelTrainer`), and the part
/// is classified three ways: by the rules alone, by the model alone (its calibrated probability
/// against the threshold), and by the blend the daemon runs. Every release is scored once, by a
/// model that never saw it nor any release of its group.
public struct CrossValidation: Sendable {
    public var folds: Int
    /// How many groups the releases fall into.
    public var groups: Int
    public var rules: Evaluation
    public var model: Evaluation
    public var blend: Evaluation
    private var rulesThresholds: [String: Double]

    /// `shuffle`: deal the groups into parts by a hash of this seed rather than in turn.
    public init(evaluation: Evaluation, groups: [String], rules: TopicClassifier, folds: Int, shuffle: String? = nil) {
        let fold =
            shuffle.map { GroupedFolds(groups: groups, count: folds, seed: $0) } ?? GroupedFolds(groups: groups, count: folds)
        var models: [TopicModel] = []
        let trainer = TopicModelTrainer(rules: rules, topics: evaluation.topics)
        for part in 0..<fold.count {
            let examples = evaluation.outcomes.indices.compactMap { position -> TopicModelTrainer.Example? in
                let outcome = evaluation.outcomes[position]
                guard fold[position] != part, let release = outcome.release else { return nil }
                return .init(release: release, topics: outcome.item.topics, group: groups[position])
            }
            models.append(
                trainer.train(
                    examples, about: .init(version: TopicModel.version, examples: examples.count, corpora: "", fingerprint: "")))
        }
        self.folds = fold.count
        rulesThresholds = Dictionary(uniqueKeysWithValues: rules.topics.map { ($0.id, $0.threshold) })
        self.groups = Set(groups).count
        self.rules = evaluation.reclassified { _, release in BlendedClassifier(rules: rules).classify(release) }
        self.model = evaluation.reclassified { position, release in
            let model = models[fold[position]]
            let vector = model.vector(release)
            return rules.explain(release).map { breakdown in
                var score = breakdown.score(keepingEvidence: 5)
                if let view = model.view(of: breakdown.topic.id, vector, rules: breakdown.score) {
                    score.score = view.probability
                    score.assigned = view.probability >= breakdown.topic.threshold
                }
                return score
            }
        }
        self.blend = evaluation.reclassified { position, release in
            BlendedClassifier(rules: rules, model: models[fold[position]]).classify(release)
        }
    }

    /// The three ways side by side: macro-F1, exact match, each language and each topic's F1.
    public func report(title: String) -> String {
        let topics = rules.topics
        let languages = rules.languages
        var lines = [
            "\(title): grouped \(folds)-part cross-validation, \(rules.outcomes.count) releases in \(groups) groups (a same-event group or thread stays on one side)"
        ]
        lines.append(
            pad("", 18) + pad("macro-F1", 10) + pad("exact", 7) + languages.map { pad($0.rawValue, 7) }.joined()
                + topics.map { pad($0, max(14, $0.count + 2)) }.joined())
        for (name, evaluation) in [("rules alone", rules), ("base model alone", model), ("blend", blend)] {
            lines.append(
                pad(name, 18) + pad(number(evaluation.macroF1()), 10) + pad(number(evaluation.exactMatch()), 7)
                    + languages.map { pad(number(evaluation.macroF1(for: [$0])), 7) }.joined()
                    + zip(topics, evaluation.figures()).map { pad(number($1.f1), max(14, $0.count + 2)) }.joined())
        }
        lines.append("(languages and topics: macro-F1 and F1)")
        lines.append(uncertainty)
        if rules.corpora.count > 1 {
            for corpus in rules.corpora {
                let part = Evaluation(topics: topics, outcomes: blend.outcomes.filter { $0.item.file.hasPrefix(corpus + "/") })
                lines.append(
                    "  blend on \(corpus): macro-F1 \(number(part.macroF1())), exact match \(number(part.exactMatch())) (\(part.outcomes.count) releases)"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How many of the blend's decisions are marked uncertain, and how many of its mistakes they hold.
    var uncertainty: String {
        var marked = 0
        var wrong = 0
        var wrongMarked = 0
        for outcome in blend.outcomes {
            guard let release = outcome.release else { continue }
            for topic in blend.topics {
                let score = release.topics.first { $0.topic == topic }
                let threshold = rulesThresholds[topic] ?? 0.5
                let uncertain = score.map { abs($0.score - threshold) < BlendedClassifier.uncertainty } ?? false
                let mistaken = (score?.assigned ?? false) != outcome.item.topics.contains(topic)
                if uncertain { marked += 1 }
                if mistaken { wrong += 1 }
                if uncertain, mistaken { wrongMarked += 1 }
            }
        }
        let decisions = blend.outcomes.count * blend.topics.count
        return
            "uncertain (score within \(BlendedClassifier.uncertainty) of the threshold): \(marked) of \(decisions) topic decisions, holding \(wrongMarked) of the blend's \(wrong) wrong ones"
    }

    /// Each release whose topics the blend changed from the rules', and whether that fixed or broke it.
    public var changes: String {
        var lines: [String] = []
        for (before, after) in zip(rules.outcomes, blend.outcomes) where before.predicted != after.predicted {
            let verdict = after.isExact ? "fixed" : before.isExact ? "broke" : "changed"
            lines.append(
                "  \(verdict) \(after.item.file): labelled \(names(after.item.topics)), rules \(names(before.predicted)), blend \(names(after.predicted))"
            )
        }
        return lines.isEmpty
            ? "the blend changed no decision" : "decisions the blend changed (\(lines.count)):\n" + lines.joined(separator: "\n")
    }

    private func names(_ topics: Set<String>) -> String { topics.isEmpty ? "none" : topics.sorted().joined(separator: ",") }
    private func number(_ value: Double) -> String { String(format: "%.3f", value) }
    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
