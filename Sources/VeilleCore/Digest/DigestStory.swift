import Foundation

/// One story of a day's digest: the releases about one event, with what the digest says of it.
public struct DigestStory: Sendable {
    /// The story's id (its first release's), stable across days: the anchor `#s<id>` in every digest.
    public var id: Int64
    /// The day's releases of the story, in order of arrival.
    public var members: [IndexedRelease]
    /// Releases of the same story received on earlier days.
    public var earlier: [IndexedRelease]
    /// The release whose title heads the story.
    public var lead: IndexedRelease
    /// Two or three sentences from the members, the most central ones; worked out only for the
    /// stories the digest summarises (see `Digest.init`), empty for the others.
    public var summary: [String] = []
    /// The entities the members name, most mentioned first.
    public var entities: [Entity]
    /// Each assigned topic once, with the member's score that weighs most (an analyst's label wins).
    public var topics: [TopicScore]
    /// The topic it is filed under: the first of its topics in the configured order; nil for Other.
    public var section: String?
    /// How many different sources told it: publishers by name, unnamed ones by file.
    public var sourceCount: Int
    /// The watch list's entries it names.
    public var watched: [String] = []
    /// Topics whose assignment the classifier is unsure of (`TopicScore.isUncertain`), shown "to check".
    public var uncertainTopics: Set<String> = []
    /// Each topic no member was filed under, with the member's score nearest its threshold: the
    /// digest shows those within `BlendedClassifier.uncertainty` of it as "to check" too (see
    /// `nearMisses`), so that a story one term short of a topic does not sit in Other unseen.
    public var missedTopics: [TopicScore] = []
    /// The missed topics whose decision is uncertain, set with `uncertainTopics`.
    public var nearMisses: [TopicScore] = []
    /// Where it stands in the day: higher first (see `StoryRank`).
    public var rank = 0.0

    /// What heads the story: the lead's title, or, when even the best of its sources' titles is
    /// page chrome (a release indexed before the rule, or one whose only line is a section name),
    /// the start of its first sentence (see `read(lead:)`).
    public private(set) var headline = ""

    /// Sets the headline from the lead with its text, which only a title that is page chrome needs.
    mutating func read(lead text: Release) {
        headline = Self.headline(of: text)
    }

    private static func headline(of lead: Release) -> String {
        guard HeadlineChrome.isChrome(lead.title) else { return lead.title }
        let first = lead.body.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return first.isEmpty ? lead.title : TitleFinder.madeUpTitle(from: first)
    }

    /// How many entities a story shows.
    static let entityLimit = 8

    /// What a story keeps of its members' entities and topics, added a member at a time in
    /// their order: a story read without them (`ReleaseIndex.withDetails`) adds them a chunk at a
    /// time, and never holds them all.
    struct Details {
        var entities = EntityTally()
        /// Each assigned topic once, with the member's score that weighs most.
        var strongest: [String: TopicScore] = [:]
        /// Each topic a member was not filed under, with its highest score; an analyst's "no" is left out.
        var missed: [String: TopicScore] = [:]

        mutating func add(_ member: Release) {
            for entity in member.entities { entities.add(entity) }
            for score in member.topics {
                if !score.assigned {
                    if !score.corrected, missed[score.topic].map({ $0.score < score.score }) ?? true {
                        missed[score.topic] = score
                    }
                    continue
                }
                if let held = strongest[score.topic], held.corrected || held.score >= score.score && !score.corrected { continue }
                strongest[score.topic] = score
            }
        }
    }

    init(members: [IndexedRelease], earlier: [IndexedRelease], topics definitions: [TopicDefinition]) {
        var details = Details()
        for member in members { details.add(member.release) }
        self.init(members: members, earlier: earlier, topics: definitions, details: details)
    }

    /// `details` holds the members' entities and topics, when `members` come without.
    init(members: [IndexedRelease], earlier: [IndexedRelease], topics definitions: [TopicDefinition], details: Details) {
        self.members = members
        self.earlier = earlier
        id = members[0].storyID ?? members[0].id
        lead = Headline.best(of: members)
        headline = lead.release.title
        entities = Array(details.entities.entities.prefix(Self.entityLimit))
        let strongest = details.strongest
        let order = definitions.map(\.id)
        topics = strongest.values.sorted {
            (order.firstIndex(of: $0.topic) ?? order.count, $0.topic) < (order.firstIndex(of: $1.topic) ?? order.count, $1.topic)
        }
        section = topics.first { order.contains($0.topic) }?.topic
        missedTopics = details.missed.values.filter { details.strongest[$0.topic] == nil }.sorted {
            (order.firstIndex(of: $0.topic) ?? order.count, $0.topic) < (order.firstIndex(of: $1.topic) ?? order.count, $1.topic)
        }
        sourceCount = Set(members.map { Self.sourceName(of: $0.release).lowercased() }).count
    }

    /// How many of a story's releases its summary is drawn from: the lead and the first others.
    static let summarisedMembers = 8

    /// The releases a summary is drawn from: the lead, then the first other members.
    var summarySources: [IndexedRelease] {
        let leadID = lead.id
        return [lead] + members.filter { $0.id != leadID }.prefix(Self.summarisedMembers - 1)
    }

    /// Works out `summary` from `summarySources` with their texts: the costliest part of a story,
    /// so only for the stories shown with one.
    mutating func summarise(from sources: [IndexedRelease]) {
        summary = StorySummary.sentences(of: sources.map(\.release), language: lead.release.language)
    }

    /// The publisher, else the file's name: a source is never "unknown".
    static func sourceName(of release: Release) -> String {
        if let source = release.source, !source.isEmpty { return source }
        return (release.fileName as NSString).lastPathComponent
    }
}

/// Picks the headline a story shows among its sources'.
enum Headline {
    /// The member with the best title: a stated headline over a made-up one, never page chrome,
    /// of a headline's length rather than a caption's or a paragraph's; the first member on a tie.
    static func best(of members: [IndexedRelease]) -> IndexedRelease {
        guard members.count > 1 else { return members[0] }
        var best = members[0]
        var bestQuality = quality(best.release)
        for member in members.dropFirst() {
            let value = quality(member.release)
            if value > bestQuality {
                best = member
                bestQuality = value
            }
        }
        return best
    }

    static func quality(_ release: Release) -> Double {
        let title = release.title
        let length = title.count
        var value = 0.0
        if !HeadlineChrome.isChrome(title) { value += 4 }
        if release.titleOrigin.isHeadline { value += 2 }
        if (30...140).contains(length) { value += 1 } else if length > 160 || length < 15 { value -= 1 }
        // A caption or a body sentence tends to end with a full stop; headlines rarely do.
        if title.hasSuffix(".") { value -= 0.5 }
        return value + Double(min(length, 100)) / 1000
    }
}
