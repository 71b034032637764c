import Foundation

/// Renders a digest as Markdown: counts first, then one section per topic in the configured order,
/// then Other, duplicates and the files that could not be indexed.
public struct MarkdownDigest: Sendable {
    public var language: DigestLanguage
    public var timeZone: TimeZone

    public init(language: DigestLanguage, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    public func render(_ digest: Digest) -> String {
        let words = DigestWording(language: language)
        var lines = ["# " + words.title(words.longDate(digest.day, timeZone: timeZone)), ""]
        lines.append(summary(digest, words))
        lines.append("")
        for topic in digest.topics {
            lines += section(topic.label(in: language), digest.releases(in: topic.id), digest, words)
        }
        lines += section(words.other, digest.unfiled, digest, words)
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

    /// "**5 releases** received (Africa/Lome): Terrorism 2 · Arms control 1 · Diplomacy 4 · Other 0."
    private func summary(_ digest: Digest, _ words: DigestWording) -> String {
        let counts =
            digest.topics.map { "\($0.label(in: language)) \(digest.releases(in: $0.id).count)" }
            + ["\(words.other) \(digest.unfiled.count)"]
        var text = words.received(digest.releases.count, timeZone: timeZone) + ": " + counts.joined(separator: " · ") + "."
        var notes: [String] = []
        if !digest.duplicates.isEmpty { notes.append(words.duplicatesSkipped(digest.duplicates.count)) }
        if !digest.failures.isEmpty { notes.append(words.failed(digest.failures.count)) }
        if !notes.isEmpty { text += "\n" + notes.joined(separator: "; ") + "." }
        return text
    }

    private func section(_ heading: String, _ releases: [IndexedRelease], _ digest: Digest, _ words: DigestWording) -> [String] {
        var lines = ["## \(heading) (\(releases.count))", ""]
        if releases.isEmpty { return lines + [words.none, ""] }
        for entry in releases { lines += self.entry(entry, digest, words) }
        return lines
    }

    private func entry(_ entry: IndexedRelease, _ digest: Digest, _ words: DigestWording) -> [String] {
        let release = entry.release
        var facts = [
            "\(words.source): \(release.source.map(Markdown.escape) ?? words.unknown)",
            "\(words.languageLabel): \(release.language.rawValue)",
            "\(words.receivedAt): \(clock(release.receivedAt))",
            "#\(entry.id)",
        ]
        if let published = release.published { facts.insert("\(words.published): \(published)", at: 1) }
        var lines = ["### \(Markdown.escape(release.title))", "", facts.joined(separator: " · "), ""]
        let lead = Lead.of(release.body)
        if !lead.isEmpty { lines += ["> " + Markdown.escape(lead), ""] }
        lines.append("\(words.why): " + reasons(release, digest, words))
        lines += ["\(words.file): `\(entry.archivedPath)`", ""]
        return lines
    }

    /// "`terroris*` ×3 (title), `daech` ×5 — score 0.82 (threshold 0.5)" per assigned topic, or
    /// "filed by an analyst" where a person decided.
    private func reasons(_ release: Release, _ digest: Digest, _ words: DigestWording) -> String {
        let assigned = release.topics.filter(\.assigned)
        guard !assigned.isEmpty else { return words.noTopic + "." }
        return assigned.map { score in
            let label = digest.topics.first { $0.id == score.topic }
            if score.corrected { return "\(label?.label(in: language) ?? score.topic): \(words.filedByAnalyst)" }
            let terms = score.evidence.prefix(3).map(Self.evidence).joined(separator: ", ")
            let threshold = label.map { " (\(words.threshold) \(Self.number($0.threshold)))" } ?? ""
            return
                "\(label?.label(in: language) ?? score.topic): \(terms) — \(words.score) \(Self.number(score.score))\(threshold)"
        }.joined(separator: "; ")
    }

    /// "`terroris*` ×3 (title)": the term in a code span, so its `*` reads as written.
    private static func evidence(_ evidence: Evidence) -> String {
        var text = "`\(evidence.term.replacingOccurrences(of: "`", with: "'"))`"
        if evidence.count > 1 { text += " ×\(evidence.count)" }
        if evidence.inTitle { text += " (title)" }
        return text
    }

    private func clock(_ date: Date) -> String {
        let parts = Day.calendar(timeZone).dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
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
}
