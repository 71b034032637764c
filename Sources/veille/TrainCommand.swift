import ArgumentParser
import Foundation
import VeilleCore

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the base topic model from labelled corpora and write it to Config.",
        discussion: """
            Each CORPUS folder holds labels.tsv and the files it names, as for `veille eval`. The \
            model is written where the `model` setting says (Config/model/topics.tsv), atomically; \
            the same corpora and topic files always give the same bytes. With --check, nothing is \
            written: exits 1 when the file differs from what training gives now.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Labelled corpus folders (default: ../shared/corpus/train, dev and seeds).", valueName: "corpus"))
    var folders: [String] = TrainingCorpora.defaultFolders

    @Option(help: ArgumentHelp("Write the model here instead of the `model` setting's path.", valueName: "file"))
    var output: String?

    @Flag(help: "Compare with the model file instead of writing it; exit 1 when they differ.")
    var check = false

    func run() throws {
        let configuration = try options.loadConfigurationForTraining()
        guard let path = output ?? configuration.settings.model else {
            Terminal.error("the `model` setting is empty: say where to write the model with --output")
            throw ExitCode(ExitStatus.usage)
        }
        let text = try Terminal.attempt { () throws(VeilleError) -> String in
            let corpora = try TrainingCorpora(folders: folders, configuration: configuration)
            return TopicModelFile.write(corpora.train(configuration: configuration))
        }
        let bytes = Array(text.utf8)
        if check {
            let current = FileManager.default.contents(atPath: path).map { Array($0) }
            guard current == bytes else {
                Terminal.error("\(path) is not what `veille train` gives from \(folders.joined(separator: ", ")): run `veille train` and commit the file")
                throw ExitCode(ExitStatus.failure)
            }
            print("\(path): what `veille train` gives (\(bytes.count) bytes)")
            return
        }
        try Terminal.attempt { () throws(VeilleError) in try FileSystem.writeAtomically(bytes, to: path) }
        let model = try Terminal.attempt { () throws(VeilleError) -> TopicModel in
            do throws(ConfigError) { return try TopicModelFile.read(path: path) } catch { throw VeilleError(.config, path: path, error.problem) }
        }
        print("\(path): \(model.about.examples) releases (\(model.about.corpora)), topics \(model.topics.joined(separator: ", ")), \(bytes.count) bytes")
    }
}
