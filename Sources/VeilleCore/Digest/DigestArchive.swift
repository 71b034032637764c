import Foundation

/// The days already written in `digests/`, read back for the index page and the feed: the cost
/// follows the number of days, never the number of releases.
struct DigestArchive {
    /// One day's written digest, as the index and the feed show it.
    struct Entry {
        var day: Day
        /// Nil for a day written before summaries existed: only its title is shown.
        var summary: DaySummary?
        var title: String
        var updated: Date
    }

    let folder: String

    /// The days with an HTML digest, newest first.
    func days() -> [Day] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in name.hasSuffix(".html") ? Day(String(name.dropLast(5))) : nil }.sorted(by: >)
    }

    /// The newest `limit` days, with their summaries.
    func entries(limit: Int) -> [Entry] {
        days().prefix(limit).map(entry)
    }

    private func entry(for day: Day) -> Entry {
        let path = (folder as NSString).appendingPathComponent("\(day).json")
        let summary = FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(DaySummary.self, from: $0) }
        let html = (folder as NSString).appendingPathComponent("\(day).html")
        let attributes = try? FileManager.default.attributesOfItem(atPath: summary == nil ? html : path)
        let updated = attributes?[.modificationDate] as? Date ?? Date()
        return Entry(day: day, summary: summary, title: summary?.title ?? "Veille — \(day)", updated: updated)
    }
}

/// `index.html`: every day's digest, newest first, with its counts per section and its top three
/// headlines.
enum DigestIndexPage {
    static func render(_ entries: [DigestArchive.Entry], language: DigestLanguage, timeZone: TimeZone) -> String {
        let words = DigestWording(language: language)
        let items = entries.map { entry in
            var item =
                "<li><a href=\"\(entry.day).html\">\(HTML.escape(words.longDate(entry.day, timeZone: timeZone)))</a> "
                + "(<a href=\"\(entry.day).md\">Markdown</a>)"
            if let summary = entry.summary {
                item += "<br/><span class=\"meta\">\(HTML.escape(summary.counts(language: language)))</span>"
                if !summary.top.isEmpty {
                    let ids = summary.topIDs ?? []
                    item +=
                        "<ol>"
                        + summary.top.enumerated().map { position, title in
                            position < ids.count
                                ? "<li><a href=\"\(entry.day).html#s\(ids[position])\">\(HTML.escape(title))</a></li>"
                                : "<li>\(HTML.escape(title))</li>"
                        }.joined() + "</ol>"
                }
            }
            return item + "</li>"
        }
        let body = ["<h1>Veille — \(HTML.escape(words.days))</h1>", "<ul class=\"days\">"] + items + ["</ul>"]
        return HTML.page(title: "Veille — \(words.days)", language: language, body: body)
    }
}

/// `feed.xml`: an Atom feed (RFC 4287) of the latest digests, so a feed reader can follow Veille.
/// Links are relative to the feed, which sits beside the digests.
enum AtomFeed {
    static let feedID = "tag:veille.invalid,2025:digests"
    static let length = 30

    static func render(_ entries: [DigestArchive.Entry], language: DigestLanguage) -> String {
        let updated = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "  <id>\(feedID)</id>", "  <title>Veille</title>", "  <updated>\(InternetTime.string(from: updated))</updated>",
            "  <author><name>Veille</name></author>", "  <link rel=\"self\" href=\"feed.xml\"/>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>",
        ]
        for entry in entries {
            let counts = entry.summary?.counts(language: language) ?? ""
            let stories = (entry.summary?.top ?? []).map { "<li>\(HTML.escape($0))</li>" }.joined()
            let content = "<p>\(HTML.escape(counts))</p><ol>\(stories)</ol>"
            lines += [
                "  <entry>", "    <id>\(feedID):\(entry.day)</id>", "    <title>\(HTML.escape(entry.title))</title>",
                "    <updated>\(InternetTime.string(from: entry.updated))</updated>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(entry.day).html\"/>",
                "    <summary type=\"text\">\(HTML.escape(counts))</summary>",
                "    <content type=\"html\">\(HTML.escape(content))</content>", "  </entry>",
            ]
        }
        return (lines + ["</feed>", ""]).joined(separator: "\n")
    }
}
