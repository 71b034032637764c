import ArgumentParser
import Foundation
import VeilleCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index; best matches first.",
        discussion: """
            All words must appear, in any case and with or without accents: "securite" finds \
            "sécurité". "Quoted words" must appear together; a word ending in * matches any ending. \
            Prints one line per release: id, date, topics, title and a snippet. Exits 1 when nothing matches.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to search for.")
    var query: String

    @Option(help: ArgumentHelp("Only releases filed under this topic id (see check-config).", valueName: "topic"))
    var topic: String?

    @Option(
        help: ArgumentHelp(
            "Only releases dated on or after this day (YYYY-MM-DD): publication date, else day received.", valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("Only releases dated on or before this day (YYYY-MM-DD).", valueName: "day"))
    var until: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "One JSON object per line instead of text.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, Day(value) == nil {
                throw ValidationError("\(name) must be a day written YYYY-MM-DD, not \"\(value)\".")
            }
        }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        if let topic, !configuration.topics.contains(where: { $0.id == topic }) {
            Terminal.error(
                "there is no topic \"\(topic)\"; topics are: \(configuration.topics.map(\.id).joined(separator: ", "))")
            throw ExitCode(ExitStatus.usage)
        }
        let hits = try Terminal.attempt { () throws(VeilleError) -> [SearchHit] in
            let index = try ReleaseIndex(path: configuration.settings.layout.index, readOnly: true)
            let filters = SearchFilters(
                topic: topic, since: since.flatMap(Day.init), until: until.flatMap(Day.init), limit: limit)
            let highlight = !json && Terminal.isInteractive ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**")
            return try index.search(SearchQuery(query), filters: filters, highlight: highlight)
        }
        guard !hits.isEmpty else {
            if !json { Terminal.error("no release matches \"\(query)\"") }
            throw ExitCode(ExitStatus.failure)
        }
        let zone = configuration.settings.timeZone
        for hit in hits { print(json ? SearchHitJSON(hit, timeZone: zone).line : Self.line(hit, timeZone: zone)) }
    }

    /// "#3  2024-04-09  terrorism,arms-control  Title — …snippet…"
    static func line(_ hit: SearchHit, timeZone: TimeZone) -> String {
        let release = hit.release.release
        let topics = release.assignedTopics.isEmpty ? "-" : release.assignedTopics.joined(separator: ",")
        let snippet = hit.snippet.replacingOccurrences(of: "\n", with: " ")
        return
            "#\(hit.release.id)  \(SearchHitJSON.date(of: hit.release, timeZone: timeZone))  \(topics)  \(release.title) — \(snippet)"
    }
}

/// The JSON form of a search hit: one object per line, keys sorted. Documented in README.md.
struct SearchHitJSON: Encodable {
    var id: Int64
    var title: String
    /// The publication date when known, else the day received: what --since and --until compare.
    var date: String
    var published: String?
    var receivedAt: String
    var language: String
    var source: String?
    var topics: [String]
    var file: String
    var snippet: String
    var rank: Double

    init(_ hit: SearchHit, timeZone: TimeZone) {
        let release = hit.release.release
        id = hit.release.id
        title = release.title
        date = Self.date(of: hit.release, timeZone: timeZone)
        published = release.published?.description
        receivedAt = ISO8601DateFormatter().string(from: release.receivedAt)
        language = release.language.rawValue
        source = release.source
        topics = release.assignedTopics
        file = hit.release.archivedPath
        snippet = hit.snippet
        rank = (hit.rank * 1000).rounded() / 1000
    }

    var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func date(of entry: IndexedRelease, timeZone: TimeZone) -> String {
        entry.release.published?.description ?? Day(containing: entry.release.receivedAt, in: timeZone).description
    }
}
