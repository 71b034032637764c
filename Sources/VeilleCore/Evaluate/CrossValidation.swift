/// Measures whether learning from corrections helps, before anyone relies on it.
///
/// The labelled corpus is cut into `folds` contiguous parts. Each part is classified by the rules
/// blended with a model trained on the labels of the other parts, as if an analyst had labelled
/// every release of those. Contiguous parts keep neighbouring files (often the same event) on the
/// same side, so the model is not scored on near-copies of what it learned from.
///
/// Two blends are measured: the raw one, always blended, and the one the daemon runs, which keeps
/// the learned part only when `BlendCheck` finds it helps on the training labels.
public struct CrossValidation: Sendable {
    public var folds: Int
    /// The rules alone, as configured.
    public var rules: Evaluation
    /// Each part classified with the blend, whatever the check says.
    public var raw: Evaluation
    /// Each part classified as the daemon would: blended only where the check kept the blend.
    public var guarded: Evaluation
    /// In how many parts the check kept the blend.
    public var partsBlended: Int
    /// The learned part's weight in the blend, averaged over the folds.
    public var meanWeight: Double

    public init(evaluation: Evaluation, rules: TopicClassifier, maximumWeight: Double, folds: Int) {
        let count = evaluation.outcomes.count
        let folds = max(2, min(folds, count))
        let fold = { (position: Int) in position * folds / max(count, 1) }
        var raw: [BlendedClassifier] = []
        var guarded: [BlendedClassifier] = []
        for part in 0..<folds {
            let examples = evaluation.outcomes.enumerated().compactMap { position, outcome -> CorrectionModel.Example? in
                guard fold(position) != part, let release = outcome.release else { return nil }
                return CorrectionModel.Example(release: release, topics: outcome.item.topics)
            }
            raw.append(
                BlendedClassifier(
                    rules: rules, learned: CorrectionModel(training: examples, topics: evaluation.topics),
                    maximumWeight: maximumWeight))
            guarded.append(
                .trained(rules: rules, examples: examples, topics: evaluation.topics, maximumWeight: maximumWeight))
        }
        self.folds = folds
        self.rules = evaluation.reclassified { _, release in BlendedClassifier(rules: rules).classify(release) }
        self.raw = evaluation.reclassified { position, release in raw[fold(position)].classify(release) }
        self.guarded = evaluation.reclassified { position, release in guarded[fold(position)].classify(release) }
        partsBlended = guarded.filter { $0.learned != nil }.count
        meanWeight = raw.map(\.learnedWeight).reduce(0, +) / Double(folds)
    }

    /// Both sets of figures, what the blend changed, and what the daemon would have done.
    public func report(title: String) -> String {
        [
            EvaluationReport(
                evaluation: raw,
                title: "\(title), rules blended with a model trained on the other \(folds - 1) of \(folds) parts (mean weight \(String(format: "%.2f", meanWeight)))"
            ).figures,
            "learned blend against the rules alone: " + change(raw),
            changes,
            "as the daemon runs it (blend kept only where the check on the training labels says it helps: \(partsBlended) of \(folds) parts): "
                + change(guarded),
        ].joined(separator: "\n")
    }

    private func change(_ blend: Evaluation) -> String {
        let change = { (after: Double, before: Double) in String(format: "%+.3f", after - before) }
        return "macro-F1 \(change(blend.macroF1(), rules.macroF1())), exact match \(change(blend.exactMatch(), rules.exactMatch()))"
            + blend.languages.map { language in
                ", \(language.rawValue) macro-F1 \(change(blend.macroF1(for: [language]), rules.macroF1(for: [language])))"
            }.joined()
    }

    /// Each release whose topics the raw blend changed, and whether that fixed or broke it.
    public var changes: String {
        var lines: [String] = []
        for (before, after) in zip(rules.outcomes, raw.outcomes) where before.predicted != after.predicted {
            let verdict = after.isExact ? "fixed" : before.isExact ? "broke" : "changed"
            let scores = (after.release?.topics ?? []).map { score in
                let rule = before.release?.topics.first { $0.topic == score.topic }?.score ?? 0
                return "\(score.topic) \(String(format: "%.2f", rule))→\(String(format: "%.2f", score.score))"
            }
            lines.append(
                "  \(verdict) \(after.item.file): labelled \(names(after.item.topics)), rules \(names(before.predicted)), blend \(names(after.predicted)) (\(scores.joined(separator: ", ")))"
            )
        }
        return lines.isEmpty ? "the blend changed no decision" : "decisions the blend changed (\(lines.count)):\n" + lines.joined(separator: "\n")
    }

    private func names(_ topics: Set<String>) -> String { topics.isEmpty ? "none" : topics.sorted().joined(separator: ",") }
}
