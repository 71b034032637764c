import ArgumentParser
import Foundation
import VeilleCore

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check the settings, topic, boilerplate and entity files, and say what Veille will use.",
        discussion: """
            Exits 0 when everything is valid, 78 with each problem's file and line when not. Warns, \
            without failing, about a folder that is missing or empty and about files Veille ignores.
            """
    )

    @OptionGroup var options: GlobalOptions

    /// "Config/model/topics.tsv: version 1, trained on 469 releases (train 335, …), 2026-12-06; …".
    static func describe(_ model: TopicModel?, path: String?, topics: [String]) -> String {
        guard let path else { return "none (the `model` setting is empty): the topic rules decide alone" }
        guard let model else { return "none (no file at \(path); `veille train` writes it): the topic rules decide alone" }
        let written = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date).map {
            ", written " + Day(containing: $0, in: .gmt).description
        } ?? ""
        let rulesOnly = topics.filter { !model.topics.contains($0) }
        return "\(path): version \(model.about.version), trained on \(model.about.examples) releases (\(model.about.corpora))\(written); "
            + "blended with the rules for \(model.topics.joined(separator: ", "))"
            + (rulesOnly.isEmpty ? "" : "; rules alone for \(rulesOnly.joined(separator: ", "))")
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        let settings = configuration.settings
        for warning in configuration.warnings { Terminal.warning(warning.description) }
        print("\(configuration.path): valid")
        print("  inbox         \(settings.inbox)")
        print("  state         \(settings.state)")
        print("  poll          every \(settings.pollInterval) s (\(settings.inotify ? "inotify wakes sooner" : "inotify off"))")
        print("  time zone     \(settings.timeZone.identifier)")
        print("  max file size \(ByteSize.describe(settings.maxFileSize))")
        print("  PDF           at most \(settings.pdfLimits.maximumPages) pages, \(settings.pdfLimits.seconds.formatted()) s to read")
        print("  digest in     \(settings.digestLanguage.rawValue)")
        print(
            "  boilerplate   \(counted(configuration.boilerplate.lines.count, "line pattern")), "
                + counted(configuration.boilerplate.tailMarkers.count, "tail marker")
        )
        print(
            "  entities      \(counted(configuration.gazetteer.countries.count, "country", "countries")), "
                + "\(counted(configuration.gazetteer.organisations.count, "organisation")), "
                + "\(counted(configuration.gazetteer.roles.count, "role")) in \(counted(configuration.gazetteer.roles.reduce(0) { $0 + $1.phrases.count }, "phrase")) (\(settings.entities))"
        )
        print("  model         " + Self.describe(configuration.model, path: settings.model, topics: configuration.topics.map(\.id)))
        if let command = settings.digestCommand { print("  digest runs   \(command) DIGEST.html") }
        let watched = configuration.watchList.entries.map(\.name)
        print("  watch list    \(watched.isEmpty ? "empty" : watched.joined(separator: ", ")) (\(settings.watchList))")
        if !settings.digestOther { print("  digest        leaves out the stories on no topic") }
        print(
            settings.learnedWeight > 0
                ? "  labels teach  up to weight \(settings.learnedWeight) against the rules, once a check finds it helps"
                : "  labels teach  nothing (learned_weight 0): the rules decide alone")
        for topic in configuration.topics {
            let terms = topic.terms.keys.sorted { $0.rawValue < $1.rawValue }
                .map { "\(topic.terms[$0]?.count ?? 0) \($0.rawValue)" }.joined(separator: " + ")
            print(
                "  topic         \(topic.id) (\(topic.label(in: .en)) / \(topic.label(in: .fr))): \(terms) terms, threshold \(topic.threshold)"
            )
        }
    }
}
