import Foundation

/// What the digest says of a story, as plain text, for the Markdown and HTML renderers alike.
struct StoryFacts {
    let words: DigestWording
    let topics: [TopicDefinition]
    let language: DigestLanguage
    let timeZone: TimeZone
    /// Whether the stories no topic claims are listed.
    var listsOther = true

    /// One source of a story: who, when, and its reading copy (a path relative to `digests/`).
    struct Source {
        /// The release's id, which `veille show`, `label` and `explain` take.
        var id: Int64
        var name: String
        var date: String
        var link: String
    }

    /// One assigned topic: its label, and either the analyst's decision or the evidence and score.
    struct Reason {
        var topic: String
        var byAnalyst: Bool
        var evidence: [Evidence]
        var score: String
    }

    /// The reading copy of a release, relative to `digests/`: the digest never links a raw page.
    static func readingCopy(of id: Int64) -> String { "reading/\(id).html" }

    func sources(_ members: [IndexedRelease]) -> [Source] {
        members.map { entry in
            let release = entry.release
            let date = release.published.map { "\($0)" } ?? "\(words.receivedAt.lowercased()) \(clock(release.receivedAt))"
            return Source(
                id: entry.id, name: DigestStory.sourceName(of: release), date: date, link: Self.readingCopy(of: entry.id))
        }
    }

    /// The first sentences of the summary, up to about `summaryLength` characters (one at least).
    static let summaryLength = 300
    /// How many stories of a section are summarised: past them, a story's headline, sources,
    /// entities and reasons say enough, and a day of 300 releases still reads in ten minutes.
    static let summarisedPerSection = 8
    /// Headlines in one-line lists are cut to this many characters.
    static let listedHeadlineLength = 80

    /// `title` cut at a word boundary with "…" past `limit` characters.
    static func shortened(_ title: String, to limit: Int = listedHeadlineLength) -> String {
        guard title.count > limit else { return title }
        let cut = title.prefix(limit)
        return (cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut).trimmingCharacters(
            in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    func summary(_ story: DigestStory) -> String {
        var chosen: [String] = []
        var length = 0
        for sentence in story.summary where chosen.isEmpty || length + sentence.count <= Self.summaryLength {
            chosen.append(sentence)
            length += sentence.count
        }
        return chosen.joined(separator: " ")
    }

    /// The topics' labels, "(to check)" after an uncertain one, then the near misses, each to check.
    func topicLabels(_ story: DigestStory) -> [String] {
        shownTopics(story).map { score in
            let label = topics.first { $0.id == score.topic }?.label(in: language) ?? score.topic
            return story.uncertainTopics.contains(score.topic) || !score.assigned ? "\(label) (\(words.toCheck))" : label
        }
    }

    /// The topics a story is filed under, then the ones it narrowly missed.
    func shownTopics(_ story: DigestStory) -> [TopicScore] { story.topics + story.nearMisses }

    /// The day of the latest earlier digest the story was in, when it goes on from one.
    func followsUp(_ story: DigestStory) -> Day? {
        story.earlier.map(\.release.receivedAt).max().map { Day(containing: $0, in: timeZone) }
    }

    /// "Robert Dussey (ministre des Affaires étrangères)", "Togo": the first few.
    static let entitiesShown = 3

    /// Those the watch list already names are left to it.
    func entities(_ story: DigestStory) -> [String] {
        let watched = Set(story.watched.map { FoldedText($0).words })
        return story.entities.lazy.filter { !watched.contains(FoldedText($0.name).words) }.prefix(Self.entitiesShown).map(\.label)
    }

    /// Each topic with its score against its threshold ("0.9/0.5"), what was learned from labels
    /// when it took part, and its strongest terms: two for a summarised story, one for the others.
    /// An uncertain topic says "(to check)" here too: a story shown only in its section is marked
    /// where the analyst reads it.
    func reasons(_ story: DigestStory, terms: Int = 2) -> [Reason] {
        zip(shownTopics(story), topicLabels(story)).map { score, label in
            let definition = topics.first { $0.id == score.topic }
            var text = Self.number(score.score) + (definition.map { "/" + Self.number($0.threshold) } ?? "")
            if let model = score.model { text += ", \(words.baseModel) \(Self.number(model))" }
            if let learned = score.learned { text += ", \(words.learnedFromLabels) \(Self.number(learned))" }
            return Reason(topic: label, byAnalyst: score.corrected, evidence: Array(score.evidence.prefix(terms)), score: text)
        }
    }

    /// "**5 releases** received (Africa/Lome), **4 stories**: Terrorism 1 · … · Other 0." and the notes.
    /// The section counts add up to the stories plus their repeats, which the line says.
    func headline(_ digest: Digest) -> (counts: String, notes: String?) {
        let sections = sections(digest)
        let counts = sections.map { section in
            "\(section.heading) \(section.count)" + (section.id == Section.otherID && !listsOther ? " (\(words.notListed))" : "")
        }
        let repeats = sections.reduce(0) { $0 + $1.count } - digest.stories.count
        var text =
            words.received(digest.releases.count, timeZone: timeZone) + ", " + words.stories(digest.stories.count) + ": "
            + counts.joined(separator: " · ") + "."
        if repeats > 0 { text += " " + words.repeats(repeats) }
        var notes: [String] = []
        if !digest.duplicates.isEmpty { notes.append(words.duplicatesSkipped(digest.duplicates.count)) }
        if !digest.failures.isEmpty { notes.append(words.failed(digest.failures.count)) }
        return (text, notes.isEmpty ? nil : notes.joined(separator: "; ") + ".")
    }

    /// A section: the stories filed under it, and those filed under another of their topics.
    struct Section {
        static let otherID = "other"
        /// Its anchor: the topic's id, or "other".
        var id: String
        var heading: String
        var stories: [DigestStory]
        var also: [(story: DigestStory, filedUnder: String)]
        var count: Int { stories.count + also.count }
        /// How many of its stories are in another section too.
        var shared: Int { also.count + stories.filter { $0.topics.count > 1 }.count }
    }

    /// The sections in order: each configured topic, then Other.
    func sections(_ digest: Digest) -> [Section] {
        let label = { (id: String?) in self.topics.first { $0.id == id }?.label(in: self.language) ?? self.words.other }
        return digest.topics.map { topic in
            Section(
                id: topic.id, heading: topic.label(in: language), stories: digest.stories(in: topic.id),
                also: digest.alsoIn(topic.id).map { ($0, label($0.section)) })
        } + [Section(id: Section.otherID, heading: words.other, stories: digest.unfiled, also: [])]
    }

    func clock(_ date: Date) -> String {
        let parts = Day.calendar(timeZone).dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
