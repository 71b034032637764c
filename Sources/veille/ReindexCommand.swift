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
        _ = options.bootstrapLogging(quietByDefault: true)
        let progress = Progress(label: "reindexed")
        let (count, classifier) = try Terminal.attempt { () throws(VeilleError) -> (Int, BlendedClassifier) in
            let index = try ReleaseIndex(path: configuration.settings.layout.index)
            let classifier = try BlendedClassifier.current(configuration: configuration, index: index)
            return (try Reindexer(index: index, classifier: classifier, entities: EntityExtractor(gazetteer: configuration.gazetteer))
                    .run(progress: progress.report), classifier)
        }
        progress.finish()
        print("reindexed \(counted(count, "release")) with \(counted(configuration.topics.count, "topic"))")
        if let check = classifier.check { print("learned part: \(check.summary)") }
    }
}
