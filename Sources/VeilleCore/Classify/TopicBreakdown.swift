import Foundation

/// How one topic's score for one release came about: every term found, where, and what each
/// step of the reckoning did. `veille explain` prints it; `TopicScore` keeps its summary.
public struct TopicBreakdown: Sendable {
    public struct TermTally: Sendable, Equatable {
        public var title = 0
        public var lead = 0
        public var body = 0
        /// Occurrences a `near` rule turned down: none of its context terms was close.
        public var withoutContext = 0
        /// Occurrences an `unless` rule cancelled.
        public var cancelled = 0

        public var total: Int { title + lead + body + withoutContext + cancelled }
        public var counted: Int { title + lead + body }
    }

    public struct TermEvidence: Sendable {
        public var term: TopicTerm
        public var tally: TermTally

        /// The headline bonus once, plus the damped body and lead occurrences.
        public var contribution: Double {
            let fields = TopicClassifier.fields
            let mass = Double(tally.lead) * fields.lead + Double(tally.body)
            let damped = mass > 0 ? 1 + log2(max(mass, 1)) : 0
            return term.weight * ((tally.title > 0 ? fields.title : 0) + damped)
        }
    }

    public var topic: TopicDefinition
    public var wordCount: Int
    public var paragraphCount: Int
    public var terms: [TermEvidence] = []
    public var paragraphsWithEvidence = 0
    /// The first paragraph (from 0) where a term of the topic counted, if any.
    public var firstParagraphWithEvidence: Int?

    init(topic: TopicDefinition, wordCount: Int, paragraphCount: Int) {
        self.topic = topic
        self.wordCount = wordCount
        self.paragraphCount = paragraphCount
    }

    public var evidence: Double { terms.reduce(0) { $0 + $1.contribution } }

    /// Evidence in one paragraph of three or more, and neither in the headline nor in the lead.
    public var isPassingMention: Bool {
        paragraphCount >= 3 && paragraphsWithEvidence <= 1
            && !terms.contains { ($0.tally.title > 0 || $0.tally.lead > 0) && $0.term.weight > 0 }
    }

    /// 1 up to an ordinary length, then falling with the square root of the length.
    public var lengthFactor: Double {
        1 / max(1, (Double(wordCount) / TopicClassifier.ordinaryLength).squareRoot())
    }

    public var adjustedEvidence: Double {
        evidence * lengthFactor * (isPassingMention ? TopicClassifier.passingMention : 1)
    }

    /// Between 0 and 1: 0.5 when the adjusted evidence equals the topic's scale.
    public var score: Double {
        let evidence = adjustedEvidence
        return evidence <= 0 ? 0 : evidence / (evidence + topic.scale)
    }

    public var isAssigned: Bool { score >= topic.threshold }

    func score(keepingEvidence limit: Int) -> TopicScore {
        let strongest = terms.filter { $0.tally.counted > 0 }.sorted { abs($0.contribution) > abs($1.contribution) }.prefix(limit)
        return TopicScore(
            topic: topic.id, score: (score * 1000).rounded() / 1000, assigned: isAssigned,
            evidence: strongest.map {
                Evidence(term: $0.term.text, count: $0.tally.counted, inTitle: $0.tally.title > 0)
            })
    }
}
