import ArgumentParser
import Dispatch
import Foundation
import VeilleCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what normalisation keeps of files: title, date, publisher, place, author, language, text.",
        discussion: """
            Runs the Normalise stage only: nothing is indexed, copied or moved, and no state folder is \
            needed. A folder stands for the files in it. The received date (which bounds plausible \
            publication dates) is the file's modification time. Exits 1 when any file could not be used.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: "Print one JSON object per file and line (keys are listed in README.md).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Files worked on at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Argument(help: ArgumentHelp("Text or HTML releases, or folders of them.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file or folder to extract.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs).") }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let paths = try Terminal.attempt { () throws(VeilleError) -> [String] in try IngestCommand.expand(files) }
        let normaliser = Normaliser(
            boilerplate: configuration.boilerplate, timeZone: configuration.settings.timeZone)
        let results = Self.extractAll(
            paths, normaliser: normaliser, limit: configuration.settings.maxFileSize,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var failed = 0
        for result in results {
            if case .failure = result { failed += 1 }
            print(json ? ExtractionJSON(result).line : ExtractionJSON.text(result))
        }
        if failed > 0 { throw ExitCode(ExitStatus.failure) }
    }

    /// Normalises every file, `jobs` at a time, and gives the results in the order of `paths`.
    static func extractAll(_ paths: [String], normaliser: Normaliser, limit: Int, jobs: Int)
        -> [Result<Release, VeilleError>]
    {
        let results = ResultSlots(count: paths.count)
        let workers = max(1, min(jobs, paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: paths.count, by: workers) {
                results.set(index, extract(paths[index], normaliser: normaliser, limit: limit))
            }
        }
        return results.all
    }

    static func extract(_ path: String, normaliser: Normaliser, limit: Int) -> Result<Release, VeilleError> {
        Result { () throws(VeilleError) -> Release in
            let bytes = try FileSystem.read(path, limit: limit)
            let modified = try FileSystem.status(path)?.modified ?? Int(Date().timeIntervalSince1970)
            let file = InboxFile(
                name: path, bytes: bytes, contentHash: "", receivedAt: Date(timeIntervalSince1970: Double(modified)))
            return try normaliser.normalise(file)
        }
    }
}

/// Results written by concurrent workers, each into its own slot.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<Release, VeilleError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Release, VeilleError>) {
        lock.withLock { slots[index] = result }
    }

    var all: [Result<Release, VeilleError>] {
        lock.withLock { slots.map { $0 ?? .failure(VeilleError(.io, "The file was not processed.")) } }
    }
}

/// The JSON form of one extraction: one object per line, keys sorted. Documented in README.md.
struct ExtractionJSON: Encodable {
    struct Failure: Encodable {
        var code: String
        var reason: String
    }

    var file: String
    var title: String?
    var titleOrigin: String?
    var date: String?
    var dateOrigin: String?
    var publisher: String?
    var publisherOrigin: String?
    var place: String?
    var author: String?
    var language: String?
    var body: String?
    var error: Failure?

    init(_ result: Result<Release, VeilleError>) {
        switch result {
        case .success(let release):
            file = release.fileName
            title = release.title
            titleOrigin = release.titleOrigin.rawValue
            date = release.published?.description
            dateOrigin = release.dateOrigin?.rawValue
            publisher = release.source
            publisherOrigin = release.sourceOrigin?.rawValue
            place = release.place
            author = release.author
            language = release.language.rawValue
            body = release.body
        case .failure(let failure):
            file = failure.path ?? ""
            error = Failure(code: failure.code.rawValue, reason: failure.reason)
        }
    }

    var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The human form: a header of metadata lines, then the text.
    static func text(_ result: Result<Release, VeilleError>) -> String {
        let release: Release
        switch result {
        case .success(let value): release = value
        case .failure(let error): return "== \(error.path ?? "")\nfailed: \(error.reason) (\(error.code.rawValue))\n"
        }
        let origin = { (value: String?) in value.map { " (\($0))" } ?? "" }
        let lines = [
            "== \(release.fileName)",
            "Title      \(release.title)\(origin(release.titleOrigin.rawValue))",
            "Date       \(release.published?.description ?? "unknown")\(origin(release.dateOrigin?.rawValue))",
            "Publisher  \(release.source ?? "unknown")\(origin(release.sourceOrigin?.rawValue))",
            "Place      \(release.place ?? "unknown")",
            "Author     \(release.author ?? "unknown")",
            "Language   \(release.language.rawValue)",
            "",
            release.body,
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
