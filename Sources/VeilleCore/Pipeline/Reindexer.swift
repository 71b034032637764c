import Foundation

/// Classifies every indexed release again with the current topics, so a topic added or edited
/// in Config, or what was learned from analysts' labels, applies to the past too. Analysts' labels
/// are kept and still win. Works in batches,
/// one transaction each, so memory stays flat and an interruption loses nothing: a batch either
/// has its new topics or keeps its old ones.
public struct Reindexer: Sendable {
    public let index: ReleaseIndex
    public let classifier: BlendedClassifier
    /// When given, entities are found again too, so an edited gazetteer applies to the past.
    public let entities: EntityExtractor?
    public static let batchSize = 200

    public init(index: ReleaseIndex, classifier: BlendedClassifier, entities: EntityExtractor? = nil) {
        self.index = index
        self.classifier = classifier
        self.entities = entities
    }

    /// Returns how many releases were classified; `progress` hears (done, total) after each batch.
    @discardableResult
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws(VeilleError) -> Int {
        let ids = try index.allIDs()
        var done = 0
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + Self.batchSize, ids.count)])
            let releases = try index.releases(ids: batch)
            var found: [Int64: [Entity]] = [:]
            if let entities { for entry in releases { found[entry.id] = entities.entities(in: entry.release) } }
            try index.replaceTopics(releases.map { ($0.id, classifier.classify($0.release)) }, entities: found)
            done += releases.count
            start += batch.count
            progress(done, ids.count)
        }
        return done
    }
}
