import Foundation

/// Classifies every indexed release again with the current topics, so a topic added or edited
/// in Config, or what was learned from analysts' labels, applies to the past too. Analysts' labels
/// are kept and still win. Works in batches,
/// one transaction each, so memory stays flat and an interruption loses nothing: a batch either
/// has its new topics or keeps its old ones.
public struct Reindexer: Sendable {
    public let index: ReleaseIndex
    public let classifier: BlendedClassifier
    public static let batchSize = 200

    public init(index: ReleaseIndex, classifier: BlendedClassifier) {
        self.index = index
        self.classifier = classifier
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
            try index.replaceTopics(releases.map { ($0.id, classifier.classify($0.release)) })
            done += releases.count
            start += batch.count
            progress(done, ids.count)
        }
        return done
    }
}
