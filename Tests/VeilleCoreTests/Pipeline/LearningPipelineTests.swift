import Foundation
import Logging
import Testing

@testable import VeilleCore

/// The daemon learns from the labels stored in its index, and the learned share of a score is kept.
/// The base model is left out: it already knows kidnappings, which these tests teach by labels.
struct LearningPipelineTests {
    private func text(_ release: Release) -> String { release.title + "\n\n" + release.body }

    @Test func labelledReleasesTeachTheNextPipelineAndTheLearnedShareIsStored() throws {
        let folder = try TemporaryFolder()
        let ingestor = try TestConfiguration.ingestor(in: folder, withModel: false)
        let examples = LearnedReleases.examples(count: 40)
        let paths = try examples.enumerated().map { number, example in
            try folder.write("sources/\(number).txt", text(example.release))
        }
        let index = ingestor.pipeline.index
        for (outcome, example) in zip(try ingestor.takeCopies(of: paths), examples) {
            guard case .indexed(let entry) = outcome else { throw Failure("not indexed: \(outcome)") }
            let terrorism = example.topics.contains("terrorism")
            #expect(!entry.release.assignedTopics.contains("terrorism"), "the rules alone miss both kinds")
            try index.label(id: entry.id, add: terrorism ? ["terrorism"] : [], remove: terrorism ? [] : ["terrorism"], at: Date())
        }
        // A daemon started now: a new pipeline on the same index.
        let logger = Logger(label: "test")
        let restarted = Ingestor(
            pipeline: Pipeline(configuration: ingestor.pipeline.configuration, index: index, logger: logger), logger: logger)
        let outcome = try restarted.takeCopy(of: try folder.write("sources/new.txt", text(LearnedReleases.kidnapping(101))))
        guard case .indexed(let entry) = outcome else { throw Failure("not indexed: \(outcome)") }
        #expect(entry.release.assignedTopics == ["terrorism"])
        let stored = try #require(try index.release(id: entry.id)?.release.topics.first { $0.topic == "terrorism" })
        #expect(stored.assigned && !stored.corrected)
        #expect((stored.learned ?? 0) > 0.5, "the learned share is stored with the score")
    }

    @Test func learnedWeightZeroKeepsTheRulesAlone() throws {
        let folder = try TemporaryFolder()
        let ingestor = try TestConfiguration.ingestor(in: folder, withModel: false) { $0.learnedWeight = 0 }
        let index = ingestor.pipeline.index
        let examples = LearnedReleases.examples(count: 40)
        let paths = try examples.enumerated().map { number, example in
            try folder.write("sources/\(number).txt", text(example.release))
        }
        for (outcome, example) in zip(try ingestor.takeCopies(of: paths), examples) {
            guard case .indexed(let entry) = outcome else { continue }
            try index.label(id: entry.id, add: example.topics.sorted(), remove: example.topics.isEmpty ? ["terrorism"] : [], at: Date())
        }
        let outcome = try ingestor.takeCopy(of: try folder.write("sources/new.txt", text(LearnedReleases.kidnapping(101))))
        guard case .indexed(let entry) = outcome else { throw Failure("not indexed: \(outcome)") }
        #expect(entry.release.assignedTopics.isEmpty)
        #expect(entry.release.topics.allSatisfy { $0.learned == nil })
    }
}
