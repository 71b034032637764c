/// One story of a day's digest: the releases about one event, with what the digest says of it.
public struct DigestStory: Sendable {
    /// The day's releases of the story, in order of arrival.
    public var members: [IndexedRelease]
    /// Releases of the same story received on earlier days.
    public var earlier: [IndexedRelease]
    /// The release whose title heads the story.
    public var lead: IndexedRelease
    /// Two or three sentences from the members: the most central ones.
    public var summary: [String]
    /// The entities the members name, most mentioned first.
    public var entities: [Entity]
    /// Each assigned topic once, with the member's score that weighs most (an analyst's label wins).
    public var topics: [TopicScore]
    /// The topic it is filed under: the first of its topics in the configured order; nil for Other.
    public var section: String?

    /// How many entities a story shows.
    static let entityLimit = 8

    init(members: [IndexedRelease], earlier: [IndexedRelease], topics definitions: [TopicDefinition]) {
        self.members = members
        self.earlier = earlier
        lead = Self.bestTitled(members)
        summary = StorySummary.sentences(of: members.map(\.release), language: lead.release.language)
        var tally = EntityTally()
        for member in members { for entity in member.release.entities { tally.add(entity) } }
        entities = Array(tally.entities.prefix(Self.entityLimit))
        var strongest: [String: TopicScore] = [:]
        for score in members.flatMap(\.release.topics) where score.assigned {
            if let held = strongest[score.topic], held.corrected || held.score >= score.score && !score.corrected { continue }
            strongest[score.topic] = score
        }
        let order = definitions.map(\.id)
        topics = strongest.values.sorted {
            (order.firstIndex(of: $0.topic) ?? order.count, $0.topic) < (order.firstIndex(of: $1.topic) ?? order.count, $1.topic)
        }
        section = topics.first { order.contains($0.topic) }?.topic
    }

    /// A member with a real headline, the longest reasonable one; else the first member.
    private static func bestTitled(_ members: [IndexedRelease]) -> IndexedRelease {
        let headlines = members.filter { $0.release.titleOrigin.isHeadline && $0.release.title.count <= 160 }
        return headlines.max { $0.release.title.count < $1.release.title.count } ?? members[0]
    }
}
