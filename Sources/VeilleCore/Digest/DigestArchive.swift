import Foundation

/// The days already written in `digests/`, read back for the index page and the feed: the cost
/// follows the number of days, never the number of releases.
struct DigestArchive {
    /// One day's written digest, as the index and the feed show it.
    struct Entry {
        var day: Day
        var title: String
        var headline: String
        var storyTitles: [String]
        var updated: Date
    }

    let folder: String

    /// The days with an HTML digest, newest first.
    func days() -> [Day] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in name.hasSuffix(".html") ? Day(String(name.dropLast(5))) : nil }.sorted(by: >)
    }

    /// The newest `limit` days, read from their Markdown digests.
    func entries(limit: Int) -> [Entry] {
        days().prefix(limit).compactMap(entry)
    }

    private func entry(for day: Day) -> Entry? {
        let path = (folder as NSString).appendingPathComponent("\(day).md")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let title = lines.first.map { String($0.dropFirst(2)) } ?? "\(day)"
        let headline = lines.dropFirst().first.map { $0.replacingOccurrences(of: "**", with: "") } ?? ""
        let stories = lines.filter { $0.hasPrefix("### ") }.map { Self.unescape(String($0.dropFirst(4))) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let updated = attributes?[.modificationDate] as? Date ?? Date()
        return Entry(day: day, title: title, headline: headline, storyTitles: stories, updated: updated)
    }

    /// Undoes `Markdown.escape`.
    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if character == "\\", !escaping {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }
}

/// `index.html`: every day's digest, newest first.
enum DigestIndexPage {
    static func render(days: [Day], language: DigestLanguage, timeZone: TimeZone) -> String {
        let words = DigestWording(language: language)
        let items = days.map { day in
            "<li><a href=\"\(day).html\">\(HTML.escape(words.longDate(day, timeZone: timeZone)))</a> "
                + "(<a href=\"\(day).md\">Markdown</a>)</li>"
        }
        let body = ["<h1>Veille — \(HTML.escape(words.days))</h1>", "<ul>"] + items + ["</ul>"]
        return HTML.page(title: "Veille — \(words.days)", language: language, body: body)
    }
}

/// `feed.xml`: an Atom feed (RFC 4287) of the latest digests, so a feed reader can follow Veille.
/// Links are relative to the feed, which sits beside the digests.
enum AtomFeed {
    static let feedID = "tag:veille.invalid,2025:digests"
    static let length = 30

    static func render(_ entries: [DigestArchive.Entry]) -> String {
        let formatter = ISO8601DateFormatter()
        let updated = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "  <id>\(feedID)</id>", "  <title>Veille</title>", "  <updated>\(formatter.string(from: updated))</updated>",
            "  <author><name>Veille</name></author>", "  <link rel=\"self\" href=\"feed.xml\"/>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>",
        ]
        for entry in entries {
            let stories = entry.storyTitles.map { "<li>\(HTML.escape($0))</li>" }.joined()
            let content = "<p>\(HTML.escape(entry.headline))</p><ul>\(stories)</ul>"
            lines += [
                "  <entry>", "    <id>\(feedID):\(entry.day)</id>", "    <title>\(HTML.escape(entry.title))</title>",
                "    <updated>\(formatter.string(from: entry.updated))</updated>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(entry.day).html\"/>",
                "    <summary type=\"text\">\(HTML.escape(entry.headline))</summary>",
                "    <content type=\"html\">\(HTML.escape(content))</content>", "  </entry>",
            ]
        }
        return (lines + ["</feed>", ""]).joined(separator: "\n")
    }
}
