import Foundation

/// A day's digest rendered: what `DigestWriter` writes for the day.
public struct RenderedDigest: Sendable {
    public var markdown: String
    public var html: String
    /// The releases whose reading copies the digest links: the day's and the earlier ones its
    /// stories link, without their texts when the digest was built from the index (`DigestBuilder`).
    /// `DigestWriter` renders those not written yet, reading their texts then.
    public var readingCopies: [IndexedRelease]
    public var summary: DaySummary

    public init(_ digest: Digest, settings: Settings) {
        let language = settings.digestLanguage
        let zone = settings.timeZone
        markdown = MarkdownDigest(language: language, timeZone: zone, listsOther: settings.digestOther).render(digest)
        html = HTMLDigest(language: language, timeZone: zone, listsOther: settings.digestOther).render(digest)
        readingCopies = digest.stories.flatMap { $0.members + $0.earlier }
        summary = DaySummary(digest, language: language, timeZone: zone)
    }
}
