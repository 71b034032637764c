import Foundation

/// One day's digest before rendering: the releases received that day, what else happened to the
/// files taken in, and the topics to file them under.
public struct Digest: Sendable {
    public var day: Day
    public var releases: [IndexedRelease]
    public var intake: [IntakeRecord]
    public var topics: [TopicDefinition]

    public init(day: Day, releases: [IndexedRelease], intake: [IntakeRecord], topics: [TopicDefinition]) {
        self.day = day
        self.releases = releases
        self.intake = intake
        self.topics = topics
    }

    /// The releases filed under `topic`, in order of arrival.
    public func releases(in topic: String) -> [IndexedRelease] {
        releases.filter { $0.release.assignedTopics.contains(topic) }
    }

    /// The releases no configured topic claims.
    public var unfiled: [IndexedRelease] {
        let known = Set(topics.map(\.id))
        return releases.filter { known.isDisjoint(with: $0.release.assignedTopics) }
    }

    public var failures: [IntakeRecord] { intake.filter { $0.outcome == .failed } }
    public var duplicates: [IntakeRecord] { intake.filter { $0.outcome == .duplicate } }
}

/// Builds a day's digest from the index. The cost follows the day's releases, not the index's size.
public struct DigestBuilder: Sendable {
    public var index: ReleaseIndex
    public var topics: [TopicDefinition]
    public var timeZone: TimeZone

    public init(index: ReleaseIndex, topics: [TopicDefinition], timeZone: TimeZone) {
        self.index = index
        self.topics = topics
        self.timeZone = timeZone
    }

    public func digest(for day: Day) throws(VeilleError) -> Digest {
        let interval = day.interval(in: timeZone)
        return Digest(
            day: day, releases: try index.releases(receivedDuring: interval), intake: try index.intake(during: interval),
            topics: topics)
    }
}
