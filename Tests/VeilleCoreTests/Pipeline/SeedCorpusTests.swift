import Foundation
import Testing

@testable import VeilleCore

/// The five releases the project started from, in ../shared/corpus/seeds, must get the topics
/// their labels give. The texts belong to their publishers, so they are read from ../shared, not
/// copied here; without ../shared the test is skipped with a message.
@Suite(.enabled(if: SharedCorpus.isAvailable, Comment(rawValue: SharedCorpus.skipMessage)))
struct SeedCorpusTests {
    struct Seed: Sendable, CustomStringConvertible {
        var file: String
        var language: String
        var labels: Set<String>
        var description: String { file }
    }

    static var seeds: [Seed] {
        guard let data = FileManager.default.contents(atPath: SharedCorpus.root + "/corpus/seeds/labels.tsv") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { return nil }
            let labels = Set(columns[2].split(separator: ",").map(String.init).filter { $0 != "none" })
            return Seed(file: columns[0], language: columns[1], labels: labels)
        }
    }

    @Test func labelsFileListsTheFiveSeeds() {
        #expect(Self.seeds.count == 5)
    }

    @Test(arguments: seeds)
    func seedGetsTheTopicsOfItsLabel(_ seed: Seed) throws {
        let bytes = try #require(FileManager.default.contents(atPath: SharedCorpus.root + "/corpus/seeds/" + seed.file))
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        var release = try normaliser.normalise(
            InboxFile(name: seed.file, bytes: Array(bytes), contentHash: "h", receivedAt: Date()))
        release.topics = TopicClassifier(topics: try TestConfiguration.topics()).classify(release)
        #expect(Set(release.assignedTopics) == seed.labels)
        #expect(release.language.rawValue == seed.language)
        for chrome in [
            "Partager", "Recent Posts", "Laisser un commentaire", "Votre adresse e-mail", "Min de Lecture", "heures ago",
        ] {
            #expect(!release.body.contains(chrome), "\(seed.file) keeps \"\(chrome)\"")
        }
    }

    /// Share prompts, "Recent Posts" lists with their "18 heures ago" lines, comment forms and
    /// reading times: none may remain in any seed's body.
    @Test(arguments: seeds)
    func seedBodyKeepsNoPageChrome(_ seed: Seed) throws {
        let bytes = try #require(FileManager.default.contents(atPath: SharedCorpus.root + "/corpus/seeds/" + seed.file))
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(name: seed.file, bytes: Array(bytes), contentHash: "h", receivedAt: Date()))
        let rules = try TestConfiguration.boilerplate()
        for paragraph in release.body.components(separatedBy: "\n\n") {
            let folded = FoldedText(paragraph)
            let chrome = (rules.lines + rules.tailMarkers + rules.listHeadings).first { $0.matches(folded) }
            #expect(chrome == nil, "\(seed.file) keeps \"\(paragraph)\" (\(chrome?.text ?? ""))")
            let lowered = paragraph.lowercased()
            for fragment in ["partager", "recent posts", "articles récents", "commentaire", "min de lecture", " ago"] {
                #expect(!lowered.contains(fragment) || paragraph.count > 300, "\(seed.file) keeps \"\(paragraph)\"")
            }
        }
    }
}
