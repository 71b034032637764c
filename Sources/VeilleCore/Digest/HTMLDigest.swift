import Foundation

/// Renders a digest as one self-contained HTML page: inline CSS, no script, no image, nothing
/// fetched. It reads on a phone and prints cleanly; its only links are to the releases' reading
/// copies (`reading/…`), to other days' digests and to `index.html`, all beside it, and to its own
/// anchors. The layout is the Markdown's: contents, top stories, sections, Other.
public struct HTMLDigest: Sendable {
    public var language: DigestLanguage
    public var timeZone: TimeZone
    /// Whether Other lists its stories (setting `digest_other`).
    public var listsOther = true

    public init(language: DigestLanguage, timeZone: TimeZone, listsOther: Bool = true) {
        self.language = language
        self.timeZone = timeZone
        self.listsOther = listsOther
    }

    public func render(_ digest: Digest) -> String {
        let words = DigestWording(language: language)
        var facts = StoryFacts(words: words, topics: digest.topics, language: language, timeZone: timeZone)
        facts.listsOther = listsOther
        let title = words.title(words.longDate(digest.day, timeZone: timeZone))
        var body = ["<nav><a href=\"index.html\">\(HTML.escape(words.days))</a></nav>", "<h1>\(HTML.escape(title))</h1>"]
        let headline = facts.headline(digest)
        body.append("<p class=\"headline\">\(HTML.inlineBold(headline.counts))</p>")
        if let notes = headline.notes { body.append("<p class=\"notes\">\(HTML.escape(notes))</p>") }
        let sections = facts.sections(digest).filter { $0.id != StoryFacts.Section.otherID || listsOther }
        let links =
            ["<a href=\"#top\">\(HTML.escape(words.overview))</a>"]
            + sections.map { "<a href=\"#\($0.id)\">\(HTML.escape($0.heading)) (\($0.count))</a>" }
        body.append("<nav class=\"contents\">\(HTML.escape(words.contents)): \(links.joined(separator: " · "))</nav>")
        body += overview(digest, facts, words)
        for section in sections {
            body.append("<section id=\"\(section.id)\"><h2>\(HTML.escape(section.heading))</h2>")
            body.append("<p class=\"count\">\(HTML.escape(words.sectionCount(section.count, shared: section.shared)))</p>")
            if section.id == StoryFacts.Section.otherID {
                body.append("<ul class=\"other\">" + section.stories.map { oneLine($0, facts) }.joined() + "</ul></section>")
                continue
            }
            for (position, story) in section.stories.enumerated() {
                body.append(article(story, facts, words, summarised: position < StoryFacts.summarisedPerSection))
            }
            if !section.also.isEmpty {
                let items = section.also.map {
                    "<li><a href=\"#s\($0.story.id)\">\(HTML.escape(StoryFacts.shortened($0.story.headline)))</a> "
                        + "(\(HTML.escape(words.under($0.filedUnder))))</li>"
                }
                body.append("<p class=\"also\">\(HTML.escape(words.alsoAbout)):</p><ul class=\"also\">\(items.joined())</ul>")
            }
            body.append("</section>")
        }
        body += trends(digest, words)
        body += records(words.duplicates, digest.duplicates) { record in record.releaseID.map(words.duplicateOf) ?? "" }
        body += records(words.notIndexed, digest.failures) { $0.reason ?? "" }
        return HTML.page(title: title, language: language, body: body)
    }

    private func overview(_ digest: Digest, _ facts: StoryFacts, _ words: DigestWording) -> [String] {
        let top = digest.overview
        guard !top.isEmpty else { return [] }
        let items = top.map { story in
            var parts = [facts.topicLabels(story).joined(separator: ", "), words.sourceCount(story.sourceCount)]
            if !story.watched.isEmpty { parts.append("\(words.watching): " + story.watched.joined(separator: ", ")) }
            let detail = parts.filter { !$0.isEmpty }.map(HTML.escape).joined(separator: " · ")
            // One line per headline, cut with "…" where the screen ends (the whole one shows on
            // hover and in the story's detail), so that the twelve fit one screen, phones too.
            let headline = HTML.escape(story.headline)
            return
                "<li><a href=\"#s\(story.id)\" title=\"\(headline)\">\(headline)</a> <span class=\"meta\">\(detail)</span></li>"
        }
        return ["<section id=\"top\"><h2>\(HTML.escape(words.overview))</h2><ol class=\"top\">"] + items + ["</ol></section>"]
    }

    private func article(_ story: DigestStory, _ facts: StoryFacts, _ words: DigestWording, summarised: Bool) -> String {
        var parts = ["<article id=\"s\(story.id)\">", "<h3>\(HTML.escape(story.headline))</h3>"]
        let summary = summarised ? facts.summary(story) : ""
        if !summary.isEmpty { parts.append("<blockquote>\(HTML.escape(summary))</blockquote>") }
        var sourceLine = sources(facts.sources(story.members))
        if let day = facts.followsUp(story) {
            sourceLine +=
                " — <a href=\"\(day).html#s\(story.id)\">\(HTML.escape(words.followsUp(words.longDate(day, timeZone: timeZone))))</a>"
        }
        parts.append(line("\(words.sources) (\(story.sourceCount))", sourceLine))
        var more: [String] = []
        if !story.watched.isEmpty {
            more.append("\(HTML.escape(words.watching)): " + story.watched.map(HTML.escape).joined(separator: ", "))
        }
        if !story.entities.isEmpty { more.append(facts.entities(story).map(HTML.escape).joined(separator: " · ")) }
        more.append(
            "<strong>\(HTML.escape(words.why)):</strong> " + reasons(facts.reasons(story, terms: summarised ? 2 : 1), words))
        parts.append("<p class=\"meta\">\(more.joined(separator: " — "))</p>")
        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    private func oneLine(_ story: DigestStory, _ facts: StoryFacts) -> String {
        let source = DigestStory.sourceName(of: story.lead.release)
        let more = story.members.filter { $0.id != story.lead.id }.map {
            " · <a href=\"\(StoryFacts.readingCopy(of: $0.id))\">#\($0.id)</a>"
        }
        let toCheck = facts.topicLabels(story).map { " — " + HTML.escape($0) }.joined()
        return
            "<li><a href=\"\(StoryFacts.readingCopy(of: story.lead.id))\">\(HTML.escape(StoryFacts.shortened(story.headline)))</a> "
            + "<span class=\"meta\">— \(HTML.escape(source))\(more.joined())\(toCheck)</span></li>"
    }

    private func line(_ label: String, _ html: String) -> String {
        "<p class=\"meta\"><strong>\(HTML.escape(label)):</strong> \(html)</p>"
    }

    private func sources(_ sources: [StoryFacts.Source]) -> String {
        sources.map { source in
            "<a href=\"\(HTML.escape(HTML.link(source.link)))\">\(HTML.escape(source.name))</a> #\(source.id)"
        }.joined(separator: " · ")
    }

    private func reasons(_ reasons: [StoryFacts.Reason], _ words: DigestWording) -> String {
        guard !reasons.isEmpty else { return HTML.escape(words.noTopic) + "." }
        return reasons.map { reason in
            if reason.byAnalyst { return "\(HTML.escape(reason.topic)): <em>\(HTML.escape(words.filedByAnalyst))</em>" }
            let terms = reason.evidence.map { evidence in
                "<code>\(HTML.escape(evidence.term))</code>" + (evidence.count > 1 ? " ×\(evidence.count)" : "")
                    + (evidence.inTitle ? " (title)" : "")
            }.joined(separator: ", ")
            return "\(HTML.escape(reason.topic)) \(HTML.escape(reason.score)): \(terms)"
        }.joined(separator: "; ")
    }

    private func trends(_ digest: Digest, _ words: DigestWording) -> [String] {
        guard !digest.trends.isEmpty else { return [] }
        let rows = digest.trends.map {
            "<tr><td>\(HTML.escape($0.entity.name))</td><td>\($0.entity.releases)</td><td>\($0.pastWeek)</td></tr>"
        }
        return [
            "<section><h2>\(HTML.escape(words.entitiesToday))</h2><table>",
            "<thead><tr><th>\(HTML.escape(words.entityColumn))</th><th>\(HTML.escape(words.today))</th>"
                + "<th>\(HTML.escape(words.pastWeek))</th></tr></thead><tbody>",
        ] + rows + ["</tbody></table></section>"]
    }

    private func records(_ heading: String, _ records: [IntakeRecord], _ detail: (IntakeRecord) -> String) -> [String] {
        guard !records.isEmpty else { return [] }
        return ["<section><h2>\(HTML.escape(heading)) (\(records.count))</h2><ul>"]
            + records.map {
                "<li><code>\(HTML.escape($0.fileName))</code> — \(HTML.escape(detail($0))) (\(HTML.escape($0.path)))</li>"
            } + ["</ul></section>"]
    }
}
