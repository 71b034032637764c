import Foundation
import Logging
import Synchronization

/// Keeps the pipeline's classifier in step with analysts' labels. The daemon runs for weeks while
/// `veille label` writes to the same index, so before each batch it asks the index whether the
/// labels changed (one small query) and, when they did, learns from them again, at most once per
/// `relearnInterval`: an analyst labelling twenty releases in a row costs one training, not twenty.
final class LearningClassifier: Sendable {
    private struct State {
        var version: LabelsVersion?
        var classifier: BlendedClassifier
        var learnedAt: ContinuousClock.Instant?
        var summary: String?
    }

    private let configuration: Configuration
    private let state: Mutex<State>
    static let relearnInterval = Duration.seconds(30)

    init(configuration: Configuration) {
        self.configuration = configuration
        state = Mutex(State(classifier: BlendedClassifier(rules: TopicClassifier(topics: configuration.topics), model: configuration.model)))
    }

    /// The last check of what labels teach, for `veille status`; nil before any label.
    var summary: String? { state.withLock { $0.summary } }

    /// The classifier to use now. A failure to read the labels keeps the one in use: a release
    /// is better classified by the rules than not indexed.
    func current(index: ReleaseIndex, logger: Logger) -> BlendedClassifier {
        guard configuration.settings.learnedWeight > 0 else { return state.withLock { $0.classifier } }
        let version: LabelsVersion
        do throws(VeilleError) {
            version = try index.labelsVersion()
        } catch {
            logger.warning("could not read analysts' labels; classifying as before", metadata: ["reason": "\(error)"])
            return state.withLock { $0.classifier }
        }
        let now = ContinuousClock.now
        let kept = state.withLock { state -> BlendedClassifier? in
            if state.version == version { return state.classifier }
            if let learnedAt = state.learnedAt, now - learnedAt < Self.relearnInterval { return state.classifier }
            return nil
        }
        if let kept { return kept }
        let classifier: BlendedClassifier
        do throws(VeilleError) {
            classifier = try .current(configuration: configuration, index: version.count == 0 ? nil : index)
        } catch {
            logger.warning("could not read labelled releases; classifying as before", metadata: ["reason": "\(error)"])
            return state.withLock { $0.classifier }
        }
        let summary = version.count > 0 ? classifier.check?.summary : nil
        if let summary { logger.info("learned from analysts' labels", metadata: ["check": "\(summary)"]) }
        state.withLock { $0 = State(version: version, classifier: classifier, learnedAt: now, summary: summary) }
        return classifier
    }
}
