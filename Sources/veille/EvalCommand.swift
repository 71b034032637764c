import ArgumentParser
import Foundation
import VeilleCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure topic classification against a labelled corpus.",
        discussion: """
            DIR holds labels.tsv (file, language, labels, … separated by tabs, after a header line) \
            and the files it names. Prints precision, recall and F1 per topic, the macro-F1, the \
            exact-match rate, the same per language, and each mistake with its evidence. With \
            --min-* floors, exits 1 when a figure falls below its floor, so CI turns a regression red.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The labelled corpus folder.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("Fail when the macro-F1 is below this.", valueName: "f1"))
    var minMacroF1: Double?

    @Option(help: ArgumentHelp("Fail when the exact-match rate is below this.", valueName: "rate"))
    var minExact: Double?

    @Option(help: ArgumentHelp("Fail when any language's macro-F1 is below this.", valueName: "f1"))
    var minLanguageF1: Double?

    @Flag(help: "Print the figures only, not the list of mistakes.")
    var noMistakes = false

    @Option(
        help: ArgumentHelp(
            "Also measure search with these judged queries (query, tab, files that must be in the top 5).",
            valueName: "file"))
    var queries: String?

    @Option(help: ArgumentHelp("Fail when the search's recall at 5 is below this.", valueName: "recall"))
    var minRecall: Double?

    @Flag(help: "Also measure story detection against the same-event groups named in the why column.")
    var stories = false

    @Option(help: ArgumentHelp("Fail when the stories' pair precision is below this.", valueName: "precision"))
    var minStoryPrecision: Double?

    @Option(help: ArgumentHelp("Fail when the stories' pair recall is below this.", valueName: "recall"))
    var minStoryRecall: Double?

    @Option(
        help: ArgumentHelp(
            "Also measure the learned blend: train on all parts but one, classify that one, for each of K parts.",
            valueName: "k"))
    var crossValidate: Int?

    @Option(help: ArgumentHelp("The learned part's maximum weight in --cross-validate (default: learned_weight).", valueName: "w"))
    var learnedWeight: Double?

    @Option(help: ArgumentHelp("Fail when the blend's macro-F1 under --cross-validate is below this.", valueName: "f1"))
    var minBlendedMacroF1: Double?

    func validate() throws {
        if let crossValidate, crossValidate < 2 { throw ValidationError("--cross-validate needs at least 2 parts.") }
        if let learnedWeight, !(0...1).contains(learnedWeight) { throw ValidationError("--learned-weight is from 0 to 1.") }
        if minBlendedMacroF1 != nil, crossValidate == nil { throw ValidationError("--min-blended-macro-f1 needs --cross-validate.") }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        let corpus = try Terminal.attempt { () throws(VeilleError) in
            try LabelledCorpus(folder: folder, knownTopics: Set(configuration.topics.map(\.id)))
        }
        let rules = TopicClassifier(topics: configuration.topics)
        let evaluation = Evaluation(corpus: corpus, configuration: configuration, classifier: BlendedClassifier(rules: rules))
        let report = EvaluationReport(evaluation: evaluation, title: folder)
        print(report.figures)
        if !noMistakes { print(report.mistakes) }
        var shortfalls: [String] = []
        if let crossValidate {
            let validation = CrossValidation(
                evaluation: evaluation, rules: rules, maximumWeight: learnedWeight ?? configuration.settings.learnedWeight,
                folds: crossValidate)
            print(validation.report(title: folder))
            if let floor = minBlendedMacroF1, validation.guarded.macroF1() < floor {
                shortfalls.append("blended macro-F1 \(format(validation.guarded.macroF1())) < \(floor)")
            }
        }
        if let queries {
            let search = try Terminal.attempt { () throws(VeilleError) in try SearchEvaluation(queries: queries, evaluation: evaluation) }
            print(search.report)
            if let floor = minRecall, search.recallAt5 < floor {
                shortfalls.append("search recall@5 \(format(search.recallAt5)) < \(floor)")
            }
        }
        if stories || minStoryPrecision != nil || minStoryRecall != nil {
            let stories = try Terminal.attempt { () throws(VeilleError) in
                try StoryEvaluation(corpus: corpus, configuration: configuration)
            }
            print(stories.report)
            if let floor = minStoryPrecision, stories.precision < floor {
                shortfalls.append("story pair precision \(format(stories.precision)) < \(floor)")
            }
            if let floor = minStoryRecall, stories.recall < floor {
                shortfalls.append("story pair recall \(format(stories.recall)) < \(floor)")
            }
        }
        if let floor = minMacroF1, evaluation.macroF1() < floor {
            shortfalls.append("macro-F1 \(format(evaluation.macroF1())) < \(floor)")
        }
        if let floor = minExact, evaluation.exactMatch() < floor {
            shortfalls.append("exact match \(format(evaluation.exactMatch())) < \(floor)")
        }
        if let floor = minLanguageF1 {
            for language in evaluation.languages where evaluation.macroF1(for: [language]) < floor {
                shortfalls.append("\(language.rawValue) macro-F1 \(format(evaluation.macroF1(for: [language]))) < \(floor)")
            }
        }
        guard shortfalls.isEmpty else {
            Terminal.error("\(folder): below the floor: " + shortfalls.joined(separator: "; "))
            throw ExitCode(ExitStatus.failure)
        }
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
