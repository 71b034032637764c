import Foundation

/// Runs Normalise and Classify over a labelled corpus and compares the topics with the labels.
public struct Evaluation: Sendable {
    /// One release as the classifier saw it.
    public struct Outcome: Sendable {
        public var item: LabelledCorpus.Item
        public var release: Release?
        /// Why the file could not be normalised; it then counts as having no topics.
        public var failure: String?
        public var predicted: Set<String>
        public var isExact: Bool { predicted == item.topics }
    }

    /// Precision, recall and F1 of one topic over a set of outcomes.
    public struct TopicFigures: Sendable {
        public var topic: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// An empty class (no labels and no predictions) is perfect, not undefined.
        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    public var topics: [String]
    public var outcomes: [Outcome]
    /// The corpora merged into this one, by name, when there are several.
    public var corpora: [String] = []

    public init(corpus: LabelledCorpus, configuration: Configuration, classifier: BlendedClassifier, receivedAt: Date = Date()) {
        topics = configuration.topics.map(\.id)
        let normaliser = Normaliser(configuration: configuration)
        outcomes = corpus.items.map { item in
            do throws(VeilleError) {
                let bytes = try FileSystem.read(corpus.path(of: item), limit: configuration.settings.maxFileSize)
                var release = try normaliser.normalise(
                    InboxFile(name: item.file, bytes: bytes, contentHash: "", receivedAt: receivedAt))
                release.topics = classifier.classify(release)
                return Outcome(item: item, release: release, predicted: Set(release.assignedTopics))
            } catch {
                return Outcome(item: item, failure: error.description, predicted: [])
            }
        }
    }

    /// Several corpora as one, each item's file named with its corpus ("train/items/501.txt").
    public init(merging parts: [(name: String, evaluation: Evaluation)]) {
        topics = parts.first?.evaluation.topics ?? []
        corpora = parts.map(\.name)
        outcomes = parts.flatMap { name, evaluation in
            evaluation.outcomes.map { outcome in
                var outcome = outcome
                outcome.item.file = name + "/" + outcome.item.file
                return outcome
            }
        }
    }

    public init(topics: [String], outcomes: [Outcome]) {
        self.topics = topics
        self.outcomes = outcomes
    }

    /// The same releases classified again by `classify`, which also hears each one's position.
    public func reclassified(by classify: (Int, Release) -> [TopicScore]) -> Evaluation {
        var outcomes = outcomes
        for position in outcomes.indices {
            guard var release = outcomes[position].release else { continue }
            release.topics = classify(position, release)
            outcomes[position].release = release
            outcomes[position].predicted = Set(release.assignedTopics)
        }
        var evaluation = Evaluation(topics: topics, outcomes: outcomes)
        evaluation.corpora = corpora
        return evaluation
    }

    public func figures(for languages: Set<Language>? = nil) -> [TopicFigures] {
        let selected = outcomes.filter { languages?.contains($0.item.language) ?? true }
        return topics.map { topic in
            var figures = TopicFigures(topic: topic)
            for outcome in selected {
                switch (outcome.item.topics.contains(topic), outcome.predicted.contains(topic)) {
                case (true, true): figures.truePositives += 1
                case (false, true): figures.falsePositives += 1
                case (true, false): figures.falseNegatives += 1
                case (false, false): break
                }
            }
            return figures
        }
    }

    public func macroF1(for languages: Set<Language>? = nil) -> Double {
        let all = figures(for: languages)
        return all.isEmpty ? 0 : all.map(\.f1).reduce(0, +) / Double(all.count)
    }

    public func exactMatch(for languages: Set<Language>? = nil) -> Double {
        let selected = outcomes.filter { languages?.contains($0.item.language) ?? true }
        return selected.isEmpty ? 0 : Double(selected.filter(\.isExact).count) / Double(selected.count)
    }

    public var mistakes: [Outcome] { outcomes.filter { !$0.isExact } }

    public var languages: [Language] { Language.allCases.filter { language in outcomes.contains { $0.item.language == language } } }
}
