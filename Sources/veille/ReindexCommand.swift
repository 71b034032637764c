import ArgumentParser
import Foundation
import VeilleCore

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Classify every indexed release again with the current topics, and find its entities again.",
        discussion: """
            Run it after editing or adding a topic in Config/topics or an entity in Config/entities, \
            or after labelling releases, so \
            that what the labels teach applies to the past too. Analysts' labels are kept and still \
            win. Safe to interrupt: each batch of releases is one transaction.
            """
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let configuration = try options.loadConfiguration()
        let logger = options.bootstrapLogging(quietByDefault: true)
        let progress = Progress(label: "reindexed")
        let (count, classifier, rewritten) = try Terminal.attempt { () throws(VeilleError) -> (Int, BlendedClassifier, [Day]) in
            let index = try ReleaseIndex(path: configuration.settings.layout.index)
            let classifier = try BlendedClassifier.current(configuration: configuration, index: index)
            let count = try Reindexer(
                index: index, classifier: classifier, entities: EntityExtractor(gazetteer: configuration.gazetteer)
            )
            .run(progress: progress.report)
            // Every digest already written says what the index now says, daemon or not.
            let ingestor = Ingestor(
                pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
            return (count, classifier, try ingestor.rewriteDigests(of: Set(ingestor.writtenDigestDays())))
        }
        progress.finish()
        print("reindexed \(counted(count, "release")) with \(counted(configuration.topics.count, "topic"))")
        if !rewritten.isEmpty {
            print(
                "digests rewritten: \(rewritten.count) (\(rewritten.first?.description ?? "") to \(rewritten.last?.description ?? ""))"
            )
        }
        if let check = classifier.check { print("learned part: \(check.summary)") }
    }
}
