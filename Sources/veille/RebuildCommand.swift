import ArgumentParser
import Foundation
import VeilleCore

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Re-index the archive into a new index, keeping analysts' labels, for a lost or corrupted index.",
        discussion: """
            Stop the daemon first. Every archived file is indexed again with the current \
            configuration into a new index, which then replaces the old one; the old one is kept \
            beside it as index.sqlite.replaced-DATE. Labels come from --labels (a folder written by \
            `veille backup`), else from the old index when it can still be read. The intake log \
            starts afresh.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("A backup folder whose labels.tsv to put back.", valueName: "folder"))
    var labels: String?

    func run() throws {
        let configuration = try options.loadConfiguration()
        let logger = options.bootstrapLogging(quietByDefault: true)
        let layout = configuration.settings.layout
        let lock = try Terminal.attempt { () throws(VeilleError) -> FileLock? in
            try FileLock(path: layout.daemonLock, wait: false)
        }
        guard lock != nil else {
            Terminal.error("veille watch is running on \(layout.root); stop it first (systemctl stop veille)")
            throw ExitCode(ExitStatus.failure)
        }
        let fresh = layout.index + ".rebuild"
        let progress = Progress(label: "rebuilt")
        let report = try Terminal.attempt { () throws(VeilleError) -> [String] in
            let decisions = try labelsToKeep(layout)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh + suffix) }
            let summary = try ArchiveRebuild(configuration: configuration, logger: logger).run(into: fresh, progress: progress.report)
            progress.finish()
            let restored = try Self.finish(fresh, labels: decisions, configuration: configuration)
            let replaced = try IndexFiles.replace(layout.index, with: fresh)
            var lines = [
                "rebuilt the index from the archive: \(counted(summary.indexed, "release")) indexed, "
                    + "\(counted(summary.duplicates, "duplicate")), \(summary.failed.count) failed",
                "labels: \(restored) of \(decisions.count) put back",
            ]
            if let replaced { lines.append("the old index is kept as \(replaced)") }
            lines += summary.failed.sorted { $0.key < $1.key }.map { "  failed \($0.key): \($0.value)" }
            return lines
        }
        withExtendedLifetime(lock) {}
        report.forEach { print($0) }
    }

    /// The labels of --labels, else of the old index; none (with a warning) when neither can be read.
    private func labelsToKeep(_ layout: StateLayout) throws(VeilleError) -> [LabelRecord] {
        if let labels { return try LabelFile.read(labels + "/labels.tsv") }
        do throws(VeilleError) {
            guard try FileSystem.status(layout.index) != nil else { return [] }
            return try ReleaseIndex(path: layout.index, readOnly: true).labelRecords()
        } catch {
            Terminal.warning("the old index's labels cannot be read (\(error.description)); give --labels BACKUP to keep them")
            return []
        }
    }

    /// Puts the labels back on the new index, then classifies again so that what they teach
    /// applies, as `reindex` does. Returns how many labels found their release.
    static func finish(_ path: String, labels: [LabelRecord], configuration: Configuration) throws(VeilleError) -> Int {
        let index = try ReleaseIndex(path: path)
        let restored = try index.restore(labels)
        if restored > 0 {
            let classifier = try BlendedClassifier.current(configuration: configuration, index: index)
            _ = try Reindexer(index: index, classifier: classifier).run()
        }
        return restored
    }
}
