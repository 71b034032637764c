import ArgumentParser
import Crypto
import Foundation
import VeilleCore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the index (labels included) into a folder, with a manifest of the archive.",
        discussion: """
            Safe while the daemon runs: SQLite's online backup API takes a consistent copy. The folder \
            gets index.sqlite, labels.tsv (analysts' decisions by content hash, which `veille rebuild \
            --labels FOLDER` puts back) and manifest.tsv (every archived file: path, size, SHA-256). \
            The folder must be new or empty.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The folder to write the backup into.", valueName: "folder"))
    var folder: String

    func run() throws {
        let configuration = try options.loadConfigurationForReading()
        _ = options.bootstrapLogging(quietByDefault: true)
        let layout = configuration.settings.layout
        let summary = try Terminal.attempt { () throws(VeilleError) -> String in
            try Self.prepare(folder)
            let index = try ReleaseIndex(path: layout.index, readOnly: true)
            try index.backup(to: folder + "/index.sqlite")
            let labels = try index.labelRecords()
            try Self.write(LabelFile.text(labels), to: folder + "/labels.tsv")
            let manifest = try Self.manifest(of: layout)
            try Self.write(manifest.text, to: folder + "/manifest.tsv")
            return "backed up \(counted(try index.count(), "release")) and \(counted(labels.count, "label")) to \(folder); "
                + "the manifest lists \(counted(manifest.count, "archived file"))"
        }
        print(summary)
    }

    /// Creates the folder, refusing one that already holds files, so that no backup is mixed with another.
    static func prepare(_ folder: String) throws(VeilleError) {
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), !entries.isEmpty {
            throw VeilleError(.io, path: folder, "The folder is not empty; give a new one for each backup.")
        }
        try FileSystem.createFolder(folder)
    }

    /// `path size sha256` for every file under archive/, tab-separated, paths from the state folder.
    static func manifest(of layout: StateLayout) throws(VeilleError) -> (text: String, count: Int) {
        let archive = layout.archive
        let paths = ((try? FileManager.default.subpathsOfDirectory(atPath: archive)) ?? []).sorted()
        var lines = ["path\tsize\tsha256"]
        for relative in paths {
            let path = archive + "/" + relative
            guard case .regular = (try FileSystem.status(path))?.kind else { continue }
            let bytes = try FileSystem.read(path, limit: Int.max)
            let digest = SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
            lines.append("\(layout.relative(path))\t\(bytes.count)\t\(digest)")
        }
        return (lines.joined(separator: "\n") + "\n", lines.count - 1)
    }

    /// Writes `text` to a new file at `path`.
    static func write(_ text: String, to path: String) throws(VeilleError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw VeilleError(.io, path: path, "The file cannot be written.")
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
