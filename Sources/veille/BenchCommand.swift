import ArgumentParser
import Foundation
import VeilleCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Veille's speed on generated releases.",
        subcommands: [SearchBench.self]
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

    @Option(help: ArgumentHelp("Where to keep the generated index.", valueName: "folder"))
    var folder = ".build-bench/search"

    @Option(help: "How many releases to index.")
    var releases = 100_000

    @Option(help: "Queries timed per kind.")
    var queries = 500

    func run() throws {
        let benchmark = SearchBenchmark(folder: folder, releases: releases)
        let progress = Progress(label: "indexed")
        let built = Date()
        let index = try Terminal.attempt { () throws(VeilleError) in
            try FileSystem.createFolder(folder)
            return try benchmark.buildIndex(progress: progress.report)
        }
        progress.finish()
        print(String(format: "index: %d releases ready in %.1f s (%@)", releases, Date().timeIntervalSince(built), folder))
        let results = try Terminal.attempt { () throws(VeilleError) in try benchmark.measure(index, perClass: queries) }
        for latencies in results { print(latencies.line) }
        print(String(format: "index size: %.2f MB per 1,000 releases", benchmark.sizePerThousand() / 1_048_576))
    }
}
