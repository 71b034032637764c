import Foundation

/// A topic's terms ready to match: per language, a matcher over the terms and one over the
/// terms their context rules name.
struct CompiledTopic: Sendable {
    struct Terms: Sendable {
        var terms: [TopicTerm]
        var matcher: PhraseMatcher
        var context: PhraseMatcher
        /// For each term, the indexes of its `near` and `unless` patterns in `context`.
        var near: [[Int]]
        var unless: [[Int]]

        init(_ terms: [TopicTerm]) {
            self.terms = terms
            matcher = PhraseMatcher(terms.map(\.pattern))
            var patterns: [TermPattern] = []
            var indexes: [TermPattern: Int] = [:]
            func index(_ pattern: TermPattern) -> Int {
                if let known = indexes[pattern] { return known }
                patterns.append(pattern)
                indexes[pattern] = patterns.count - 1
                return patterns.count - 1
            }
            near = terms.map { $0.near.map(index) }
            unless = terms.map { $0.unless.map(index) }
            context = PhraseMatcher(patterns)
        }
    }

    var definition: TopicDefinition
    var byLanguage: [Language: Terms]

    init(_ definition: TopicDefinition) {
        self.definition = definition
        byLanguage = definition.terms.mapValues(Terms.init)
        var seen = Set<TermPattern>()
        let all = Language.allCases.filter { $0 != .other }.flatMap { definition.terms[$0] ?? [] }
            .filter { seen.insert($0.pattern).inserted }
        byLanguage[.other] = Terms(all)
    }

    func breakdown(of text: ReleaseText, language: Language) -> TopicBreakdown {
        var breakdown = TopicBreakdown(topic: definition, wordCount: text.wordCount, paragraphCount: text.paragraphs.count)
        guard let terms = byLanguage[language] else { return breakdown }
        var tallies = Array(repeating: TopicBreakdown.TermTally(), count: terms.terms.count)
        var paragraphsWithEvidence = Set<Int>()
        tally(text.title, terms, into: &tallies) { tally in tally.title += 1 }
        for (number, paragraph) in text.paragraphs.enumerated() {
            let inLead = number < text.leadParagraphs
            tally(paragraph, terms, into: &tallies) { tally in
                if inLead { tally.lead += 1 } else { tally.body += 1 }
                paragraphsWithEvidence.insert(number)
            }
        }
        for (index, tally) in tallies.enumerated() where tally.total > 0 {
            breakdown.terms.append(.init(term: terms.terms[index], tally: tally))
        }
        breakdown.paragraphsWithEvidence = paragraphsWithEvidence.count
        return breakdown
    }

    /// Counts each accepted occurrence with `count`, and the ones context rules turned down.
    private func tally(
        _ text: FoldedText, _ terms: Terms, into tallies: inout [TopicBreakdown.TermTally],
        count: (inout TopicBreakdown.TermTally) -> Void
    ) {
        let found = terms.matcher.occurrences(in: text)
        guard !found.isEmpty else { return }
        let hasRules = found.contains { !terms.near[$0.pattern].isEmpty || !terms.unless[$0.pattern].isEmpty }
        let context = hasRules ? terms.context.occurrences(in: text) : []
        for occurrence in found {
            let term = terms.terms[occurrence.pattern]
            let window = max(0, occurrence.tokens.lowerBound - term.within)..<(occurrence.tokens.upperBound + term.within)
            let nearby = { (wanted: [Int]) in
                context.contains { wanted.contains($0.pattern) && $0.tokens.overlaps(window) && $0.tokens != occurrence.tokens }
            }
            if !terms.near[occurrence.pattern].isEmpty, !nearby(terms.near[occurrence.pattern]) {
                tallies[occurrence.pattern].withoutContext += 1
            } else if nearby(terms.unless[occurrence.pattern]) {
                tallies[occurrence.pattern].cancelled += 1
            } else {
                count(&tallies[occurrence.pattern])
            }
        }
    }
}
