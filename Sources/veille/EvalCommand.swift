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

    @Argument(help: ArgumentHelp("The labelled corpus folders, measured as one.", valueName: "dir"))
    var folders: [String]

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
            "Also measure a base model trained on the labels, by grouped cross-validation: train on all parts but one, classify that one, for each of K parts.",
            valueName: "k"))
    var crossValidate: Int?

    @Option(
        help: ArgumentHelp(
            "Cut the --cross-validate parts by a hash of this seed instead of dealing the groups in turn; repeat with a few seeds to see how much the figures owe to one cut.",
            valueName: "seed"))
    var shuffle: String?

    @Option(help: ArgumentHelp("Fail when the blend's macro-F1 under --cross-validate is below this.", valueName: "f1"))
    var minBlendedMacroF1: Double?

    @Option(help: ArgumentHelp("Fail when the blend's exact-match rate under --cross-validate is below this.", valueName: "rate"))
    var minBlendedExact: Double?

    @Option(
        help: ArgumentHelp("Fail when any language's blended macro-F1 under --cross-validate is below this.", valueName: "f1"))
    var minBlendedLanguageF1: Double?

    @Flag(help: "Measure the topic rules alone, without the base model of Config.")
    var rulesOnly = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("Name at least one labelled corpus folder.") }
        if shuffle != nil, crossValidate == nil { throw ValidationError("--shuffle needs --cross-validate.") }
        if let crossValidate, crossValidate < 2 { throw ValidationError("--cross-validate needs at least 2 parts.") }
        if minBlendedMacroF1 != nil || minBlendedExact != nil || minBlendedLanguageF1 != nil, crossValidate == nil {
            throw ValidationError("--min-blended-* floors need --cross-validate.")
        }
        if folders.count > 1, stories || queries != nil {
            throw ValidationError("--stories and --queries measure one corpus folder at a time.")
        }
    }

    func run() throws {
        let configuration = try options.loadConfiguration()
        let corpora = try Terminal.attempt { () throws(VeilleError) in
            var corpora: [LabelledCorpus] = []
            for folder in folders {
                corpora.append(try LabelledCorpus(folder: folder, knownTopics: Set(configuration.topics.map(\.id))))
            }
            return corpora
        }
        let rules = TopicClassifier(topics: configuration.topics)
        // Cross-validation trains its own models: the figures it starts from are the rules'.
        let classifier =
            rulesOnly || crossValidate != nil
            ? BlendedClassifier(rules: rules) : BlendedClassifier(rules: rules, model: configuration.model)
        let evaluations = corpora.map { Evaluation(corpus: $0, configuration: configuration, classifier: classifier) }
        let evaluation =
            evaluations.count == 1
            ? evaluations[0] : Evaluation(merging: zip(folders, evaluations).map { (($0 as NSString).lastPathComponent, $1) })
        let folder = folders.joined(separator: " + ")
        let describing =
            configuration.model == nil || rulesOnly || crossValidate != nil ? "topic rules" : "topic rules and base model"
        let report = EvaluationReport(evaluation: evaluation, title: "\(folder) (\(describing))")
        print(report.figures)
        if !noMistakes { print(report.mistakes) }
        var shortfalls: [String] = []
        if let crossValidate {
            let validation = CrossValidation(
                evaluation: evaluation, groups: corpora.flatMap(\.splitGroups), rules: rules, folds: crossValidate,
                shuffle: shuffle)
            print(validation.report(title: folder))
            if !noMistakes { print(validation.changes) }
            shortfalls += Self.shortfalls(
                of: validation.blend, named: "blended ", macroF1: minBlendedMacroF1, exact: minBlendedExact,
                languageF1: minBlendedLanguageF1)
        }
        if let queries {
            let search = try Terminal.attempt { () throws(VeilleError) in
                try SearchEvaluation(queries: queries, evaluation: evaluation)
            }
            print(search.report)
            if let floor = minRecall, search.recallAt5 < floor {
                shortfalls.append("search recall@5 \(format(search.recallAt5)) < \(floor)")
            }
        }
        if stories || minStoryPrecision != nil || minStoryRecall != nil {
            let stories = try Terminal.attempt { () throws(VeilleError) in
                try StoryEvaluation(corpus: corpora[0], configuration: configuration)
            }
            print(stories.report)
            if let floor = minStoryPrecision, stories.precision < floor {
                shortfalls.append("story pair precision \(format(stories.precision)) < \(floor)")
            }
            if let floor = minStoryRecall, stories.recall < floor {
                shortfalls.append("story pair recall \(format(stories.recall)) < \(floor)")
            }
        }
        shortfalls += Self.shortfalls(of: evaluation, named: "", macroF1: minMacroF1, exact: minExact, languageF1: minLanguageF1)
        guard shortfalls.isEmpty else {
            Terminal.error("\(folder): below the floor: " + shortfalls.joined(separator: "; "))
            throw ExitCode(ExitStatus.failure)
        }
    }

    /// The classification figures of `evaluation` below their floors, each named.
    private static func shortfalls(
        of evaluation: Evaluation, named prefix: String, macroF1: Double?, exact: Double?, languageF1: Double?
    ) -> [String] {
        var shortfalls: [String] = []
        if let floor = macroF1, evaluation.macroF1() < floor {
            shortfalls.append("\(prefix)macro-F1 \(format(evaluation.macroF1())) < \(floor)")
        }
        if let floor = exact, evaluation.exactMatch() < floor {
            shortfalls.append("\(prefix)exact match \(format(evaluation.exactMatch())) < \(floor)")
        }
        if let floor = languageF1 {
            for language in evaluation.languages where evaluation.macroF1(for: [language]) < floor {
                shortfalls.append(
                    "\(prefix)\(language.rawValue) macro-F1 \(format(evaluation.macroF1(for: [language]))) < \(floor)")
            }
        }
        return shortfalls
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
    private func format(_ value: Double) -> String { Self.format(value) }
}
