import Foundation
import Testing

@testable import VeilleCore

struct StemFeaturesTests {
    @Test func inflectionsOfAWordShareOneFeature() {
        let plural = StemFeatures(LearnedReleases.release("", ["Les otages libérés"]))
        let singular = StemFeatures(LearnedReleases.release("", ["l’otage libéré"]))
        #expect(!Set(plural.hashes).isDisjoint(with: singular.hashes))
        #expect(plural.hashes.count == 2)
    }

    @Test func commonWordsShortWordsAndNumbersAreLeftOut() {
        let features = StemFeatures(LearnedReleases.release("", ["Le 12 juin, il a dit que la 3e réunion aura lieu"]), keepingStems: true)
        #expect(Set(features.stems.values) == ["dit", "reunion", "aur", "lieu"])
    }

    @Test func headlineWordsAreTheirOwnFeatures() {
        let inTitle = StemFeatures(LearnedReleases.release("Rançon", ["Texte"]), keepingStems: true)
        #expect(Set(inTitle.stems.values) == ["title:rancon", "text"])
    }
}

struct LogisticRegressionTests {
    private func examples() -> [LogisticRegression.Example] {
        (0..<20).map { number in
            LogisticRegression.Example(features: number.isMultiple(of: 2) ? [1, 2, 10] : [3, 4, 10], positive: number.isMultiple(of: 2))
        }
    }

    @Test func learnsWhichFeaturesMarkAPositive() {
        let model = LogisticRegression.train(examples(), l2: 0.01)
        #expect(model.probability(of: [1, 2]) > 0.8)
        #expect(model.probability(of: [3, 4]) < 0.2)
        #expect(abs(model.probability(of: [10]) - 0.5) < 0.1, "a feature on both sides tells nothing")
    }

    @Test func sameTrainingGivesSameWeights() {
        #expect(LogisticRegression.train(examples(), l2: 0.01).weights == LogisticRegression.train(examples(), l2: 0.01).weights)
    }

    @Test func featureSeenInOneReleaseIsNotLearned() {
        var examples = examples()
        examples[0].features.append(99)
        #expect(LogisticRegression.train(examples, l2: 0.01).weights[99] == nil)
    }
}

struct LearnedBlendTests {
    private func rules() throws -> TopicClassifier { TopicClassifier(topics: try TestConfiguration.topics()) }
    private let topics = ["terrorism", "arms-control", "diplomacy"]

    private func terrorism(_ scores: [TopicScore]) -> TopicScore? { scores.first { $0.topic == "terrorism" } }

    @Test func kidnappingIsJustUnderTheThresholdForTheRules() throws {
        let score = try #require(terrorism(try rules().classify(LearnedReleases.kidnapping(101))))
        #expect(score.score > 0.3 && !score.assigned, "the blend tests below need a borderline case, got \(score.score)")
    }

    @Test func labelsTipABorderlineRelease() throws {
        let model = CorrectionModel(training: LearnedReleases.examples(count: 40), topics: topics)
        let blend = BlendedClassifier(rules: try rules(), learned: model, maximumWeight: 0.5)
        let kidnapping = try #require(terrorism(blend.classify(LearnedReleases.kidnapping(101))))
        #expect(kidnapping.assigned)
        #expect((kidnapping.learned ?? 0) > 0.5)
        let market = terrorism(blend.classify(LearnedReleases.ordinary(101)))
        #expect(market?.assigned != true)
    }

    @Test func zeroWeightLeavesTheRulesAlone() throws {
        let model = CorrectionModel(training: LearnedReleases.examples(count: 40), topics: topics)
        let blend = BlendedClassifier(rules: try rules(), learned: model, maximumWeight: 0)
        let release = LearnedReleases.kidnapping(101)
        #expect(blend.classify(release) == (try rules().classify(release)))
    }

    @Test func learnedPartAloneNeverFilesAReleaseTheRulesFindNothingIn() throws {
        let model = CorrectionModel(training: LearnedReleases.examples(count: 400), topics: topics)
        let blend = BlendedClassifier(rules: try rules(), learned: model, maximumWeight: 0.5)
        let bare = LearnedReleases.release(
            "Enlèvement près de Gao", ["Des ravisseurs ont enlevé deux travailleurs.", "Les ravisseurs réclament une rançon."])
        #expect(terrorism(try rules().classify(bare)) == nil)
        #expect(terrorism(blend.classify(bare))?.assigned != true)
    }

    @Test func topicWithTooFewLabelledReleasesOnEitherSideGetsNoModel() {
        let model = CorrectionModel(training: LearnedReleases.examples(count: 40), topics: topics)
        #expect(model.topics == ["terrorism"], "no labelled release is filed under arms-control or diplomacy")
        let few = CorrectionModel(training: LearnedReleases.examples(count: 5), topics: topics)
        #expect(few.topics.isEmpty, "2 releases on one side are fewer than \(CorrectionModel.minimumPerSide)")
    }

    @Test func checkKeepsABlendThatFixesTheRulesMistakes() throws {
        let check = BlendCheck(examples: LearnedReleases.examples(count: 40), topics: topics, base: BlendedClassifier(rules: try rules()), maximumWeight: 0.5)
        #expect(check.helps)
        #expect(check.blendRight > check.rulesRight)
        #expect(check.summary.hasSuffix("; in use"))
    }

    @Test func aFewMoreRightDecisionsAreNotEnoughToKeepTheBlend() throws {
        var check = BlendCheck(examples: [], topics: topics, base: BlendedClassifier(rules: try rules()), maximumWeight: 0.5)
        for (fixes, breaks, helps) in [(2, 0, false), (3, 0, true), (10, 5, false), (20, 5, true), (4, 6, false)] {
            check.fixes = fixes
            check.breaks = breaks
            #expect(check.helps == helps, "\(fixes) fixes, \(breaks) breaks")
        }
    }

    @Test func checkDropsABlendLearnedFromContradictoryLabels() throws {
        // The same two releases labelled both ways, over and over: nothing to learn.
        let examples = (0..<40).map { number in
            CorrectionModel.Example(
                release: number % 4 < 2 ? LearnedReleases.kidnapping(1) : LearnedReleases.ordinary(1),
                topics: number.isMultiple(of: 2) ? ["terrorism"] : [])
        }
        let classifier = BlendedClassifier.trained(rules: try rules(), examples: examples, topics: topics, maximumWeight: 0.5)
        #expect(classifier.learned == nil)
        #expect(classifier.check?.helps == false)
        #expect(classifier.check?.summary.contains("not in use") == true)
    }

    @Test func tooFewLabelsAreNotMeasured() throws {
        let classifier = BlendedClassifier.trained(
            rules: try rules(), examples: LearnedReleases.examples(count: 6), topics: topics, maximumWeight: 0.5)
        #expect(classifier.learned == nil)
        #expect(classifier.check?.summary.contains("too few") == true)
    }

    @Test func explanationShowsTheLearnedShareAndItsStems() throws {
        let classifier = BlendedClassifier.trained(
            rules: try rules(), examples: LearnedReleases.examples(count: 40), topics: topics, maximumWeight: 0.5)
        let text = classifier.explanation(of: LearnedReleases.kidnapping(101)).text
        #expect(text.contains("learned part: 40 labelled releases"))
        #expect(text.contains("terrorism: score") && text.contains("filed under terrorism"))
        #expect(text.contains("corrections: learned 0.") && text.contains("stems:"))
    }
}
