import Foundation

/// The Classify stage: scores every configured topic from its weighted terms and assigns the
/// topics whose score reaches their threshold. A release may get several topics, or none.
///
/// A term's body occurrences count with diminishing returns (1, 2, 4 and 8 mentions weigh 1, 2, 3
/// and 4 times its weight), so a word repeated in a list cannot carry a topic alone; a term in the
/// headline adds `titleWeight` times its weight once, since a headline says what a release is about.
/// A title made from the first sentence is not a headline, and gets no such weight.
public struct TopicClassifier: Sendable {
    public static let titleWeight = 2.0

    private struct CompiledTopic: Sendable {
        var definition: TopicDefinition
        /// The terms of each language, and the matcher over them.
        var matchers: [Language: (terms: [TopicTerm], matcher: PhraseMatcher)]
    }

    private let topics: [CompiledTopic]

    public init(topics: [TopicDefinition]) {
        self.topics = topics.map { topic in
            var matchers: [Language: (terms: [TopicTerm], matcher: PhraseMatcher)] = [:]
            for (language, terms) in topic.terms {
                matchers[language] = (terms, PhraseMatcher(terms.map(\.pattern)))
            }
            var seen = Set<TermPattern>()
            let all = Language.allCases.filter { $0 != .other }.flatMap { topic.terms[$0] ?? [] }
                .filter { seen.insert($0.pattern).inserted }
            matchers[.other] = (all, PhraseMatcher(all.map(\.pattern)))
            return CompiledTopic(definition: topic, matchers: matchers)
        }
    }

    /// Scores for every topic with a non-zero score, in topic order. Terms of the release's language
    /// are used; a release in another language is matched against every language's terms.
    public func classify(_ release: Release) -> [TopicScore] {
        let title = FoldedText(release.titleOrigin.isHeadline ? release.title : "")
        let body = FoldedText(release.body)
        return topics.compactMap { topic in
            guard let (terms, matcher) = topic.matchers[release.language] else { return nil }
            return score(
                topic.definition, terms: terms, titleCounts: matcher.counts(in: title), bodyCounts: matcher.counts(in: body))
        }
    }

    private func score(_ topic: TopicDefinition, terms: [TopicTerm], titleCounts: [Int], bodyCounts: [Int]) -> TopicScore? {
        var total = 0.0
        var weighed: [(evidence: Evidence, contribution: Double)] = []
        for (index, term) in terms.enumerated() where titleCounts[index] + bodyCounts[index] > 0 {
            let inTitle = titleCounts[index] > 0
            let bodyCount = bodyCounts[index]
            let contribution =
                term.weight * ((inTitle ? Self.titleWeight : 0) + (bodyCount > 0 ? 1 + log2(Double(bodyCount)) : 0))
            total += contribution
            weighed.append((Evidence(term: term.text, count: titleCounts[index] + bodyCount, inTitle: inTitle), contribution))
        }
        guard !weighed.isEmpty else { return nil }
        let evidence = weighed.sorted { abs($0.contribution) > abs($1.contribution) }.map(\.evidence)
        let rounded = (total * 100).rounded() / 100
        return TopicScore(topic: topic.id, score: rounded, assigned: total >= topic.threshold, evidence: evidence)
    }
}
