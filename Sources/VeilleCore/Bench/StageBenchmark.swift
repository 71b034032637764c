import Foundation

/// Times each stage of the pipeline on the same inputs, run after run: normalise (HTML and text),
/// classify, entities, index write (batched, into a fresh index) and digest render (one day among many).
/// Each stage runs once to warm up, then `runs` times; the figures are the median run and the
/// spread between the fastest and the slowest.
public struct StageBenchmark: Sendable {
    public struct Figures: Sendable {
        public var stage: String
        public var items: Int
        /// Seconds per run, sorted.
        public var runs: [Double]

        public var median: Double { runs.isEmpty ? 0 : runs[runs.count / 2] }
        public var microsecondsPerItem: Double { median / Double(max(items, 1)) * 1e6 }
        public var perSecond: Double { median > 0 ? Double(items) / median : 0 }

        public var line: String {
            let spread = (runs.last ?? 0) - (runs.first ?? 0)
            return String(
                format: "%-24@ %6d items  %9.1f µs/item  %9.0f /s  median %.3f s  spread %.3f s (%d runs)", stage as NSString,
                items, microsecondsPerItem, perSecond, median, spread, runs.count)
        }
    }

    public var configuration: Configuration
    public var runs: Int
    public var folder: String

    public init(configuration: Configuration, runs: Int, folder: String) {
        self.configuration = configuration
        self.runs = runs
        self.folder = folder
    }

    func time(_ stage: String, items: Int, _ body: () throws(VeilleError) -> Void) throws(VeilleError) -> Figures {
        try body()
        var seconds: [Double] = []
        for _ in 0..<runs {
            let started = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        return Figures(stage: stage, items: items, runs: seconds.sorted())
    }

    /// Reading and checking the base model's file, as `veille watch` does at start and on SIGHUP.
    public func modelLoad() throws(VeilleError) -> Figures? {
        guard let path = configuration.settings.model, FileManager.default.fileExists(atPath: path) else { return nil }
        return try time("load model", items: 1) { () throws(VeilleError) in
            do throws(ConfigError) { _ = try TopicModelFile.read(path: path) } catch { throw VeilleError(.config, path: path, error.problem) }
        }
    }

    /// Normalise and classify over `files`; returns the figures and the releases, for later stages.
    public func normaliseAndClassify(_ files: [InboxFile], label: String) throws(VeilleError) -> ([Figures], [Release]) {
        let normaliser = Normaliser(configuration: configuration)
        let classifier = TopicClassifier(topics: configuration.topics)
        var releases: [Release] = []
        let normalise = try time("normalise \(label)", items: files.count) { () throws(VeilleError) in
            releases = files.compactMap { file in try? normaliser.normalise(file) }
        }
        let classify = try time("classify \(label)", items: releases.count) { () throws(VeilleError) in
            for index in releases.indices { releases[index].topics = classifier.classify(releases[index]) }
        }
        // Entities are found on every release too, and the gazetteer and role lexicon grow.
        let extractor = EntityExtractor(gazetteer: configuration.gazetteer)
        var found = 0
        let entities = try time("entities \(label)", items: releases.count) { () throws(VeilleError) in
            for release in releases { found += extractor.entities(in: release).count }
        }
        var figures = [normalise, classify, entities]
        if let model = configuration.model {
            let withModel = BlendedClassifier(rules: classifier, model: model)
            var scores = 0
            figures.append(
                try time("classify+model \(label)", items: releases.count) { () throws(VeilleError) in
                    for release in releases { scores += withModel.classify(release).count }
                })
        }
        let (learn, blended) = try learnedPart(releases, label: label)
        return (figures + [learn, blended], releases)
    }

    /// What labels add: training on up to 500 releases filed as the rules filed them, every
    /// third with its topics shifted by one (so each topic has both sides), and classifying with
    /// the blend. It measures cost, not quality: `veille eval --cross-validate` measures quality.
    func learnedPart(_ releases: [Release], label: String) throws(VeilleError) -> (Figures, Figures) {
        let rules = TopicClassifier(topics: configuration.topics)
        let topics = configuration.topics.map(\.id)
        let examples = releases.prefix(500).enumerated().map { position, release in
            var filed = Set(rules.classify(release).filter(\.assigned).map(\.topic))
            if position % 3 == 0, !topics.isEmpty { filed = [topics[position % topics.count]] }
            return CorrectionModel.Example(release: release, topics: filed)
        }
        var model = CorrectionModel(training: [], topics: topics)
        let learn = try time("learn from \(examples.count) labels", items: examples.count) { () throws(VeilleError) in
            model = CorrectionModel(training: examples, topics: topics)
        }
        let blend = BlendedClassifier(rules: rules, model: configuration.model, learned: model, maximumWeight: 0.5)
        var scores = 0
        let classify = try time("classify+learned \(label)", items: releases.count) { () throws(VeilleError) in
            for release in releases { scores += blend.classify(release).count }
        }
        return (learn, classify)
    }

    /// Index writes in transactions of `batch` releases, each run into a new index.
    public func indexWrite(_ releases: [Release], batch: Int = 500) throws(VeilleError) -> Figures {
        var run = 0
        let day = Day(containing: Date(), in: configuration.settings.timeZone)
        return try time("index write", items: releases.count) { () throws(VeilleError) in
            run += 1
            let path = "\(folder)/write-\(run)/index.sqlite"
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
            let index = try ReleaseIndex(path: path)
            var start = 0
            while start < releases.count {
                let slice = releases[start..<min(start + batch, releases.count)].enumerated().map { offset, release in
                    var release = release
                    release.contentHash = "\(run)-\(start + offset)"
                    return (release, "archive/\(release.fileName)", day)
                }
                _ = try index.add(slice, at: Date())
                start += batch
            }
        }
    }

    /// Renders one day of `perDay` releases from an index holding `days` such days.
    public func digestRender(perDay: Int, days: Int) throws(VeilleError) -> Figures {
        let index = try ReleaseIndex(path: "\(folder)/digest/index.sqlite")
        let zone = configuration.settings.timeZone
        let first = Date(timeIntervalSince1970: 1_735_732_800)  // 2025-01-01 12:00 UTC
        let corpus = SyntheticCorpus(seed: 11)
        let classifier = TopicClassifier(topics: configuration.topics)
        if try index.count() < perDay * days {
            for day in 0..<days {
                let batch = (0..<perDay).map { number -> (Release, String, Day) in
                    let receivedAt = first.addingTimeInterval(Double(day) * 86_400 + Double(number) * 60)
                    var release = corpus.release(day * perDay + number, receivedAt: receivedAt)
                    release.topics = classifier.classify(release)
                    return (release, "archive/\(release.fileName)", Day(containing: receivedAt, in: zone))
                }
                _ = try index.add(batch, at: Date())
            }
        }
        let day = Day(containing: first.addingTimeInterval(Double(days / 2) * 86_400), in: zone)
        var builder = DigestBuilder(index: index, topics: configuration.topics, timeZone: zone)
        builder.watchList = configuration.watchList
        // The whole of a day's render: reading the index, grouping and ranking, then Markdown,
        // HTML and summary; and the second part alone, to tell where the time goes.
        let digest = try builder.digest(for: day)
        let part = try time("digest render, no read", items: perDay) { () throws(VeilleError) in
            _ = RenderedDigest(digest, settings: configuration.settings)
        }
        print(part.line)
        return try time("digest render (1 day)", items: perDay) { () throws(VeilleError) in
            _ = RenderedDigest(try builder.digest(for: day), settings: configuration.settings)
        }
    }

    /// Peak resident memory of this process so far, in megabytes.
    public static var peakMemoryMB: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
