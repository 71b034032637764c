import Foundation
import Testing

@testable import VeilleCore

struct EvaluationTests {
    private func evaluation() throws -> Evaluation {
        let configuration = try TestConfiguration.repository(in: TemporaryFolder())
        let corpus = try LabelledCorpus(
            folder: Repository.fixtures + "/labelled", knownTopics: Set(configuration.topics.map(\.id)))
        return Evaluation(corpus: corpus, configuration: configuration, classifier: BlendedClassifier(rules: TopicClassifier(topics: configuration.topics)))
    }

    @Test func countsTruePositivesFalsePositivesAndMisses() throws {
        let evaluation = try evaluation()
        let figures = Dictionary(uniqueKeysWithValues: evaluation.figures().map { ($0.topic, $0) })
        #expect(figures["terrorism"]?.truePositives == 1)
        #expect(figures["diplomacy"]?.truePositives == 1)
        #expect(figures["arms-control"]?.falseNegatives == 1)
        #expect(figures["arms-control"]?.f1 == 0)
        #expect(abs(evaluation.macroF1() - 2.0 / 3.0) < 1e-9)
        #expect(abs(evaluation.exactMatch() - 2.0 / 3.0) < 1e-9)
    }

    @Test func mistakesListTheWrongReleasesWithTheirEvidence() throws {
        let evaluation = try evaluation()
        #expect(evaluation.mistakes.map(\.item.file) == ["c-visit.txt"])
        let report = EvaluationReport(evaluation: evaluation, title: "fixtures")
        #expect(report.mistakes.contains("c-visit.txt [fr]  labelled arms-control,diplomacy  predicted diplomacy"))
        #expect(report.figures.contains("macro-F1 0.667   exact match 0.667 (2/3)"))
        #expect(report.figures.contains("fr: macro-F1"))
    }

    @Test func unknownTopicInLabelsIsAnErrorWithTheLine() throws {
        let folder = try TemporaryFolder()
        try "file\tlanguage\tlabels\nx.txt\tfr\tterrorsm\n".write(toFile: folder.path + "/labels.tsv", atomically: true, encoding: .utf8)
        #expect {
            try LabelledCorpus(folder: folder.path, knownTopics: ["terrorism"])
        } throws: { error in
            "\(error)".contains("labels.tsv:2") && "\(error)".contains("\"terrorsm\" is not a configured topic")
        }
    }
}
