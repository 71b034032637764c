import ArgumentParser
import Foundation
import VeilleCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Veille's speed on generated releases.",
        subcommands: [StagesBench.self, SearchBench.self, StoriesBench.self, GenerateCorpus.self]
    )
}

struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency over a generated index: word queries and two-letter prefixes.",
        discussion: """
            Builds (once) an index of generated French and English releases in FOLDER, then times \
            queries after a warm-up and prints p50, p95 and p99 per kind of query and the index size \
            per 1,000 releases. Run it on a release build: swift build -c release.
            """
    )

    @OptionGroup var generated: GeneratedIndex.Options

    @Option(help: "Queries timed per kind.")
    var queries = 500

    func run() throws {
        let benchmark = SearchBenchmark(folder: generated.folder, releases: generated.releases)
        let index = try generated.open()
        let results = try Terminal.attempt { () throws(VeilleError) in try benchmark.measure(index, perClass: queries) }
        for latencies in results { print(latencies.line) }
        print(String(format: "index size: %.2f MB per 1,000 releases", benchmark.sizePerThousand() / 1_048_576))
    }
}

struct StoriesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Story lookup latency with many releases indexed.",
        discussion: """
            Builds (once, as bench search does) an index of generated releases in FOLDER, a few \
            hundred a day, then times \
            the story lookup of new releases (what indexing a release runs to find its story, without \
            writing) after a warm-up: p50, p95, p99. Run it on a release build: swift build -c release.
            """
    )

    @OptionGroup var generated: GeneratedIndex.Options

    @Option(help: "Lookups timed.")
    var lookups = 500

    func run() throws {
        let benchmark = StoryBenchmark(releases: generated.releases)
        let index = try generated.open()
        let latencies = try Terminal.attempt { () throws(VeilleError) in try benchmark.measure(index, count: lookups) }
        let mean = latencies.samples.reduce(0, +) / Double(max(1, latencies.samples.count))
        print(latencies.line + String(format: "  mean %.2f ms", mean))
    }
}

/// The generated index `bench search` and `bench stories` time: built once in its folder, and
/// reused while it holds as many releases.
enum GeneratedIndex {
    struct Options: ParsableArguments {
        @Option(help: ArgumentHelp("Where to keep the generated index.", valueName: "folder"))
        var folder = ".build-bench/search"

        @Option(help: "How many releases to index.")
        var releases = 100_000

        func open() throws -> ReleaseIndex { try GeneratedIndex.open(folder: folder, releases: releases) }
    }

    static func open(folder: String, releases: Int) throws -> ReleaseIndex {
        let progress = Progress(label: "indexed")
        let built = Date()
        let index = try Terminal.attempt { () throws(VeilleError) in
            try FileSystem.createFolder(folder)
            return try SearchBenchmark(folder: folder, releases: releases).buildIndex(progress: progress.report)
        }
        progress.finish()
        print(String(format: "index: %d releases ready in %.1f s (%@)", releases, Date().timeIntervalSince(built), folder))
        return index
    }
}

struct StagesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Time each stage (normalise, classify, index write, digest render) on generated releases.",
        discussion: """
            Generates COUNT HTML pages (15–80 KB, with navigation, scripts and sidebars) and COUNT \
            texts (2–8 KB) in memory, then times each stage after a warm-up run: median and spread \
            over --runs runs, µs per release, releases per second, and the peak memory. With \
            --corpus, the same over the files of a folder (such as ../shared/corpus/dev/items). \
            Run it on a release build: swift build -c release.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Generated documents of each kind.")
    var count = 1_000

    @Option(help: "Timed runs per stage, after one warm-up run.")
    var runs = 5

    @Option(help: "Releases per day for the digest render.")
    var digestDay = 1_000

    @Option(help: ArgumentHelp("Also time the files of this folder.", valueName: "folder"))
    var corpus: String?

    @Option(help: ArgumentHelp("Scratch folder for the benchmark's indexes.", valueName: "folder"))
    var folder = ".build-bench/stages"

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let benchmark = StageBenchmark(configuration: configuration, runs: runs, folder: folder)
        let synthetic = SyntheticCorpus()
        let now = Date()
        let inbox = { (documents: [SyntheticCorpus.Document]) in
            documents.map { InboxFile(name: $0.name, bytes: $0.bytes, contentHash: "", receivedAt: now) }
        }
        try Terminal.attempt { () throws(VeilleError) in
            try FileSystem.createFolder(folder)
            if let model = try benchmark.modelLoad() { print(model.line) }
            let (html, _) = try benchmark.normaliseAndClassify(inbox(synthetic.documents(count, kind: .html)), label: "HTML")
            let (text, releases) = try benchmark.normaliseAndClassify(
                inbox(synthetic.documents(count, kind: .text)), label: "text")
            for figures in html + text { print(figures.line) }
            print(try benchmark.indexWrite(releases).line)
            print(try benchmark.digestRender(perDay: digestDay, days: 3).line)
            if let corpus {
                let files = try IngestCommand.expand([corpus]).map { path throws(VeilleError) in
                    InboxFile(
                        name: (path as NSString).lastPathComponent, bytes: try FileSystem.read(path, limit: 64 << 20),
                        contentHash: "", receivedAt: now)
                }
                for figures in try benchmark.normaliseAndClassify(files, label: (corpus as NSString).lastPathComponent).0 {
                    print(figures.line)
                }
            }
        }
        print(String(format: "peak memory %.0f MB", StageBenchmark.peakMemoryMB))
    }
}

struct GenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write generated releases into a folder, to time ingest and the daemon on them.",
        discussion: "The same seed always gives the same files: French and English, HTML pages of 15–80 KB or texts of 2–8 KB."
    )

    @Argument(help: ArgumentHelp("Where to write the files (created if missing).", valueName: "folder"))
    var folder: String

    @Option(help: "How many files.")
    var count = 1_000

    @Option(help: ArgumentHelp("html, text or mixed.", valueName: "kind"))
    var kind: SyntheticCorpus.Kind = .mixed

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2026

    @Option(help: "Number of the first file, to add files to a folder without repeating names.")
    var first = 0

    func run() throws {
        try Terminal.attempt { () throws(VeilleError) in try FileSystem.createFolder(folder) }
        let corpus = SyntheticCorpus(seed: seed)
        for number in first..<(first + count) {
            let document = corpus.document(number, kind: kind)
            try Data(document.bytes).write(to: URL(fileURLWithPath: folder + "/" + document.name))
        }
        print("wrote \(counted(count, "file")) to \(folder)")
    }
}

extension SyntheticCorpus.Kind: ExpressibleByArgument {}
