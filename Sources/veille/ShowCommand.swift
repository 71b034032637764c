import ArgumentParser
import Foundation
import VeilleCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one release: its metadata, its topics with their evidence, and its text."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The release's id, as search and the digest print it (#12 or 12).", valueName: "id"))
    var id: String

    func validate() throws { _ = try ReleaseNumber.parse(id) }

    func run() throws {
        let configuration = try options.loadConfigurationForReading()
        _ = options.bootstrapLogging(quietByDefault: true)
        let number = try ReleaseNumber.parse(id)
        let (entry, siblings) = try Terminal.attempt { () throws(VeilleError) -> (IndexedRelease, [Int64]) in
            let index = try ReleaseIndex(path: configuration.settings.layout.index, readOnly: true)
            guard let entry = try index.release(id: number) else {
                throw VeilleError(.notFound, "There is no release #\(number) in the index.")
            }
            return (entry, try index.releases(sharingFileWith: number))
        }
        print(Self.render(entry, sharingFileWith: siblings, configuration: configuration))
    }

    /// `siblings`: the other releases taken from the same file, the attachments of one e-mail.
    static func render(_ entry: IndexedRelease, sharingFileWith siblings: [Int64] = [], configuration: Configuration) -> String {
        let release = entry.release
        let zone = configuration.settings.timeZone
        let stamp = { (date: Date) -> String in
            let formatter = DateFormatter()
            formatter.timeZone = zone
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            return formatter.string(from: date) + " (\(zone.identifier))"
        }
        var lines = [
            "#\(entry.id)  \(release.title)", "",
            "File       \(configuration.settings.layout.path(entry.archivedPath)) (the original, as received)",
            "Reading    \(DigestWriter(folder: configuration.settings.layout.digests).readingCopyPath(for: entry.id))",
            "Name       \(release.fileName) (\(release.format.rawValue))"
                + (siblings.isEmpty ? "" : "; the same file gave " + siblings.map { "#\($0)" }.joined(separator: ", ")),
            "Language   \(ReleaseLanguage.describe(release))",
            "Published  \(release.published?.description ?? "unknown")",
            "Source     \(release.source ?? "unknown")",
            "Received   \(stamp(release.receivedAt))",
            "Indexed    \(stamp(entry.indexedAt))",
            "SHA-256    \(release.contentHash)", "",
            "Topics",
        ]
        let thresholds = configuration.thresholds
        if release.topics.isEmpty { lines.append("  (no configured term found)") }
        for score in release.topics {
            var verdict = score.assigned ? "assigned" : "below threshold"
            if score.corrected { verdict = score.assigned ? "assigned by an analyst" : "removed by an analyst" }
            if score.isUncertain(threshold: thresholds[score.topic] ?? 0.5) { verdict += " (uncertain: to check)" }
            let threshold = thresholds[score.topic].map { " / \($0)" } ?? ""
            lines.append("  \(score.topic): \(score.score)\(threshold), \(verdict)")
            var parts: [String] = []
            if !score.evidence.isEmpty { parts.append("rules: " + score.evidence.map(\.summary).joined(separator: ", ")) }
            if let model = score.model { parts.append("base model \(model)") }
            if let learned = score.learned { parts.append("learned from corrections \(learned)") }
            lines.append("    " + parts.joined(separator: "; "))
        }
        lines += ["", "Text", ""] + release.body.components(separatedBy: "\n\n").map { "  " + $0 + "\n" }
        return lines.joined(separator: "\n")
    }
}
