import Foundation

/// Every topic's terms of one language, ready to match in one pass over a text: one matcher over
/// all the terms (a pattern several topics share is matched once), and one over the terms their
/// context rules name.
struct TermTable: Sendable {
    /// A term of a topic: indexes into `topics` and into that topic's term list.
    struct Owner: Sendable {
        var topic: Int
        var term: Int
    }

    var topics: [[TopicTerm]]
    var matcher: PhraseMatcher
    /// For each pattern of `matcher`, the topic terms it stands for.
    var owners: [[Owner]]
    var context: PhraseMatcher
    /// Per topic and term, the indexes of its `near` and `unless` patterns in `context`.
    var near: [[[Int]]]
    var unless: [[[Int]]]

    init(_ topics: [[TopicTerm]]) {
        self.topics = topics
        var patterns = Interned()
        var owners: [[Owner]] = []
        for (topic, terms) in topics.enumerated() {
            for (term, entry) in terms.enumerated() {
                let index = patterns.index(entry.pattern)
                if index == owners.count { owners.append([]) }
                owners[index].append(Owner(topic: topic, term: term))
            }
        }
        matcher = PhraseMatcher(patterns.all)
        self.owners = owners
        var contextPatterns = Interned()
        near = topics.map { $0.map { $0.near.map { contextPatterns.index($0) } } }
        unless = topics.map { $0.map { $0.unless.map { contextPatterns.index($0) } } }
        context = PhraseMatcher(contextPatterns.all)
    }

    /// Tallies each term's occurrences in `text`: `count` records an accepted one, context rules
    /// record the ones they turn down.
    func tally(_ text: FoldedText, into tallies: inout [[TopicBreakdown.TermTally]], count: (Int, inout TopicBreakdown.TermTally) -> Void) {
        let found = matcher.occurrences(in: text)
        guard !found.isEmpty else { return }
        let hasRules = found.contains { occurrence in
            owners[occurrence.pattern].contains { !near[$0.topic][$0.term].isEmpty || !unless[$0.topic][$0.term].isEmpty }
        }
        let context = hasRules ? self.context.occurrences(in: text) : []
        for occurrence in found {
            for owner in owners[occurrence.pattern] {
                let term = topics[owner.topic][owner.term]
                let window = max(0, occurrence.tokens.lowerBound - term.within)..<(occurrence.tokens.upperBound + term.within)
                let nearby = { (wanted: [Int]) in
                    context.contains { wanted.contains($0.pattern) && $0.tokens.overlaps(window) && $0.tokens != occurrence.tokens }
                }
                let wanted = near[owner.topic][owner.term]
                if !wanted.isEmpty, !nearby(wanted) {
                    tallies[owner.topic][owner.term].withoutContext += 1
                } else if nearby(unless[owner.topic][owner.term]) {
                    tallies[owner.topic][owner.term].cancelled += 1
                } else {
                    count(owner.topic, &tallies[owner.topic][owner.term])
                }
            }
        }
    }

    /// Patterns numbered in order of first appearance, each once.
    private struct Interned {
        var all: [TermPattern] = []
        var numbers: [TermPattern: Int] = [:]

        mutating func index(_ pattern: TermPattern) -> Int {
            if let known = numbers[pattern] { return known }
            all.append(pattern)
            numbers[pattern] = all.count - 1
            return all.count - 1
        }
    }
}
