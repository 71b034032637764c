/// Whether the learned part may take part, decided on the analyst's own labels every time it is
/// trained: the labelled releases are cut into `folds` parts (oldest first), and each part is
/// classified by the rules alone and by the rules blended with a model trained on the other parts.
/// The blend is kept only when it gets strictly more topic decisions right than the rules do.
///
/// So a model that learns noise, or too little, stays out, and `veille status` says why.
public struct BlendCheck: Sendable, Equatable {
    public var folds: Int
    public var examples: Int
    /// Topic decisions (one per release and topic) the rules got right on the held-out parts.
    public var rulesRight: Int
    /// The same for the blend.
    public var blendRight: Int
    public var decisions: Int

    /// Fewer labelled releases than this are too few to measure anything.
    public static let minimumExamples = 10

    public var helps: Bool { blendRight > rulesRight }

    public init(examples: [CorrectionModel.Example], topics: [String], rules: TopicClassifier, maximumWeight: Double, folds: Int = 5) {
        self.examples = examples.count
        self.folds = folds
        rulesRight = 0
        blendRight = 0
        decisions = 0
        guard examples.count >= Self.minimumExamples, maximumWeight > 0 else { return }
        let fold = { (position: Int) in position * folds / examples.count }
        for part in 0..<folds {
            let training = examples.enumerated().filter { fold($0.offset) != part }.map(\.element)
            let blend = BlendedClassifier(
                rules: rules, learned: CorrectionModel(training: training, topics: topics), maximumWeight: maximumWeight)
            for (position, example) in examples.enumerated() where fold(position) == part {
                let byRules = Set(rules.classify(example.release).filter(\.assigned).map(\.topic))
                let byBlend = Set(blend.classify(example.release).filter(\.assigned).map(\.topic))
                for topic in topics {
                    let truth = example.topics.contains(topic)
                    decisions += 1
                    if byRules.contains(topic) == truth { rulesRight += 1 }
                    if byBlend.contains(topic) == truth { blendRight += 1 }
                }
            }
        }
    }

    /// One line for `veille status` and `veille explain`.
    public var summary: String {
        guard decisions > 0 else {
            return "\(examples) labelled releases: too few to measure (the learned part needs \(Self.minimumExamples))"
        }
        let verdict = helps ? "in use" : "not in use: it does not beat the rules"
        return "\(examples) labelled releases, \(folds)-part check: rules \(rulesRight)/\(decisions) topic decisions right, blend \(blendRight)/\(decisions); \(verdict)"
    }
}
