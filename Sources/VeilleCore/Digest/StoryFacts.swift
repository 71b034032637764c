import Foundation

/// What the digest says of a story, as plain text, for the Markdown and HTML renderers alike.
struct StoryFacts {
    let words: DigestWording
    let topics: [TopicDefinition]
    let language: DigestLanguage
    let timeZone: TimeZone

    /// One source of a story: who, when, and the archived file (a path relative to `digests/`).
    struct Source {
        /// The release's id, which `veille show`, `label` and `explain` take.
        var id: Int64
        var name: String
        var date: String
        var file: String
        var link: String
    }

    /// One assigned topic: its label, and either the analyst's decision or the evidence and score.
    struct Reason {
        var topic: String
        var byAnalyst: Bool
        var evidence: [Evidence]
        var score: String
    }

    func sources(_ members: [IndexedRelease]) -> [Source] {
        members.map { entry in
            let release = entry.release
            let date = release.published.map { "\($0)" } ?? "\(words.receivedAt.lowercased()) \(clock(release.receivedAt))"
            return Source(
                id: entry.id, name: release.source ?? "\(words.source.lowercased()) \(words.unknown)", date: date,
                file: entry.archivedPath, link: "../" + entry.archivedPath)
        }
    }

    /// "Robert Dussey (ministre des Affaires étrangères)", "Togo".
    func entities(_ story: DigestStory) -> [String] { story.entities.map(\.label) }

    func reasons(_ story: DigestStory) -> [Reason] {
        story.topics.map { score in
            let definition = topics.first { $0.id == score.topic }
            var notes = definition.map { ["\(words.threshold) \(Self.number($0.threshold))"] } ?? []
            if let model = score.model { notes.append("\(words.baseModel) \(Self.number(model))") }
            if let learned = score.learned { notes.append("\(words.learnedFromLabels) \(Self.number(learned))") }
            if let definition, score.isUncertain(threshold: definition.threshold) { notes.append(words.toCheck) }
            let threshold = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
            return Reason(
                topic: definition?.label(in: language) ?? score.topic, byAnalyst: score.corrected,
                evidence: Array(score.evidence.prefix(3)), score: "\(words.score) \(Self.number(score.score))\(threshold)")
        }
    }

    /// "**5 releases** received (Africa/Lome), **4 stories**: Terrorism 1 · … · Other 0." and the notes.
    func headline(_ digest: Digest) -> (counts: String, notes: String?) {
        let counts =
            digest.topics.map { "\($0.label(in: language)) \(digest.stories(in: $0.id).count + digest.alsoIn($0.id).count)" }
            + ["\(words.other) \(digest.unfiled.count)"]
        let text =
            words.received(digest.releases.count, timeZone: timeZone) + ", " + words.stories(digest.stories.count) + ": "
            + counts.joined(separator: " · ") + "."
        var notes: [String] = []
        if !digest.duplicates.isEmpty { notes.append(words.duplicatesSkipped(digest.duplicates.count)) }
        if !digest.failures.isEmpty { notes.append(words.failed(digest.failures.count)) }
        return (text, notes.isEmpty ? nil : notes.joined(separator: "; ") + ".")
    }

    /// A section: the stories filed under it, and those filed under another of their topics.
    struct Section {
        var heading: String
        var stories: [DigestStory]
        var also: [(story: DigestStory, filedUnder: String)]
        var count: Int { stories.count + also.count }
    }

    /// The sections in order: each configured topic, then Other.
    func sections(_ digest: Digest) -> [Section] {
        let label = { (id: String?) in self.topics.first { $0.id == id }?.label(in: self.language) ?? self.words.other }
        return digest.topics.map { topic in
            Section(
                heading: topic.label(in: language), stories: digest.stories(in: topic.id),
                also: digest.alsoIn(topic.id).map { ($0, label($0.section)) })
        } + [Section(heading: words.other, stories: digest.unfiled, also: [])]
    }

    func clock(_ date: Date) -> String {
        let parts = Day.calendar(timeZone).dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
