import Foundation

/// The Classify stage: scores every configured topic between 0 and 1 from its weighted terms and
/// assigns the topics whose score reaches their threshold. A release may get several, or none.
///
/// The score says how central a topic is, not whether a word appears once:
/// - a term weighs more in the headline and the lead than further down (`FieldWeights`);
/// - repeated mentions count with diminishing returns (1, 2, 4, 8 mentions weigh 1, 2, 3, 4 times);
/// - a topic whose evidence sits in one paragraph of a longer release is a passing mention, and
///   counts for half;
/// - a long release needs more evidence than a short one (evidence is divided by the square root
///   of the length in units of `ordinaryLength` words);
/// - context rules (`near`, `unless`) keep or cancel single occurrences.
///
/// The evidence becomes a score with `e / (e + scale)`, so `scale` is the evidence that scores 0.5.
public struct TopicClassifier: Sendable {
    public struct FieldWeights: Sendable {
        /// Added once, on top of the body, when the headline has the term.
        public var title = 2.0
        /// Each occurrence in the lead counts this many body occurrences.
        public var lead = 1.5
        /// The lead: the first paragraphs, up to this many words.
        public var leadWords = 60
    }

    public static let fields = FieldWeights()
    /// Releases up to this many words are scored on their evidence as it stands.
    public static let ordinaryLength = 350.0
    /// What a passing mention (evidence in one paragraph of three or more, none in the headline) keeps.
    public static let passingMention = 0.5

    let topics: [TopicDefinition]
    /// Per language, all topics' terms; a release in another language is matched against the
    /// terms of every language.
    let tables: [Language: TermTable]

    public init(topics: [TopicDefinition]) {
        self.topics = topics
        var tables: [Language: TermTable] = [:]
        for language in Language.allCases where language != .other {
            tables[language] = TermTable(topics.map { $0.terms[language] ?? [] })
        }
        tables[.other] = TermTable(
            topics.map { topic in
                var seen = Set<TermPattern>()
                return Language.allCases.filter { $0 != .other }.flatMap { topic.terms[$0] ?? [] }
                    .filter { seen.insert($0.pattern).inserted }
            })
        self.tables = tables
    }

    /// Scores for every topic with some evidence, in topic order.
    public func classify(_ release: Release) -> [TopicScore] {
        explain(release).compactMap { $0.terms.isEmpty ? nil : $0.score(keepingEvidence: 5) }
    }

    /// The whole reckoning for every topic, for `veille explain`.
    public func explain(_ release: Release) -> [TopicBreakdown] {
        let text = ReleaseText(release)
        var breakdowns = topics.map {
            TopicBreakdown(topic: $0, wordCount: text.wordCount, paragraphCount: text.paragraphs.count)
        }
        guard let table = tables[release.language] else { return breakdowns }
        var tallies = table.topics.map { Array(repeating: TopicBreakdown.TermTally(), count: $0.count) }
        var paragraphsWithEvidence = Array(repeating: Set<Int>(), count: topics.count)
        table.tally(text.title, into: &tallies) { _, tally in tally.title += 1 }
        for (number, paragraph) in text.paragraphs.enumerated() {
            let inLead = number < text.leadParagraphs
            table.tally(paragraph, into: &tallies) { topic, tally in
                if inLead { tally.lead += 1 } else { tally.body += 1 }
                paragraphsWithEvidence[topic].insert(number)
            }
        }
        for topic in breakdowns.indices {
            for (term, tally) in tallies[topic].enumerated() where tally.total > 0 {
                breakdowns[topic].terms.append(.init(term: table.topics[topic][term], tally: tally))
            }
            breakdowns[topic].paragraphsWithEvidence = paragraphsWithEvidence[topic].count
            breakdowns[topic].firstParagraphWithEvidence = paragraphsWithEvidence[topic].min()
        }
        return breakdowns
    }
}

/// A release cut the way the classifier reads it: the headline, then paragraphs, each folded,
/// with the lead marked.
struct ReleaseText {
    var title: FoldedText
    var paragraphs: [FoldedText]
    /// How many of the first paragraphs form the lead.
    var leadParagraphs: Int
    var wordCount: Int

    init(_ release: Release) {
        title = FoldedText(release.titleOrigin.isHeadline ? release.title : "")
        // Split on bytes: Foundation's `components(separatedBy:)` cost more than the folding.
        paragraphs = release.body.utf8.split(separator: UInt8(ascii: "\n")).map { FoldedText(Substring($0)) }.filter {
            $0.count > 0
        }
        wordCount = paragraphs.reduce(0) { $0 + $1.count }
        var words = 0
        leadParagraphs = 0
        for paragraph in paragraphs where words < TopicClassifier.fields.leadWords {
            words += paragraph.count
            leadParagraphs += 1
        }
    }
}
