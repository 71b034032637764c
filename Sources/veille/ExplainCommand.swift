import ArgumentParser
import Foundation
import VeilleCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how each topic's score was reckoned for a file or an indexed release.",
        discussion: """
            Given a file, normalises and classifies it without indexing it. Given an id (12 or #12), \
            classifies the indexed release again with the current topics, and shows the analyst's \
            labels, which win over the score. Where analysts' labels have taught the classifier \
            something, shows what the learned part added and the stems behind it.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("A file, or the id of an indexed release.", valueName: "file|id"))
    var target: String

    func run() throws {
        let configuration = try options.loadConfiguration()
        _ = options.bootstrapLogging(quietByDefault: true)
        let (release, labels, classifier) = try Terminal.attempt {
            () throws(VeilleError) -> (Release, [String: Bool], BlendedClassifier) in
            let indexPath = configuration.settings.layout.index
            let index = FileManager.default.fileExists(atPath: indexPath) ? try ReleaseIndex(path: indexPath, readOnly: true) : nil
            let classifier = try BlendedClassifier.current(configuration: configuration, index: index)
            if !FileManager.default.fileExists(atPath: target), let number = try? ReleaseNumber.parse(target) {
                guard let index, let entry = try index.release(id: number) else {
                    throw VeilleError(.notFound, "There is no release #\(number) in the index.")
                }
                return (entry.release, try index.labels(of: number), classifier)
            }
            let bytes = try FileSystem.read(target, limit: configuration.settings.maxFileSize)
            let normaliser = Normaliser(configuration: configuration)
            let file = InboxFile(
                name: (target as NSString).lastPathComponent, bytes: bytes, contentHash: "", receivedAt: Date())
            return (try normaliser.normalise(file), [:], classifier)
        }
        print("\(release.title) [\(release.language.rawValue), \(release.titleOrigin.rawValue) title]")
        print(classifier.explanation(of: release, labels: labels).text)
    }
}
