import ArgumentParser
import Foundation
import VeilleCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run files through the pipeline once and print what was decided for each.",
        discussion: """
            Each file is copied into the state folder and indexed, archived or quarantined exactly as \
            the daemon would; the original is left where it is. A folder stands for the files in it. \
            Exits 1 when any file could not be indexed.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Text or HTML releases, or folders of them.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file or folder to ingest.") }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        let logger = options.bootstrapLogging(quietByDefault: true)
        // Each file's line is progress enough on a terminal; when they go to a pipe or a file,
        // a counter on the terminal's stderr says how far the run is.
        let progress = Terminal.isInteractive ? nil : Progress(label: "ingested")
        let failed = try Terminal.attempt { () throws(VeilleError) -> Int in
            var failed = 0
            let index = try ReleaseIndex(path: configuration.settings.layout.index)
            let ingestor = Ingestor(
                pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
            for outcome in try ingestor.prepare() { print(Self.describe(outcome)) }
            let paths = try Self.expand(files)
            var done = 0
            while done < paths.count {
                let batch = Array(paths[done..<min(done + Ingestor.batchSize, paths.count)])
                for outcome in try ingestor.takeCopies(of: batch) {
                    if case .failed = outcome { failed += 1 }
                    print(Self.describe(outcome))
                    // An e-mail that carried several releases: the others, indexed with the first.
                    // Only an e-mail can carry several; other files skip the lookup.
                    if case .indexed(let entry) = outcome, entry.release.format == .mail {
                        for id in try index.releases(sharingFileWith: entry.id) where id > entry.id {
                            if let other = try index.release(id: id) { print(Self.describe(.indexed(other))) }
                        }
                    }
                }
                done += batch.count
                progress?.report(done, paths.count)
            }
            progress?.finish()
            try ingestor.refreshDigest()
            return failed
        }
        if failed > 0 { throw ExitCode(ExitStatus.failure) }
    }

    /// Folders become the visible files directly inside them, in name order.
    static func expand(_ paths: [String]) throws(VeilleError) -> [String] {
        var files: [String] = []
        for path in paths {
            guard try FileSystem.status(path)?.kind == .directory else {
                files.append(path)
                continue
            }
            let names = try FileSystem.list(path).filter { !InboxScanner.isIgnored($0) }
                .map { String(decoding: $0, as: UTF8.self) }.sorted()
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                if try FileSystem.status(file)?.kind == .regular { files.append(file) }
            }
        }
        return files
    }

    /// "indexed    #3  terrorism,arms-control  name.txt  — Title".
    static func describe(_ outcome: Outcome) -> String {
        switch outcome {
        case .indexed(let entry):
            let topics = entry.release.assignedTopics.isEmpty ? "-" : entry.release.assignedTopics.joined(separator: ",")
            return "indexed    #\(entry.id)  \(topics)  \(entry.release.fileName)  — \(entry.release.title)"
        case .duplicate(let name, let id, _):
            return "duplicate  of #\(id)  \(name)"
        case .failed(let name, let error, let path):
            return "failed     \(name)  — \(error.reason) (\(path))"
        }
    }
}
