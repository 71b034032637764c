import Foundation

/// The text `veille eval` prints: figures first, then each mistake with the evidence behind it.
public struct EvaluationReport: Sendable {
    public var evaluation: Evaluation
    public var title: String

    public init(evaluation: Evaluation, title: String) {
        self.evaluation = evaluation
        self.title = title
    }

    public var figures: String {
        let outcomes = evaluation.outcomes
        let perLanguage = evaluation.languages.map { language in
            "\(outcomes.filter { $0.item.language == language }.count) \(language.rawValue)"
        }
        var lines = ["\(title): \(outcomes.count) releases (\(perLanguage.joined(separator: ", ")))"]
        lines.append(pad("topic", 14) + pad("precision", 11) + pad("recall", 8) + pad("F1", 7) + "tp/fp/fn")
        for figures in evaluation.figures() {
            lines.append(
                pad(figures.topic, 14) + pad(number(figures.precision), 11) + pad(number(figures.recall), 8)
                    + pad(number(figures.f1), 7) + "\(figures.truePositives)/\(figures.falsePositives)/\(figures.falseNegatives)")
        }
        let exact = outcomes.filter(\.isExact).count
        lines.append(
            "macro-F1 \(number(evaluation.macroF1()))   exact match \(number(evaluation.exactMatch())) (\(exact)/\(outcomes.count))")
        for language in evaluation.languages {
            let selected: Set<Language> = [language]
            lines.append(
                "  \(language.rawValue): macro-F1 \(number(evaluation.macroF1(for: selected)))   exact match \(number(evaluation.exactMatch(for: selected)))"
            )
        }
        return lines.joined(separator: "\n")
    }

    public var mistakes: String {
        let mistakes = evaluation.mistakes
        guard !mistakes.isEmpty else { return "no mistakes" }
        var lines = ["mistakes (\(mistakes.count)):"]
        for outcome in mistakes {
            lines.append(
                "  \(outcome.item.file) [\(outcome.item.language.rawValue)]  labelled \(names(outcome.item.topics))  predicted \(names(outcome.predicted))"
            )
            if let failure = outcome.failure { lines.append("      not normalised: \(failure)") }
            let wrong = outcome.item.topics.symmetricDifference(outcome.predicted)
            for score in outcome.release?.topics ?? [] where wrong.contains(score.topic) {
                let evidence = score.evidence.prefix(5).map(\.summary).joined(separator: ", ")
                lines.append("      \(score.topic) \(number(score.score)): \(evidence)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func names(_ topics: Set<String>) -> String { topics.isEmpty ? "none" : topics.sorted().joined(separator: ",") }
    private func number(_ value: Double) -> String { String(format: "%.3f", value) }
    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
