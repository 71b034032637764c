import ArgumentParser
import Foundation
import VeilleCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index; best matches first.",
        discussion: """
            All words must appear, in any case, with or without accents, in any inflection: \
            "securite" finds "sécurité", "terrorisme" finds "terroristes". "Quoted words" must appear \
            as written, side by side; a word ending in * matches any ending; OR between two words \
            accepts either; -word excludes; title:word looks in headlines only (body: in the text). \
            Prints one line per release: id, date, topics, title and a snippet. With filters and no \
            words, lists the latest releases that pass the filters. Exits 1 when nothing matches.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("What to search for; several words need no quotes: veille search armes -exercice.", valueName: "query")
    )
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    @OptionGroup var filter: FilterOptions

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "One JSON object per line instead of text.")
    var json = false

    func validate() throws {
        guard !words.isEmpty || filter.isFiltering else {
            throw ValidationError("Say what to search for, or give a filter such as --topic or --since.")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let configuration = try options.loadConfigurationForReading()
        _ = options.bootstrapLogging(quietByDefault: true)
        let index = try Terminal.attempt { () throws(VeilleError) -> ReleaseIndex in
            try ReleaseIndex(path: configuration.settings.layout.index, readOnly: true)
        }
        let filters = try filter.filters(limit: limit, configuration: configuration, index: index)
        let hits = try Terminal.attempt { () throws(VeilleError) -> [SearchHit] in
            if words.isEmpty {
                // Filters alone (--topic, --since, --uncertain…): the latest releases that pass them.
                return try index.latest(filteredBy: filters).map {
                    SearchHit(release: $0, snippet: String($0.release.body.prefix(160)), rank: 0)
                }
            }
            let highlight = !json && Terminal.isInteractive ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**")
            return try index.search(SearchQuery(query), filters: filters, highlight: highlight)
        }
        guard !hits.isEmpty else {
            if !json { Terminal.error(words.isEmpty ? "no release passes the filters" : "no release matches \"\(query)\"") }
            throw ExitCode(ExitStatus.failure)
        }
        let zone = configuration.settings.timeZone
        let thresholds = configuration.thresholds
        for hit in hits {
            print(
                json
                    ? SearchHitJSON(hit, timeZone: zone, thresholds: thresholds).line
                    : Self.line(hit, timeZone: zone, thresholds: thresholds))
        }
    }

    /// "#3  2024-04-09  terrorism,arms-control  Title — …snippet…", with "received 2024-04-09"
    /// for a release that gives no publication date.
    static func line(_ hit: SearchHit, timeZone: TimeZone, thresholds: [String: Double]) -> String {
        let release = hit.release.release
        let uncertain = release.uncertainTopics(thresholds: thresholds)
        var topics = release.assignedTopics.isEmpty ? "-" : release.assignedTopics.joined(separator: ",")
        if !uncertain.isEmpty { topics += " (to check: \(uncertain.joined(separator: ",")))" }
        let snippet = hit.snippet.replacingOccurrences(of: "\n", with: " ")
        return
            "#\(hit.release.id)  \(ReleaseFields.shownDate(of: hit.release, timeZone: timeZone))  \(topics)  \(release.title) — \(snippet)"
    }
}

/// The JSON form of a search hit: the release's fields, then `snippet` and `rank`, one object
/// per line, keys sorted. Documented in docs/search.md.
struct SearchHitJSON: Encodable {
    var release: ReleaseFields
    var snippet: String
    var rank: Double

    init(_ hit: SearchHit, timeZone: TimeZone, thresholds: [String: Double]) {
        release = ReleaseFields(hit.release, timeZone: timeZone, thresholds: thresholds)
        snippet = hit.snippet
        rank = (hit.rank * 1_000_000).rounded() / 1_000_000
    }

    private enum CodingKeys: String, CodingKey { case snippet, rank }

    func encode(to encoder: any Encoder) throws {
        try release.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(snippet, forKey: .snippet)
        try container.encode(rank, forKey: .rank)
    }

    var line: String { JSONLine.encode(self) }
}

/// What search --json and export say of every release.
struct ReleaseFields: Encodable {
    var id: Int64
    var title: String
    /// The publication date when known, else the day received: what --since and --until compare.
    var date: String
    /// What `date` is: "published", or "received" for a release that gives no publication date.
    var dateKind: String
    var published: String?
    var receivedAt: String
    var language: String
    /// ISO 639-1 ("de"), "und" when undetermined; absent for releases indexed before it was kept.
    var languageCode: String?
    var source: String?
    var topics: [String]
    /// Topics whose decision is uncertain ("to check"), filed or not.
    var uncertain: [String]
    var file: String

    init(_ entry: IndexedRelease, timeZone: TimeZone, thresholds: [String: Double]) {
        let release = entry.release
        id = entry.id
        title = release.title
        date = Self.date(of: entry, timeZone: timeZone)
        dateKind = release.published == nil ? "received" : "published"
        published = release.published?.description
        receivedAt = ISO8601DateFormatter().string(from: release.receivedAt)
        language = release.language.rawValue
        languageCode = release.languageCode
        source = release.source
        topics = release.assignedTopics
        uncertain = release.uncertainTopics(thresholds: thresholds)
        file = entry.archivedPath
    }

    static func date(of entry: IndexedRelease, timeZone: TimeZone) -> String {
        entry.release.published?.description ?? Day(containing: entry.release.receivedAt, in: timeZone).description
    }

    /// `date` as people read it: the publication date, else "received" and the day.
    static func shownDate(of entry: IndexedRelease, timeZone: TimeZone) -> String {
        (entry.release.published == nil ? "received " : "") + date(of: entry, timeZone: timeZone)
    }
}
