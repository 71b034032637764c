import Testing

@testable import VeilleCore

/// The team's corpus: seeds 000+001, dev 026+029 and 084+085 are one story each; dev 051, 052
/// and 053 (one subject, three events) are not.
struct StoryCorpusTests {
    private func evaluation(_ folder: String) throws -> StoryEvaluation {
        let configuration = try TestConfiguration.repository(in: try TemporaryFolder())
        let corpus = try LabelledCorpus(folder: SharedCorpus.root + "/corpus/" + folder, knownTopics: Set(configuration.topics.map(\.id)))
        return try StoryEvaluation(corpus: corpus, configuration: configuration)
    }

    @Test(.enabled(if: SharedCorpus.isAvailable, Comment(rawValue: SharedCorpus.skipMessage)))
    func seedsMergeTheTwoGPSAArticles() throws {
        let seeds = try evaluation("seeds")
        #expect(seeds.storyOf["000"] == seeds.storyOf["001"])
        #expect(seeds.wrongPairs.isEmpty)
    }

    @Test(.enabled(if: SharedCorpus.isAvailable, Comment(rawValue: SharedCorpus.skipMessage)))
    func devMergesAndKeepsApartAsLabelled() throws {
        let dev = try evaluation("dev")
        #expect(dev.storyOf["026"] == dev.storyOf["029"])
        #expect(dev.storyOf["084"] == dev.storyOf["085"])
        #expect(Set(["051", "052", "053"].map { dev.storyOf[$0] }).count == 3)
        #expect(dev.recall >= 0.7)
        #expect(dev.precision >= 0.6)
    }
}
