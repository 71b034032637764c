import Foundation
import GRDB

extension ReleaseIndex {
    /// The releases an analyst labelled, oldest first, with the topics each is filed under now:
    /// what the learned part of the classifier trains on. Only the latest `limit`, so that
    /// learning again (after each change of labels) stays a matter of seconds.
    public func labelledExamples(limit: Int = CorrectionModel.maximumTrainingSize) throws(VeilleError) -> [CorrectionModel.Example] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM release WHERE id IN
                    (SELECT DISTINCT release_id FROM release_label ORDER BY release_id DESC LIMIT ?) ORDER BY id
                    """, arguments: [limit])
            return try Self.releases(rows, in: db).map {
                CorrectionModel.Example(release: $0.release, topics: Set($0.release.assignedTopics))
            }
        }
    }

    /// Changes whenever an analyst labels a release, so a running daemon knows when to learn again.
    public func labelsVersion() throws(VeilleError) -> LabelsVersion {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS count, max(decided_at) AS last FROM release_label")
            return LabelsVersion(count: row?["count"] ?? 0, last: row?["last"])
        }
    }
}

/// How many labels the index holds and when the last one was decided.
public struct LabelsVersion: Sendable, Equatable {
    public var count: Int
    public var last: String?
}

extension BlendedClassifier {
    /// The classifier as the daemon runs it on `index` now: the configured rules and base model, with what the
    /// index's labelled releases teach when the check keeps it. Without an index, no corrections.
    public static func current(configuration: Configuration, index: ReleaseIndex?) throws(VeilleError) -> BlendedClassifier {
        let rules = TopicClassifier(topics: configuration.topics)
        let weight = configuration.settings.learnedWeight
        guard let index, weight > 0 else { return BlendedClassifier(rules: rules, model: configuration.model) }
        return .trained(
            rules: rules, model: configuration.model, examples: try index.labelledExamples(), topics: configuration.topics.map(\.id), maximumWeight: weight)
    }
}
