import Crypto
import Foundation

/// The labelled corpora a base model is trained on, read the way `veille eval` reads them:
/// each file normalised as the pipeline would, with its topics and its split group.
public struct TrainingCorpora: Sendable {
    public var examples: [TopicModelTrainer.Example]
    /// "train 335, dev 129, seeds 5": each folder's name and how many releases it gave.
    public var description: String
    /// SHA-256 over every file's labels line and bytes, in order.
    public var fingerprint: String

    public static let defaultFolders = ["../shared/corpus/train", "../shared/corpus/dev", "../shared/corpus/seeds"]

    public init(folders: [String], configuration: Configuration) throws(VeilleError) {
        let normaliser = Normaliser(configuration: configuration)
        let known = Set(configuration.topics.map(\.id))
        var hash = SHA256()
        var examples: [TopicModelTrainer.Example] = []
        var sizes: [String] = []
        for folder in folders {
            let corpus = try LabelledCorpus(folder: folder, knownTopics: known)
            let groups = corpus.splitGroups
            var count = 0
            for (item, group) in zip(corpus.items, groups) {
                let bytes = try FileSystem.read(corpus.path(of: item), limit: configuration.settings.maxFileSize)
                hash.update(data: Array("\(item.file)\t\(item.language.rawValue)\t\(item.topics.sorted())\n".utf8))
                hash.update(data: bytes)
                // A file that cannot be normalised teaches nothing; `veille eval` lists it.
                guard
                    let release = try? normaliser.normalise(
                        InboxFile(name: item.file, bytes: bytes, contentHash: "", receivedAt: Date(timeIntervalSince1970: 0)))
                else { continue }
                examples.append(.init(release: release, topics: item.topics, group: group))
                count += 1
            }
            sizes.append("\((folder as NSString).lastPathComponent) \(count)")
        }
        self.examples = examples
        description = sizes.joined(separator: ", ")
        fingerprint = hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The model these corpora give with `configuration`'s topics.
    public func train(configuration: Configuration) -> TopicModel {
        TopicModelTrainer(rules: TopicClassifier(topics: configuration.topics), topics: configuration.topics.map(\.id))
            .train(
                examples,
                about: .init(version: TopicModel.version, examples: examples.count, corpora: description, fingerprint: fingerprint))
    }
}
