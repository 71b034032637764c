import ArgumentParser
import Foundation
import VeilleCore

struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Correct a release's topics: an analyst's decision wins over the classifier.",
        discussion: """
            The decision is stored in the index, kept across reindex, and shown in the digest, \
            search results and show. Labelling a topic again replaces the earlier decision. \
            Labelled releases also teach the classifier: once there are enough, and a check on them \
            finds that this helps, a model learned from them is blended with the topic rules \
            (setting learned_weight).
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The release's id (12 or #12).", valueName: "id"))
    var id: String

    @Option(name: .customLong("add"), help: ArgumentHelp("File the release under this topic.", valueName: "topic"))
    var added: [String] = []

    @Option(name: .customLong("remove"), help: ArgumentHelp("Take the release out of this topic.", valueName: "topic"))
    var removed: [String] = []

    func validate() throws {
        _ = try ReleaseNumber.parse(id)
        guard !added.isEmpty || !removed.isEmpty else { throw ValidationError("Say --add TOPIC or --remove TOPIC.") }
        if let both = Set(added).intersection(removed).first {
            throw ValidationError("\"\(both)\" is both added and removed.")
        }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        let logger = options.bootstrapLogging(quietByDefault: true)
        let known = Set(configuration.topics.map(\.id))
        if let unknown = (added + removed).first(where: { !known.contains($0) }) {
            Terminal.error("\"\(unknown)\" is not a configured topic (\(known.sorted().joined(separator: ", "))).")
            throw ExitCode(ExitStatus.usage)
        }
        let number = try ReleaseNumber.parse(id)
        let (topics, classifier, rewritten) = try Terminal.attempt {
            () throws(VeilleError) -> ([TopicScore], BlendedClassifier, [Day]) in
            let index = try ReleaseIndex(path: configuration.settings.layout.index)
            let topics = try index.label(id: number, add: added, remove: removed, at: Date())
            let classifier = try BlendedClassifier.current(configuration: configuration, index: index)
            // The digest of the release's day says what the label decided, daemon or not.
            let ingestor = Ingestor(
                pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
            let day = try index.release(id: number).map {
                Day(containing: $0.release.receivedAt, in: configuration.settings.timeZone)
            }
            return (topics, classifier, try ingestor.rewriteDigests(of: Set(day.map { [$0] } ?? [])))
        }
        let filed = topics.filter(\.assigned).map { $0.corrected ? "\($0.topic) (analyst)" : $0.topic }
        print("#\(number) is now filed under: \(filed.isEmpty ? "no topic" : filed.joined(separator: ", "))")
        if !rewritten.isEmpty { print("digest rewritten: " + rewritten.map(\.description).joined(separator: ", ")) }
        if let check = classifier.check {
            print("learned part: \(check.summary)")
            if classifier.learned != nil {
                print("New releases are classified with it; `veille reindex` applies it to those already indexed.")
            }
        }
    }
}
