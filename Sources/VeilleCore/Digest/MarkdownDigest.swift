import Foundation

/// Renders a digest as Markdown: counts first, then one section per topic in the configured order
/// (each story once), then Other, the most mentioned entities, duplicates and the files that
/// could not be indexed. Links to archived files are relative to `digests/`.
public struct MarkdownDigest: Sendable {
    public var language: DigestLanguage
    public var timeZone: TimeZone

    public init(language: DigestLanguage, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    public func render(_ digest: Digest) -> String {
        let words = DigestWording(language: language)
        let facts = StoryFacts(words: words, topics: digest.topics, language: language, timeZone: timeZone)
        var lines = ["# " + words.title(words.longDate(digest.day, timeZone: timeZone)), ""]
        let headline = facts.headline(digest)
        lines.append(headline.counts + (headline.notes.map { "\n" + $0 } ?? ""))
        lines.append("")
        for section in facts.sections(digest) {
            lines += ["## \(section.heading) (\(section.count))", ""]
            if section.count == 0 { lines += [words.none, ""] }
            for story in section.stories { lines += entry(story, facts, words) }
            if !section.also.isEmpty {
                lines += ["\(words.alsoAbout):", ""]
                lines += section.also.map { "- \(Markdown.escape($0.story.lead.release.title)) (\(words.under($0.filedUnder)))" }
                lines.append("")
            }
        }
        lines += trends(digest, words)
        if !digest.duplicates.isEmpty {
            lines += ["## \(words.duplicates) (\(digest.duplicates.count))", ""]
            lines += digest.duplicates.map { record in
                "- `\(record.fileName)` — \(record.releaseID.map(words.duplicateOf) ?? "") (\(record.path))"
            }
            lines.append("")
        }
        if !digest.failures.isEmpty {
            lines += ["## \(words.notIndexed) (\(digest.failures.count))", ""]
            lines += digest.failures.map { "- `\($0.fileName)` — \($0.reason ?? "") (\($0.path))" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func entry(_ story: DigestStory, _ facts: StoryFacts, _ words: DigestWording) -> [String] {
        var lines = ["### \(Markdown.escape(story.lead.release.title))", ""]
        if !story.summary.isEmpty { lines += ["> " + Markdown.escape(story.summary.joined(separator: " ")), ""] }
        lines.append("\(words.sources): " + sources(facts.sources(story.members)) + "  ")
        if !story.earlier.isEmpty { lines.append("\(words.earlier): " + sources(facts.sources(story.earlier)) + "  ") }
        if !story.entities.isEmpty {
            lines.append("\(words.entities): " + facts.entities(story).map(Markdown.escape).joined(separator: " · ") + "  ")
        }
        lines += ["\(words.why): " + reasons(facts.reasons(story), words), ""]
        return lines
    }

    /// "Togo Presse, 2025-06-11, #3 ([1.txt](../archive/2025/06/12/1.txt))", joined by " · ".
    private func sources(_ sources: [StoryFacts.Source]) -> String {
        sources.map { source in
            let file = (source.file as NSString).lastPathComponent
            return
                "\(Markdown.escape(source.name)), \(source.date), #\(source.id) ([\(Markdown.escape(file))](\(Markdown.link(source.link))))"
        }.joined(separator: " · ")
    }

    /// "Terrorism: `terroris*` ×3 (title) — score 0.8 (threshold 0.5)", or "filed by an analyst".
    private func reasons(_ reasons: [StoryFacts.Reason], _ words: DigestWording) -> String {
        guard !reasons.isEmpty else { return words.noTopic + "." }
        return reasons.map { reason in
            if reason.byAnalyst { return "\(reason.topic): \(words.filedByAnalyst)" }
            let terms = reason.evidence.map(Self.evidence).joined(separator: ", ")
            return "\(reason.topic): \(terms) — \(reason.score)"
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
