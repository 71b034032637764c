import Foundation

/// The cost of finding a new release's story in a large index: the lookup `add` runs (the
/// features' rarity, their postings over the event's days, the candidates' signatures, the
/// comparison), timed without writing, after a warm-up, with percentiles.
public struct StoryBenchmark: Sendable {
    /// How many releases the index holds: the new ones arrive after them.
    public var releases: Int

    public init(releases: Int) { self.releases = releases }

    /// Times the story lookup of `count` new releases arriving after the indexed ones.
    public func measure(_ index: ReleaseIndex, count: Int, warmUp: Int = 50) throws(VeilleError) -> SearchBenchmark.Latencies {
        let corpus = SyntheticCorpus(seed: 99)
        let start = Date(timeIntervalSince1970: 1_735_689_600).addingTimeInterval(Double(releases) * 300)
        // Signatures are made beforehand: making one is part of reading a release, not of finding its story.
        let fresh = (0..<(warmUp + count)).map { number in
            let release = corpus.release(releases + number, receivedAt: start.addingTimeInterval(Double(number) * 60))
            return (StorySignature(release), release.receivedAt)
        }
        for (signature, receivedAt) in fresh.prefix(warmUp) { _ = try index.storyLookup(signature, receivedAt: receivedAt) }
        var samples: [Double] = []
        for (signature, receivedAt) in fresh.dropFirst(warmUp) {
            let started = DispatchTime.now().uptimeNanoseconds
            _ = try index.storyLookup(signature, receivedAt: receivedAt)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        return SearchBenchmark.Latencies(label: "story lookup", samples: samples.sorted())
    }
}
