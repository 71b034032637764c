import Foundation

/// The text `veille explain` prints: for each topic, the score, how it was reckoned, and every
/// term found with where it stood and what it added.
public struct Explanation: Sendable {
    /// Each topic's rules' breakdown and its final score.
    public var decisions: [(breakdown: TopicBreakdown, score: Double)]
    public var breakdowns: [TopicBreakdown] { decisions.map(\.breakdown) }
    /// The analyst's decisions stored for the release, by topic, when it comes from the index.
    public var labels: [String: Bool]
    /// What the base model added, by topic, where it took part.
    public var models: [String: ModelPart]
    /// What the model learned from labels added, by topic, where it took part.
    public var learned: [String: LearnedView]
    /// How the learned part was checked, when there are labels to learn from.
    public var learning: String?

    public init(
        decisions: [(breakdown: TopicBreakdown, score: Double)], labels: [String: Bool] = [:], models: [String: ModelPart] = [:],
        learned: [String: LearnedView] = [:], learning: String? = nil
    ) {
        self.decisions = decisions
        self.models = models
        self.labels = labels
        self.learned = learned
        self.learning = learning
    }

    public var text: String {
        var lines: [String] = []
        if let learning { lines.append("learned part: \(learning)") }
        for (breakdown, score) in decisions {
            let topic = breakdown.topic
            let view = learned[topic.id]
            var verdict = score >= topic.threshold ? "filed under \(topic.id)" : "not filed"
            if abs(score - topic.threshold) < BlendedClassifier.uncertainty, labels[topic.id] == nil {
                verdict += " (uncertain: to check)"
            }
            if let label = labels[topic.id] {
                verdict += label ? "; an analyst filed it under \(topic.id)" : "; an analyst took it out of \(topic.id)"
            }
            lines.append("\(topic.id): score \(number(score)) (threshold \(number(topic.threshold))): \(verdict)")
            if let part = models[topic.id] {
                let reasons = part.reasons.map { "\($0.feature) \(signed($0.weight))" }.joined(separator: ", ")
                lines.append(
                    "  rules \(number(breakdown.score)), base model \(number(part.view.probability)), blended \(number(part.view.blended))"
                        + (reasons.isEmpty ? "" : "; model features: \(reasons)"))
            }
            if let view {
                let reasons = view.reasons.map { "\($0.stem) \(signed($0.weight))" }.joined(separator: ", ")
                lines.append(
                    "  corrections: learned \(number(view.probability)) (\(signed(view.shift)) log-odds × weight \(number(view.weight)))"
                        + (reasons.isEmpty ? "" : "; stems: \(reasons)"))
            }
            guard !breakdown.terms.isEmpty else {
                lines.append("  no term of this topic was found")
                continue
            }
            var steps = "  evidence \(number(breakdown.evidence))"
            if breakdown.lengthFactor < 1 { steps += " × \(number(breakdown.lengthFactor)) for \(breakdown.wordCount) words" }
            if breakdown.isPassingMention {
                steps += " × \(number(TopicClassifier.passingMention)) as a passing mention (one paragraph only)"
            }
            lines.append(steps + " = \(number(breakdown.adjustedEvidence)); scale \(number(topic.scale))")
            for evidence in breakdown.terms.sorted(by: { abs($0.contribution) > abs($1.contribution) }) {
                lines.append("  " + describe(evidence))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ evidence: TopicBreakdown.TermEvidence) -> String {
        let tally = evidence.tally
        var places: [String] = []
        if tally.title > 0 { places.append("title") }
        if tally.lead > 0 { places.append("lead ×\(tally.lead)") }
        if tally.body > 0 { places.append("body ×\(tally.body)") }
        var text = "\(evidence.term.text) (weight \(number(evidence.term.weight))): "
        text += places.isEmpty ? "not counted" : places.joined(separator: ", ") + " → \(signed(evidence.contribution))"
        if tally.withoutContext > 0 {
            text += "; \(tally.withoutContext) not counted, no \(evidence.term.near.count == 1 ? "context term" : "context terms") nearby"
        }
        if tally.cancelled > 0 { text += "; \(tally.cancelled) cancelled by an `unless` term" }
        return text
    }

    private func number(_ value: Double) -> String { String(format: "%.2f", value) }
    private func signed(_ value: Double) -> String { String(format: "%+.2f", value) }
}
