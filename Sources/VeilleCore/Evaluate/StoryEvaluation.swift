import Foundation

/// Indexes a labelled corpus in memory, as if every file arrived at once, and compares the stories
/// found with the same-event groups its `why` column names ("SAME-EVENT group G (229+230+231)",
/// "same event as 026"): pairs of items put in one story, against pairs that should be.
public struct StoryEvaluation: Sendable {
    /// A same-event group of the labels, and how many of its pairs were merged.
    public struct Group: Sendable {
        public var name: String
        public var items: [String]
        public var mergedPairs: Int
        public var pairs: Int { items.count * (items.count - 1) / 2 }
    }

    public var groups: [Group]
    /// Pairs merged that no group names: releases about different events filed as one story.
    public var wrongPairs: [(String, String)]
    public var predictedPairs: Int
    public var truePairs: Int
    public var expectedPairs: Int
    /// The story of each item (the 3-digit number of its file), for checks on given items.
    public var storyOf: [String: Int64]

    public var precision: Double { predictedPairs == 0 ? 1 : Double(truePairs) / Double(predictedPairs) }
    public var recall: Double { expectedPairs == 0 ? 1 : Double(truePairs) / Double(expectedPairs) }

    public init(corpus: LabelledCorpus, configuration: Configuration) throws(VeilleError) {
        let evaluation = Evaluation(
            corpus: corpus, configuration: configuration, classifier: BlendedClassifier(rules: TopicClassifier(topics: configuration.topics)))
        let extractor = EntityExtractor(gazetteer: configuration.gazetteer)
        let index: ReleaseIndex
        do { index = try ReleaseIndex.inMemory() } catch { throw ReleaseIndex.failure(error) }
        let day = Day(containing: Date(), in: configuration.settings.timeZone)
        var batch: [(release: Release, archivedPath: String, day: Day)] = []
        var numbers: [String] = []
        for outcome in evaluation.outcomes {
            guard var release = outcome.release else { continue }
            release.contentHash = outcome.item.file
            release.entities = extractor.entities(in: release)
            batch.append((release, outcome.item.file, day))
            numbers.append(Self.number(of: outcome.item.file))
        }
        let ids = try index.add(batch, at: Date())
        var storyOf: [String: Int64] = [:]
        for (number, id) in zip(numbers, ids) { storyOf[number] = try index.release(id: id)?.storyID ?? id }
        self.storyOf = storyOf
        let named = Self.groups(in: corpus)
        groups = named.map { name, items in
            let merged = Self.pairs(items).filter { storyOf[$0.0] != nil && storyOf[$0.0] == storyOf[$0.1] }.count
            return Group(name: name, items: items, mergedPairs: merged)
        }.sorted { $0.items.first ?? "" < $1.items.first ?? "" }
        let expected = Set(named.values.flatMap { Self.pairs($0).map { "\($0.0)+\($0.1)" } })
        let predicted = Self.pairs(storyOf.keys.sorted()).filter { storyOf[$0.0] == storyOf[$0.1] }
        predictedPairs = predicted.count
        truePairs = predicted.filter { expected.contains("\($0.0)+\($0.1)") }.count
        expectedPairs = expected.count
        wrongPairs = predicted.filter { !expected.contains("\($0.0)+\($0.1)") }
    }

    /// "items/026.txt" → "026", "000_1b84….txt" → "000".
    static func number(of file: String) -> String {
        String((file as NSString).lastPathComponent.prefix { $0.isNumber })
    }

    /// The groups the notes name, keyed by their name ("G", or "026" for "same event as 026").
    static func groups(in corpus: LabelledCorpus) -> [String: [String]] {
        var groups: [String: Set<String>] = [:]
        for item in corpus.items {
            let number = number(of: item.file)
            if let range = item.note.range(of: "SAME-EVENT group ") {
                let name = String(item.note[range.upperBound...].prefix { $0.isLetter && $0.isUppercase })
                if !name.isEmpty { groups[name, default: []].insert(number) }
            }
            for marker in ["same event as ", "same story as "] {
                guard let range = item.note.range(of: marker, options: .caseInsensitive) else { continue }
                let other = String(item.note[range.upperBound...].prefix { $0.isNumber })
                guard !other.isEmpty else { continue }
                let name = min(number, other)
                groups[name, default: []].formUnion([number, other])
            }
        }
        return groups.mapValues { $0.sorted() }
    }

    private static func pairs(_ items: [String]) -> [(String, String)] {
        items.indices.flatMap { first in items.indices.dropFirst(first + 1).map { (items[first], items[$0]) } }
    }

    /// The figures and, per group, which pairs merged; then the pairs merged wrongly.
    public var report: String {
        var lines = [
            String(
                format: "stories: %d pairs merged, %d of the %d expected; pair precision %.3f, recall %.3f",
                predictedPairs, truePairs, expectedPairs, precision, recall)
        ]
        for group in groups {
            let verdict = group.mergedPairs == group.pairs ? "merged" : group.mergedPairs == 0 ? "kept apart" : "partly merged"
            lines.append("  \(group.name) (\(group.items.joined(separator: "+"))): \(verdict), \(group.mergedPairs)/\(group.pairs) pairs")
        }
        if !wrongPairs.isEmpty {
            lines.append("  merged but not the same event: " + wrongPairs.map { "\($0.0)+\($0.1)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
