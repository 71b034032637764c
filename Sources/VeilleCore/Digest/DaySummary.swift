import Foundation

/// What the index page and the feed say of a day: its counts per section and its top three
/// headlines. Written beside the day's digest as `DAY.json`, so that the index page and the feed
/// cost one small read per day whatever the day's size.
public struct DaySummary: Sendable, Equatable, Codable {
    public struct Count: Sendable, Equatable, Codable {
        public var section: String
        public var stories: Int
    }

    public var title: String
    public var releases: Int
    public var stories: Int
    public var sections: [Count]
    public var top: [String]
    /// The anchors of `top`'s stories in the day's digest (`#s<id>`).
    public var topIDs: [Int64]?

    /// How many headlines the index and the feed show per day.
    static let topLength = 3

    init(_ digest: Digest, language: DigestLanguage, timeZone: TimeZone) {
        let words = DigestWording(language: language)
        let facts = StoryFacts(words: words, topics: digest.topics, language: language, timeZone: timeZone)
        title = words.title(words.longDate(digest.day, timeZone: timeZone))
        releases = digest.releases.count
        stories = digest.stories.count
        sections = facts.sections(digest).map { Count(section: $0.heading, stories: $0.count) }
        top = digest.overview.prefix(Self.topLength).map(\.headline)
        topIDs = digest.overview.prefix(Self.topLength).map(\.id)
    }

    /// "316 releases, 281 stories: Terrorism 60 · Arms control 50 · Other 88".
    func counts(language: DigestLanguage) -> String {
        let words = DigestWording(language: language)
        let head = words.received(releases, timeZone: .gmt).components(separatedBy: " (").first ?? ""
        return head.replacingOccurrences(of: "**", with: "") + ", "
            + words.stories(stories).replacingOccurrences(of: "**", with: "")
            + ": " + sections.map { "\($0.section) \($0.stories)" }.joined(separator: " · ")
    }

    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(self)).map { Array($0) } ?? []
    }
}
