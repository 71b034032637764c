import Foundation

/// A release's reading copy: its cleaned text and metadata as one self-contained HTML page,
/// with no script and nothing fetched, which the digest links instead of the raw saved page (a
/// saved news page may carry dozens of scripts, trackers among them). The original stays in the
/// archive; the copy names it, and so does `veille show`. What a copy shows never changes once
/// the release is indexed (its topics are the digest's to tell), so each is written once.
public enum ReadingCopy {
    /// Where the copies live, inside `digests/`.
    public static let folder = "reading"

    public static func render(_ entry: IndexedRelease, language: DigestLanguage, timeZone: TimeZone) -> String {
        let words = DigestWording(language: language)
        let release = entry.release
        let facts = StoryFacts(words: words, topics: [], language: language, timeZone: timeZone)
        let received =
            words.longDate(Day(containing: release.receivedAt, in: timeZone), timeZone: timeZone)
            + " " + facts.clock(release.receivedAt)
        var rows: [(String, String)] = [(words.source, DigestStory.sourceName(of: release))]
        if let published = release.published { rows.append((words.published, published.description)) }
        rows += [
            (words.receivedAt, received), (words.languageLabel, release.language.rawValue),
            (words.file, release.fileName), (words.original, entry.archivedPath), ("veille show", "\(entry.id)"),
        ]
        let table = rows.map { "<tr><th>\(HTML.escape($0.0))</th><td>\(HTML.escape($0.1))</td></tr>" }.joined()
        let paragraphs = release.body.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { "<p>\(HTML.escapeText($0))</p>" }
        let body =
            [
                "<nav><a href=\"../index.html\">\(HTML.escape(words.days))</a></nav>",
                "<p class=\"notes\">\(HTML.escape(words.readingCopy)) — #\(entry.id)</p>",
                "<h1>\(HTML.escape(release.title))</h1>", "<table class=\"release\">\(table)</table>", "<article>",
            ] + paragraphs + ["</article>"]
        return HTML.page(title: release.title, language: language, body: body)
    }
}
