import ArgumentParser
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
        print("  digest in     \(settings.digestLanguage.rawValue)")
        print(
            "  boilerplate   \(counted(configuration.boilerplate.lines.count, "line pattern")), "
                + counted(configuration.boilerplate.tailMarkers.count, "tail marker")
        )
        print(
            "  entities      \(counted(configuration.gazetteer.countries.count, "country", "countries")), "
                + "\(counted(configuration.gazetteer.organisations.count, "organisation")) (\(settings.entities))"
        )
        if let command = settings.digestCommand { print("  digest runs   \(command) DIGEST.html") }
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
