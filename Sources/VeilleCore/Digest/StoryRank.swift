import Foundation

/// Orders a day's stories for the briefing, as a press desk would: first those told by most
/// distinct sources, then by how clearly they are on a topic, by whether they name what the
/// desk follows, and by how recent they are. The weights make one more source worth about as
/// much as a topic clearly reached, and a watched name about half of that.
enum StoryRank {
    static let sourceWeight = 2.0
    static let topicWeight = 1.0
    static let watchWeight = 1.0
    /// At most this much for the latest story of the day.
    static let recencyWeight = 0.5

    /// `day` runs from the day's first arrival to its last.
    static func rank(_ story: DigestStory, topics: [TopicDefinition], day: ClosedRange<Date>) -> Double {
        let sources = sourceWeight * log2(1 + Double(story.sourceCount))
        let topical = story.topics.reduce(0.0) { sum, score in
            let threshold = topics.first { $0.id == score.topic }?.threshold ?? 1
            let strength = score.corrected ? 1.5 : min(2, score.score / max(threshold, 0.01))
            return sum + topicWeight * strength
        }
        let watched = watchWeight * Double(min(2, story.watched.count))
        let latest = story.members.map(\.release.receivedAt).max() ?? day.lowerBound
        let span = day.upperBound.timeIntervalSince(day.lowerBound)
        let recency = span > 0 ? recencyWeight * max(0, min(1, latest.timeIntervalSince(day.lowerBound) / span)) : 0
        return sources + topical + watched + recency
    }
}
