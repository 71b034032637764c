import Foundation

/// Search speed over a generated index: latencies of word queries (one to three words) and of
/// two-letter prefixes, after a warm-up, with percentiles; and the index's size on disk.
public struct SearchBenchmark: Sendable {
    public struct Latencies: Sendable {
        public var label: String
        /// Milliseconds, sorted.
        public var samples: [Double]

        public func percentile(_ fraction: Double) -> Double {
            guard !samples.isEmpty else { return 0 }
            return samples[min(samples.count - 1, Int((Double(samples.count) * fraction).rounded(.up)) - 1)]
        }

        public var line: String {
            String(
                format: "%-22@ n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms", label as NSString, samples.count,
                percentile(0.5), percentile(0.95), percentile(0.99), samples.last ?? 0)
        }
    }

    public var folder: String
    public var releases: Int
    public var corpus = SyntheticCorpus()

    public init(folder: String, releases: Int) {
        self.folder = folder
        self.releases = releases
    }

    /// Creates (or reuses, when it already holds `releases`) the index under `folder`.
    public func buildIndex(progress: (Int, Int) -> Void) throws(VeilleError) -> ReleaseIndex {
        let index = try ReleaseIndex(path: folder + "/index.sqlite")
        var count = try index.count()
        let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
        while count < releases {
            let batch = (count..<min(count + 1000, releases)).map { number in
                let receivedAt = start.addingTimeInterval(Double(number) * 300)
                var release = corpus.release(number, receivedAt: receivedAt)
                release.topics = []
                return (release, "archive/\(release.fileName)", Day(containing: receivedAt, in: .gmt))
            }
            _ = try index.add(batch, at: Date())
            count += batch.count
            progress(count, releases)
        }
        return index
    }

    /// Runs `perClass` queries of each kind after `warmUp` unmeasured ones.
    public func measure(_ index: ReleaseIndex, perClass: Int, warmUp: Int = 50) throws(VeilleError) -> [Latencies] {
        var random = SplitMix64(seed: 7)
        // What analysts type: topic words, place and person names, and the longer everyday words.
        let words = Vocabulary.french.filter { $0.count > 5 } + Vocabulary.frenchTopics.flatMap { $0 }
            + Vocabulary.english.filter { $0.count > 5 } + Vocabulary.englishTopics.flatMap { $0 }
        let pick = { (random: inout SplitMix64) -> String in
            random.next() % 3 == 0 ? SyntheticCorpus.name(&random) : words[Int(random.next() % UInt64(words.count))]
        }
        let letters = Array("abcdefgilmprst")
        var classes: [(String, () -> String)] = []
        for length in 1...3 {
            classes.append(("\(length)-word queries", { (0..<length).map { _ in pick(&random) }.joined(separator: " ") }))
        }
        classes.append(("two-letter prefixes", {
            String([letters[Int(random.next() % UInt64(letters.count))], letters[Int(random.next() % UInt64(letters.count))]]) + "*"
        }))
        var results: [Latencies] = []
        for (label, make) in classes {
            for _ in 0..<warmUp { _ = try index.search(SearchQuery(make()), filters: SearchFilters(limit: 20)) }
            var samples: [Double] = []
            for _ in 0..<perClass {
                let query = try SearchQuery(make())
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try index.search(query, filters: SearchFilters(limit: 20))
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
            results.append(Latencies(label: label, samples: samples.sorted()))
        }
        return results
    }

    /// Bytes of the index files (database, WAL) per 1,000 releases.
    public func sizePerThousand() -> Double {
        let files = ["index.sqlite", "index.sqlite-wal"].map { folder + "/" + $0 }
        let bytes = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }.reduce(0, +)
        return Double(bytes) / Double(max(releases, 1)) * 1000
    }
}
