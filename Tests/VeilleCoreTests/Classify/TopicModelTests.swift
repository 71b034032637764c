import Foundation
import Testing

@testable import VeilleCore

/// Short releases we wrote for the base model's tests: attacks told without the word "terrorisme",
/// and ordinary news, in French.
enum ModelReleases {
    static func release(_ title: String, _ body: String) -> Release {
        Release(
            fileName: "m.txt", contentHash: "h", format: .text, title: title, titleOrigin: .firstLine, body: body,
            language: .fr, receivedAt: Date(timeIntervalSince1970: 0))
    }

    static let places = ["Dapaong", "Mango", "Kpendjal", "Tône", "Cinkassé", "Naki-Est", "Borgou", "Tillabéri"]

    static func attack(_ number: Int) -> Release {
        let place = places[number % places.count]
        return release(
            "Des assaillants frappent \(place)",
            """
            Des hommes armés non identifiés ont attaqué le village de \(place) dans la nuit.
            Les assaillants ont incendié des maisons et tué des civils avant de se replier vers la frontière.
            Les forces de défense ont renforcé leur présence dans la zone après l’attaque du poste.
            """)
    }

    static func market(_ number: Int) -> Release {
        let place = places[number % places.count]
        return release(
            "Le marché de \(place) rouvre",
            """
            Le grand marché de \(place) a rouvert ses portes après des travaux de rénovation.
            Les commerçantes saluent les nouveaux hangars et l’éclairage des allées.
            La mairie prévoit une foire agricole au mois prochain.
            """)
    }

    /// Eight attacks and eight markets, each its own group.
    static func examples() -> [TopicModelTrainer.Example] {
        (0..<8).flatMap { number in
            [
                TopicModelTrainer.Example(release: attack(number), topics: ["terrorism"], group: "a\(number)"),
                TopicModelTrainer.Example(release: market(number), topics: [], group: "m\(number)"),
            ]
        }
    }

    static let about = TopicModel.About(version: TopicModel.version, examples: 16, corpora: "ours 16", fingerprint: "test")
}

struct TopicModelTests {
    private func trainer(topics: [String] = ["terrorism", "arms-control", "diplomacy"]) throws -> TopicModelTrainer {
        TopicModelTrainer(rules: TopicClassifier(topics: try TestConfiguration.topics()), topics: topics)
    }

    @Test func sameExamplesGiveTheSameFileAndTheFileReadsBackTheSame() throws {
        let first = TopicModelFile.write(try trainer().train(ModelReleases.examples(), about: ModelReleases.about))
        let second = TopicModelFile.write(try trainer().train(ModelReleases.examples(), about: ModelReleases.about))
        #expect(first == second)
        let read = try TopicModelFile.parse(first, path: "topics.tsv")
        #expect(TopicModelFile.write(read) == first)
        #expect(read.about == ModelReleases.about)
        #expect(read.topics == ["terrorism"], "the examples have no arms-control or diplomacy release: those topics get no part")
    }

    @Test func modelFilesAnAttackToldWithoutTheWordThatTheRulesMiss() throws {
        let model = try trainer().train(ModelReleases.examples(), about: ModelReleases.about)
        let rules = TopicClassifier(topics: try TestConfiguration.topics())
        let attack = ModelReleases.release(
            "Des assaillants tuent trois civils",
            "Des hommes armés non identifiés ont attaqué un village. Les assaillants ont incendié des maisons et tué des civils.")
        #expect(!rules.classify(attack).contains { $0.topic == "terrorism" && $0.assigned })
        let blended = BlendedClassifier(rules: rules, model: model).classify(attack)
        let terrorism = try #require(blended.first { $0.topic == "terrorism" })
        #expect(terrorism.assigned)
        #expect((terrorism.model ?? 0) > 0.5)
        let market = BlendedClassifier(rules: rules, model: model).classify(ModelReleases.market(3))
        #expect(!market.contains { $0.assigned })
    }

    @Test func topicWithoutAPartIsLeftToItsRules() throws {
        let model = try trainer().train(ModelReleases.examples(), about: ModelReleases.about)
        let rules = TopicClassifier(topics: try TestConfiguration.topics())
        let visit = ModelReleases.release(
            "Visite officielle du ministre des Affaires étrangères",
            "Le ministre des Affaires étrangères a reçu son homologue pour des entretiens bilatéraux sur la coopération.")
        let byRules = try #require(rules.classify(visit).first { $0.topic == "diplomacy" })
        let byBlend = try #require(
            BlendedClassifier(rules: rules, model: model).classify(visit).first { $0.topic == "diplomacy" })
        #expect(byBlend.score == byRules.score)
        #expect(byBlend.model == nil)
    }

    @Test func explanationShowsTheModelsShareAndItsFeatures() throws {
        let model = try trainer().train(ModelReleases.examples(), about: ModelReleases.about)
        let blend = BlendedClassifier(rules: TopicClassifier(topics: try TestConfiguration.topics()), model: model)
        let text = blend.explanation(of: ModelReleases.attack(2)).text
        #expect(text.contains("base model"))
        #expect(text.contains("model features: "))
        #expect(text.contains("rules 0.00, base model 0.9"), "the rules found nothing; the model did")
    }

    @Test func aBrokenLineIsNamed() throws {
        let text = TopicModelFile.write(try trainer().train(ModelReleases.examples(), about: ModelReleases.about))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = lines.count - 2
        lines[last] = lines[last].replacingOccurrences(of: "\t", with: "\tx", options: [], range: nil)
        do {
            _ = try TopicModelFile.parse(lines.joined(separator: "\n"), path: "Config/model/topics.tsv")
            Issue.record("a broken line was read")
        } catch {
            #expect(error.line == last + 1)
            #expect(error.file == "Config/model/topics.tsv")
        }
    }

    @Test func aStemSaidAgainWeighsMoreThanOneSaidOnce() throws {
        let release = ModelReleases.release(
            "Réunion à Mango",
            "Les assaillants sont partis. Les assaillants sont revenus. Les assaillants ont fui. Un marché a rouvert.")
        let features = ModelFeatures(release, keepingNames: true)
        let count = { (name: String) in features.counts[features.hashes.firstIndex(of: ModelFeatures.hash(name)) ?? 0] }
        #expect(count("b:assaill") == 3)
        #expect(count("b:march") == 1)
        let idf = Dictionary(uniqueKeysWithValues: features.hashes.map { ($0, 1.0) })
        let vector = TopicModel.vector(features, idf: idf)
        let value = { (name: String) in vector.values[vector.hashes.firstIndex(of: ModelFeatures.hash(name)) ?? 0] }
        #expect(value("b:assaill") > 2 * value("b:march"))
    }

    @Test func aFrenchAndAnEnglishReleaseShareTheirWordsPrefixes() throws {
        var english = ModelReleases.release("Terrorist attack", "The nuclear talks resumed after the terrorist attack.")
        english.language = .en
        let french = ModelReleases.release(
            "Attaque terroriste", "Les négociations nucléaires ont repris après l’attaque terroriste.")
        let names = { (release: Release) in Set(ModelFeatures(release, keepingNames: true).names.values) }
        let shared = names(english).intersection(names(french))
        #expect(shared.isSuperset(of: ["x:terro", "x:nucle"]))
        #expect(!shared.contains { $0.hasPrefix("b:") }, "stems stay apart: one stemmer per language")
        #expect(!names(french).contains("x:les"), "words shorter than five letters give no prefix")
    }

    @Test func aModelOfAnotherVersionIsRefusedWithAReason() throws {
        do {
            _ = try TopicModelFile.parse("veille-topic-model\t99\n", path: "m.tsv")
            Issue.record("version 99 was read")
        } catch {
            #expect(error.line == 1)
            #expect(error.problem.contains("veille train"))
        }
    }

    @Test func uncertainMeansNearTheThresholdAndNotDecidedByAnAnalyst() {
        let near = TopicScore(topic: "t", score: 0.62, assigned: true, evidence: [])
        let far = TopicScore(topic: "t", score: 0.93, assigned: true, evidence: [])
        var labelled = near
        labelled.corrected = true
        #expect(near.isUncertain(threshold: 0.5))
        #expect(!far.isUncertain(threshold: 0.5))
        #expect(!labelled.isUncertain(threshold: 0.5))
    }

    @Test func searchFilterFindsOnlyReleasesWithADecisionToCheck() throws {
        let index = try ReleaseIndex.inMemory()
        let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)
        for (hash, score) in [("near", 0.58), ("far", 0.97)] {
            var release = ModelReleases.attack(1)
            release.contentHash = hash
            release.topics = [TopicScore(topic: "terrorism", score: score, assigned: true, evidence: [])]
            _ = try index.add(release, archivedPath: "archive/\(hash).txt", receivedOn: day, at: Date())
        }
        let found = try index.latest(filteredBy: SearchFilters(uncertain: ["terrorism": 0.5], limit: 10))
        #expect(found.map(\.release.contentHash) == ["near"])
    }
}

struct SplitGroupTests {
    @Test func sameEventGroupsThreadsAndLinkedItemsShareOneSide() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "labels.tsv",
            """
            file\tlanguage\tlabels\tsource\twhy
            items/001.txt\tfr\tnone\t-\tSAME-EVENT group XA (001+004)
            items/002.txt\tfr\tnone\t-\t[THREAD: AU summits; different events]
            items/003.txt\tfr\tnone\t-\tsame event as 001
            items/004.txt\tfr\tnone\t-\tSAME-EVENT group XA
            items/005.txt\tfr\tnone\t-\t[THREAD: AU summits; later]
            items/006.txt\tfr\tnone\t-\ta release of its own
            """)
        let corpus = try LabelledCorpus(folder: folder.path, knownTopics: [])
        let groups = corpus.splitGroups
        #expect(groups[0] == groups[2] && groups[0] == groups[3])
        #expect(groups[1] == groups[4])
        #expect(Set(groups).count == 3)
        let folds = GroupedFolds(groups: groups, count: 3)
        #expect(folds[0] == folds[3] && folds[1] == folds[4])
        #expect(Set(groups.indices.map { folds[$0] }).count == 3, "three groups, one per part")
    }
}
