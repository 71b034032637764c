import Foundation

/// One day's digest before rendering: the day's releases grouped into stories, what else happened
/// to the files taken in, the topics to file stories under, and the day's most named entities.
public struct Digest: Sendable {
    public var day: Day
    public var releases: [IndexedRelease]
    public var intake: [IntakeRecord]
    public var topics: [TopicDefinition]
    /// One entry per story, highest ranked first (see `StoryRank`).
    public var stories: [DigestStory]
    /// The entities named in most of the day's releases, with their count over the week before.
    public var trends: [EntityTrend]

    /// Groups `releases` into stories; `earlier` holds releases of those stories from earlier days.
    public init(
        day: Day, releases: [IndexedRelease], intake: [IntakeRecord], topics: [TopicDefinition],
        earlier: [IndexedRelease] = [], trends: [EntityTrend] = [], watchList: WatchList = .empty
    ) {
        self.init(
            day: day, releases: releases, intake: intake, topics: topics, earlier: earlier, trends: trends,
            watchList: watchList, texts: { (entries: [IndexedRelease]) in entries },
            details: { (entries: [IndexedRelease]) in entries })
    }

    /// The same for releases that may come without their texts: `texts` gives them back with
    /// theirs, for the few whose text the digest reads (each story's lead when it is looked for on
    /// the watch list or its title is page chrome, and the members of the stories summarised), a
    /// few at a time, so that a day of thousands of releases never holds its texts at once.
    /// Likewise `details` gives the day's releases back with their topics and entities, a chunk of
    /// stories at a time: a story keeps only its own (its most named entities, its strongest
    /// topics), and `releases` and the stories' members stay as they came.
    init<Failure: Error>(
        day: Day, releases: [IndexedRelease], intake: [IntakeRecord], topics: [TopicDefinition],
        earlier: [IndexedRelease], trends: [EntityTrend], watchList: WatchList,
        texts: ([IndexedRelease]) throws(Failure) -> [IndexedRelease],
        details: ([IndexedRelease]) throws(Failure) -> [IndexedRelease]
    ) throws(Failure) {
        self.day = day
        self.releases = releases
        self.intake = intake
        self.topics = topics
        self.trends = trends
        var order: [Int64] = []
        var members: [Int64: [IndexedRelease]] = [:]
        for entry in releases {
            let story = entry.storyID ?? entry.id
            if members[story] == nil { order.append(story) }
            members[story, default: []].append(entry)
        }
        let before = Dictionary(grouping: earlier) { $0.storyID ?? $0.id }
        // The members' topics and entities, `textChunk` releases at a time in the stories' order
        // (a chunk may end inside a story or hold several), each story built once its last
        // member is added, keeping only its own.
        var built: [DigestStory] = []
        built.reserveCapacity(order.count)
        var open: [Int: DigestStory.Details] = [:]
        var pending: [IndexedRelease] = []
        var owners: [Int] = []
        for (position, story) in order.enumerated() {
            let held = members[story] ?? []
            for (offset, member) in held.enumerated() {
                pending.append(member)
                owners.append(position)
                let last = position == order.count - 1 && offset == held.count - 1
                guard pending.count == Self.textChunk || last else { continue }
                for (owner, detailed) in zip(owners, try details(pending)) { open[owner, default: .init()].add(detailed.release) }
                // Every story before the one of the chunk's last member is complete, and that one too
                // when the member is its last.
                let complete = offset == held.count - 1 ? position + 1 : position
                while built.count < complete {
                    let next = order[built.count]
                    built.append(
                        DigestStory(
                            members: members[next] ?? [], earlier: before[next] ?? [], topics: topics,
                            details: open.removeValue(forKey: built.count) ?? .init()))
                }
                pending.removeAll(keepingCapacity: true)
                owners.removeAll(keepingCapacity: true)
            }
        }
        stories = built
        members = [:]
        try readLeads(watchList: watchList, texts: texts)
        let arrivals = releases.map(\.release.receivedAt)
        let span = (arrivals.min() ?? Date())...(arrivals.max() ?? Date())
        for index in stories.indices {
            let threshold = { (score: TopicScore) in topics.first { $0.id == score.topic }?.threshold ?? 0.5 }
            stories[index].uncertainTopics = Set(
                stories[index].topics.filter { $0.isUncertain(threshold: threshold($0)) }.map(\.topic))
            stories[index].nearMisses = stories[index].missedTopics.filter { $0.isUncertain(threshold: threshold($0)) }
            stories[index].rank = StoryRank.rank(stories[index], topics: topics, day: span)
        }
        // A stable sort: stories of equal rank keep their order of arrival.
        stories = stories.enumerated().sorted { ($0.element.rank, -$0.offset) > ($1.element.rank, -$1.offset) }.map(\.element)
        // Only the first stories of each section are shown with a summary.
        var summarised: [String: Int] = [:]
        for index in stories.indices {
            guard let section = stories[index].section, summarised[section, default: 0] < StoryFacts.summarisedPerSection else {
                continue
            }
            summarised[section, default: 0] += 1
            stories[index].summarise(from: try texts(stories[index].summarySources))
        }
    }

    /// How many texts the digest asks for at once.
    static let textChunk = 64

    /// Reads the leads that need their text, a chunk at a time: for the headline when the lead's
    /// title is page chrome, and for the watch list, which looks at the lead's opening.
    private mutating func readLeads<Failure: Error>(
        watchList: WatchList, texts: ([IndexedRelease]) throws(Failure) -> [IndexedRelease]
    ) throws(Failure) {
        let needed = stories.indices.filter { index in
            !watchList.entries.isEmpty || HeadlineChrome.isChrome(stories[index].lead.release.title)
        }
        for start in stride(from: 0, to: needed.count, by: Self.textChunk) {
            let chunk = needed[start..<min(start + Self.textChunk, needed.count)]
            for (index, lead) in zip(chunk, try texts(chunk.map { stories[$0].lead })) {
                stories[index].read(lead: lead.release)
                guard !watchList.entries.isEmpty else { continue }
                stories[index].watched = watchList.matches(
                    in: FoldedText(Self.watchedText(of: stories[index], lead: lead.release)))
            }
        }
    }

    /// How many stories the overview lists at most.
    public static let overviewLength = 12

    /// The day's top stories: the highest ranked among those on a topic or naming what the desk follows.
    public var overview: [DigestStory] {
        Array(stories.lazy.filter { $0.section != nil || !$0.watched.isEmpty }.prefix(Self.overviewLength))
    }

    /// Where the watch list is looked for: the headlines, the lead's opening and the entities' names.
    private static func watchedText(of story: DigestStory, lead: Release) -> String {
        let opening = String(lead.body.prefix(600))
        return (story.members.map(\.release.title) + [opening] + story.entities.map(\.name)).joined(separator: "\n")
    }

    /// The stories filed under `topic`: each story appears once, under the first of its topics
    /// in the configured order.
    public func stories(in topic: String) -> [DigestStory] { stories.filter { $0.section == topic } }

    /// The stories that have `topic` too but are filed under an earlier one: each section names
    /// them, so its count says how many stories touch the topic without repeating them.
    public func alsoIn(_ topic: String) -> [DigestStory] {
        stories.filter { story in story.section != topic && story.topics.contains { $0.topic == topic } }
    }

    /// The stories no configured topic claims.
    public var unfiled: [DigestStory] { stories.filter { $0.section == nil } }

    public var failures: [IntakeRecord] { intake.filter { $0.outcome == .failed } }
    public var duplicates: [IntakeRecord] { intake.filter { $0.outcome == .duplicate } }
}

/// An entity's number of releases today and over the seven days before.
public struct EntityTrend: Sendable, Equatable {
    public var entity: EntityCount
    public var pastWeek: Int
}

/// Builds a day's digest from the index. The cost follows the day's releases (and the week's
/// entity rows for the trends), not the index's size: every read goes through an index.
public struct DigestBuilder: Sendable {
    public var index: ReleaseIndex
    public var topics: [TopicDefinition]
    public var timeZone: TimeZone
    public var watchList: WatchList = .empty
    /// How many entities the trends list.
    public static let trendLength = 10

    public init(index: ReleaseIndex, topics: [TopicDefinition], timeZone: TimeZone) {
        self.index = index
        self.topics = topics
        self.timeZone = timeZone
    }

    public func digest(for day: Day) throws(VeilleError) -> Digest {
        let interval = day.interval(in: timeZone)
        // Without their texts: a day of thousands holds tens of megabytes of them, and the digest
        // reads few (`Digest.init`), by id. Without their topics and entities either, which it
        // reads 64 releases at a time in story order, each story adding up its own; the earlier
        // releases' are never needed.
        let releases = try index.releases(receivedDuring: interval, texts: false, details: false)
        let stories = Array(Set(releases.compactMap(\.storyID)))
        let earlier = try index.releases(
            inStories: stories, receivedBefore: interval.lowerBound, texts: false, details: false)
        let weekStart =
            Calendar(identifier: .gregorian).date(byAdding: .day, value: -7, to: interval.lowerBound) ?? interval.lowerBound
        let today = try index.entityCounts(receivedDuring: interval, limit: Self.trendLength)
        let week = try index.entityCounts(receivedDuring: weekStart..<interval.lowerBound, limit: 500)
        let trends = today.map { count in
            EntityTrend(entity: count, pastWeek: week.first { $0.kind == count.kind && $0.key == count.key }?.releases ?? 0)
        }
        return try Digest(
            day: day, releases: releases, intake: try index.intake(during: interval), topics: topics, earlier: earlier,
            trends: trends, watchList: watchList, texts: index.withTexts, details: index.withDetails)
    }
}
