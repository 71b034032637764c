import Foundation

/// Renders a digest as one self-contained HTML page: inline CSS, no script, no image, nothing
/// fetched. It reads on a phone and prints cleanly; its only links are to the archived files
/// (relative, `../archive/…`) and to `index.html` beside it.
public struct HTMLDigest: Sendable {
    public var language: DigestLanguage
    public var timeZone: TimeZone

    public init(language: DigestLanguage, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    public func render(_ digest: Digest) -> String {
        let words = DigestWording(language: language)
        let facts = StoryFacts(words: words, topics: digest.topics, language: language, timeZone: timeZone)
        let title = words.title(words.longDate(digest.day, timeZone: timeZone))
        var body = ["<nav><a href=\"index.html\">\(HTML.escape(words.days))</a></nav>", "<h1>\(HTML.escape(title))</h1>"]
        let headline = facts.headline(digest)
        body.append("<p class=\"headline\">\(HTML.inlineBold(headline.counts))</p>")
        if let notes = headline.notes { body.append("<p class=\"notes\">\(HTML.escape(notes))</p>") }
        for section in facts.sections(digest) {
            body.append("<section><h2>\(HTML.escape(section.heading)) (\(section.count))</h2>")
            if section.count == 0 { body.append("<p class=\"none\">\(HTML.escape(words.none.trimmingCharacters(in: ["_"])))</p>") }
            body += section.stories.map { article($0, facts, words) }
            if !section.also.isEmpty {
                let items = section.also.map {
                    "<li>\(HTML.escape($0.story.lead.release.title)) (\(HTML.escape(words.under($0.filedUnder))))</li>"
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

    private func article(_ story: DigestStory, _ facts: StoryFacts, _ words: DigestWording) -> String {
        var parts = ["<article>", "<h3>\(HTML.escape(story.lead.release.title))</h3>"]
        if !story.summary.isEmpty { parts.append("<blockquote>\(HTML.escape(story.summary.joined(separator: " ")))</blockquote>") }
        parts.append(line(words.sources, sources(facts.sources(story.members))))
        if !story.earlier.isEmpty { parts.append(line(words.earlier, sources(facts.sources(story.earlier)))) }
        if !story.entities.isEmpty {
            parts.append(line(words.entities, facts.entities(story).map(HTML.escape).joined(separator: " · ")))
        }
        parts.append(line(words.why, reasons(facts.reasons(story), words)))
        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    private func line(_ label: String, _ html: String) -> String {
        "<p class=\"meta\"><strong>\(HTML.escape(label)):</strong> \(html)</p>"
    }

    private func sources(_ sources: [StoryFacts.Source]) -> String {
        sources.map { source in
            "<a href=\"\(HTML.escape(HTML.link(source.link)))\">\(HTML.escape(source.name))</a>, \(HTML.escape(source.date)), #\(source.id)"
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
            return "\(HTML.escape(reason.topic)): \(terms) — \(HTML.escape(reason.score))"
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
