import Foundation

/// Renders a digest as a Markdown briefing: counts, a contents line, the day's top stories one
/// line each, then one section per topic in the configured order (each story told once, ranked),
/// Other one line per story, the most mentioned entities, duplicates and the files that could not
/// be indexed. Links are relative to `digests/`: stories by their anchor `#s<id>`, sources by
/// their reading copy, earlier days by their digest.
public struct MarkdownDigest: Sendable {
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
        var lines = ["# " + words.title(words.longDate(digest.day, timeZone: timeZone)), ""]
        let headline = facts.headline(digest)
        lines.append(headline.counts + (headline.notes.map { "\n" + $0 } ?? ""))
        lines.append("")
        let sections = facts.sections(digest).filter { $0.id != StoryFacts.Section.otherID || listsOther }
        lines += [contents(sections, words), ""]
        lines += overview(digest, facts, words)
        for section in sections {
            lines += [
                "<a id=\"\(section.id)\"></a>", "", "## \(section.heading)", "",
                words.sectionCount(section.count, shared: section.shared), "",
            ]
            if section.id == StoryFacts.Section.otherID {
                lines += section.stories.map { oneLine($0, facts) }
                lines.append("")
                continue
            }
            for (position, story) in section.stories.enumerated() {
                lines += entry(story, facts, words, summarised: position < StoryFacts.summarisedPerSection)
            }
            if !section.also.isEmpty {
                lines += ["\(words.alsoAbout):", ""]
                lines += section.also.map {
                    "- [\(Markdown.escape(StoryFacts.shortened($0.story.headline)))](#s\($0.story.id)) (\(words.under($0.filedUnder)))"
                }
                lines.append("")
            }
        }
        lines += trends(digest, words)
        lines += records(words.duplicates, digest.duplicates) { record in record.releaseID.map(words.duplicateOf) ?? "" }
        lines += records(words.notIndexed, digest.failures) { $0.reason ?? "" }
        return lines.joined(separator: "\n")
    }

    /// "Contents: [Top stories](#top) · [Terrorism (3)](#terrorism) · …".
    private func contents(_ sections: [StoryFacts.Section], _ words: DigestWording) -> String {
        let links = ["[\(words.overview)](#top)"] + sections.map { "[\(Markdown.escape($0.heading)) (\($0.count))](#\($0.id))" }
        return "\(words.contents): " + links.joined(separator: " · ")
    }

    /// "1. [Headline](#s12) — Terrorism, Diplomacy · 3 sources · watch list: Togo".
    private func overview(_ digest: Digest, _ facts: StoryFacts, _ words: DigestWording) -> [String] {
        let top = digest.overview
        guard !top.isEmpty else { return [] }
        var lines = ["<a id=\"top\"></a>", "", "## \(words.overview)", ""]
        for (position, story) in top.enumerated() {
            var parts = [facts.topicLabels(story).joined(separator: ", "), words.sourceCount(story.sourceCount)]
            if !story.watched.isEmpty { parts.append("\(words.watching): " + story.watched.joined(separator: ", ")) }
            let detail = parts.filter { !$0.isEmpty }.map(Markdown.escape).joined(separator: " · ")
            lines.append("\(position + 1). [\(Markdown.escape(story.headline))](#s\(story.id)) — \(detail)")
        }
        return lines + [""]
    }

    private func entry(_ story: DigestStory, _ facts: StoryFacts, _ words: DigestWording, summarised: Bool) -> [String] {
        var lines = ["<a id=\"s\(story.id)\"></a>", "", "### \(Markdown.escape(story.headline))", ""]
        let summary = summarised ? facts.summary(story) : ""
        if !summary.isEmpty { lines += ["> " + Markdown.escape(summary), ""] }
        var sourceLine = "\(words.sources) (\(story.sourceCount)): " + sources(facts.sources(story.members))
        if let day = facts.followsUp(story) {
            sourceLine += " — [\(words.followsUp(words.longDate(day, timeZone: timeZone)))](\(day).md#s\(story.id))"
        }
        lines.append(sourceLine + "  ")
        var details: [String] = []
        if !story.watched.isEmpty {
            details.append("\(words.watching): " + story.watched.map(Markdown.escape).joined(separator: ", "))
        }
        if !story.entities.isEmpty { details.append(facts.entities(story).map(Markdown.escape).joined(separator: " · ")) }
        details.append("\(words.why): " + reasons(facts.reasons(story, terms: summarised ? 2 : 1), words))
        lines += [details.joined(separator: " — "), ""]
        return lines
    }

    /// "- [Headline](reading/12.html) — Togo Presse", then the story's other releases' copies and
    /// the topics it narrowly missed ("— Diplomacy (to check)").
    private func oneLine(_ story: DigestStory, _ facts: StoryFacts) -> String {
        let source = DigestStory.sourceName(of: story.lead.release)
        let more = story.members.filter { $0.id != story.lead.id }.map { " · [#\($0.id)](\(StoryFacts.readingCopy(of: $0.id)))" }
        let title = Markdown.escape(StoryFacts.shortened(story.headline))
        let toCheck = facts.topicLabels(story).map { " — " + Markdown.escape($0) }.joined()
        return "- [\(title)](\(StoryFacts.readingCopy(of: story.lead.id))) — \(Markdown.escape(source))" + more.joined() + toCheck
    }

    /// "[Togo Presse](reading/3.html) #3", joined by " · ": the reading copy has the dates.
    private func sources(_ sources: [StoryFacts.Source]) -> String {
        sources.map { "[\(Markdown.escape($0.name))](\(Markdown.link($0.link))) #\($0.id)" }.joined(separator: " · ")
    }

    /// "Terrorism 0.8/0.5: `terroris*` ×3 (title)", or "Terrorism: filed by an analyst".
    private func reasons(_ reasons: [StoryFacts.Reason], _ words: DigestWording) -> String {
        guard !reasons.isEmpty else { return words.noTopic + "." }
        return reasons.map { reason in
            if reason.byAnalyst { return "\(reason.topic): \(words.filedByAnalyst)" }
            let terms = reason.evidence.map(Self.evidence).joined(separator: ", ")
            return "\(reason.topic) \(reason.score): \(terms)"
        }.joined(separator: "; ")
    }

    private func trends(_ digest: Digest, _ words: DigestWording) -> [String] {
        guard !digest.trends.isEmpty else { return [] }
        var lines = [
            "## \(words.entitiesToday)", "", "| \(words.entityColumn) | \(words.today) | \(words.pastWeek) |", "|---|---:|---:|",
        ]
        lines += digest.trends.map { "| \(Markdown.escape($0.entity.name)) | \($0.entity.releases) | \($0.pastWeek) |" }
        return lines + [""]
    }

    private func records(_ heading: String, _ records: [IntakeRecord], _ detail: (IntakeRecord) -> String) -> [String] {
        guard !records.isEmpty else { return [] }
        return ["## \(heading) (\(records.count))", ""]
            + records.map { "- `\($0.fileName)` — \(detail($0)) (\($0.path))" } + [""]
    }

    /// "`terroris*` ×3 (title)": the term in a code span, so its `*` reads as written.
    private static func evidence(_ evidence: Evidence) -> String {
        var text = "`\(evidence.term.replacingOccurrences(of: "`", with: "'"))`"
        if evidence.count > 1 { text += " ×\(evidence.count)" }
        if evidence.inTitle { text += " (title)" }
        return text
    }
}

/// Escapes the characters that would turn text into Markdown markup.
enum Markdown {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A link target with its spaces and parentheses percent-encoded.
    static func link(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
