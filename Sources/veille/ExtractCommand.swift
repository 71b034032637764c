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

    @Flag(name: .long, help: "Print one JSON object per file and line (keys are listed in docs/search.md).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Files worked on at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Argument(help: ArgumentHelp("Text, HTML, e-mail (.eml) or PDF releases, or folders of them.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file or folder to extract.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs).") }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let paths = try Terminal.attempt { () throws(VeilleError) -> [String] in try IngestCommand.expand(files) }
        let normaliser = Normaliser(configuration: configuration)
        let json = json
        let outputs = Self.extractAll(
            paths, normaliser: normaliser, limit: configuration.settings.maxFileSize,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount
        ) { result in json ? ExtractionJSON(result).line : ExtractionJSON.text(result) }
        for output in outputs { print(output.text) }
        if outputs.contains(where: \.failed) { throw ExitCode(ExitStatus.failure) }
    }

    /// Normalises every file and renders each result, `jobs` files at a time (each worker takes
    /// the next file not yet taken, and parses it with its own libxml2 context), and gives the
    /// outputs in the order of `paths`. Rendering runs in the workers too, so that only printing
    /// is left to one thread.
    static func extractAll(
        _ paths: [String], normaliser: Normaliser, limit: Int, jobs: Int,
        render: @Sendable (Result<Release, VeilleError>) -> String
    ) -> [(text: String, failed: Bool)] {
        let outputs = OutputSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
            while let index = outputs.claim() {
                let result = extract(paths[index], normaliser: normaliser, limit: limit)
                let failed = if case .failure = result { true } else { false }
                outputs.set(index, (render(result), failed))
            }
        }
        return outputs.all
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

/// Outputs written by concurrent workers, each into its own slot, and the next file to take.
private final class OutputSlots: @unchecked Sendable {
    private var slots: [(text: String, failed: Bool)?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The index of a file no worker has taken yet; nil when all are taken.
    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ index: Int, _ output: (text: String, failed: Bool)) {
        lock.withLock { slots[index] = output }
    }

    var all: [(text: String, failed: Bool)] {
        lock.withLock { slots.map { $0 ?? ("", true) } }
    }
}

/// The JSON form of one extraction: one object per line, keys sorted. Documented in docs/search.md.
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
    var languageCode: String?
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
            languageCode = release.languageCode
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
            "Language   \(ReleaseLanguage.describe(release))",
            "",
            release.body,
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
