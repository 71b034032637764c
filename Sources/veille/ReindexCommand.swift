import ArgumentParser
import Foundation
import VeilleCore

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Classify every indexed release again with the current topics.",
        discussion: """
            Run it after editing or adding a topic in Config/topics. Analysts' labels are kept and \
            still win. Safe to interrupt: each batch of releases is one transaction.
            """
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let progress = Progress(label: "reindexed")
        let count = try Terminal.attempt { () throws(VeilleError) -> Int in
            let index = try ReleaseIndex(path: configuration.settings.layout.index)
            let reindexer = Reindexer(index: index, classifier: TopicClassifier(topics: configuration.topics))
            return try reindexer.run(progress: progress.report)
        }
        progress.finish()
        print("reindexed \(count) releases with \(configuration.topics.count) topics")
    }
}
