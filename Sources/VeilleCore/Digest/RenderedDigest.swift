import Foundation

/// A day's digest rendered: what `DigestWriter` writes for the day.
public struct RenderedDigest: Sendable {
    public var markdown: String
    public var html: String
    /// Each release's reading copy, by release id: the day's and the earlier ones its stories link.
    public var readingCopies: [Int64: String]
    public var summary: DaySummary

    public init(_ digest: Digest, settings: Settings) {
        let language = settings.digestLanguage
        let zone = settings.timeZone
        markdown = MarkdownDigest(language: language, timeZone: zone, listsOther: settings.digestOther).render(digest)
        html = HTMLDigest(language: language, timeZone: zone, listsOther: settings.digestOther).render(digest)
        var copies: [Int64: String] = [:]
        for story in digest.stories {
            for entry in story.members + story.earlier {
                copies[entry.id] = ReadingCopy.render(entry, topics: digest.topics, language: language, timeZone: zone)
            }
        }
        readingCopies = copies
        summary = DaySummary(digest, language: language, timeZone: zone)
    }
}
