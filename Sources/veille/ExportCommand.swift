import ArgumentParser
import Foundation
import VeilleCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write indexed releases, with their text, as JSON lines or CSV on stdout.",
        discussion: """
            Takes the same filters as search. JSON lines carry the keys of search --json (without \
            snippet and rank) plus body and sha256; CSV has one column per key, topics separated by \
            commas, after a header line. Releases come oldest first, a page at a time, so an export \
            of any size uses little memory.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @OptionGroup var options: GlobalOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: ArgumentHelp("jsonl (one JSON object per line) or csv.", valueName: "format"))
    var format: Format = .jsonl

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let index = try Terminal.attempt { () throws(VeilleError) -> ReleaseIndex in
            try ReleaseIndex(path: configuration.settings.layout.index, readOnly: true)
        }
        let filters = try filter.filters(limit: 0, configuration: configuration, index: index)
        let zone = configuration.settings.timeZone
        let progress = Progress(label: "exported")
        let output = FileHandle.standardOutput
        if format == .csv { output.write(Data((ExportRecord.csvHeader + "\n").utf8)) }
        try Terminal.attempt { () throws(VeilleError) in
            let total = try index.count(filteredBy: filters)
            var last: Int64 = 0
            var done = 0
            while true {
                let page = try index.releases(filteredBy: filters, after: last, limit: 500)
                guard let final = page.last else { break }
                var text = ""
                for entry in page {
                    let record = ExportRecord(entry, timeZone: zone, thresholds: configuration.thresholds)
                    text += (format == .csv ? record.csvLine : record.jsonLine) + "\n"
                }
                output.write(Data(text.utf8))
                last = final.id
                done += page.count
                progress.report(done, total)
            }
        }
        progress.finish()
    }
}

/// One exported release: the fields of search --json, then `sha256` and `body`. Keys and
/// columns are documented in docs/search.md.
struct ExportRecord: Encodable {
    var release: ReleaseFields
    var sha256: String
    var body: String

    init(_ entry: IndexedRelease, timeZone: TimeZone, thresholds: [String: Double]) {
        release = ReleaseFields(entry, timeZone: timeZone, thresholds: thresholds)
        sha256 = entry.release.contentHash
        body = entry.release.body
    }

    private enum CodingKeys: String, CodingKey { case sha256, body }

    func encode(to encoder: any Encoder) throws {
        try release.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(body, forKey: .body)
    }

    var jsonLine: String { JSONLine.encode(self) }

    static let csvHeader = "id,title,date,date_kind,published,received_at,language,source,topics,file,sha256,body"

    var csvLine: String {
        [
            String(release.id), release.title, release.date, release.dateKind, release.published ?? "", release.receivedAt,
            release.language,
            release.source ?? "", release.topics.joined(separator: ","), release.file, sha256, body,
        ].map(Self.csvField).joined(separator: ",")
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One JSON object on one line, keys sorted and in snake_case, as every --json output is.
enum JSONLine {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
