/// Whether the learned part may take part, decided on the analyst's own labels every time it is
/// trained: the labelled releases are cut into `folds` parts (oldest first), and each part is
/// classified by the rules and the base model alone, and with a correction model trained on the other parts.
/// The blend is kept only when it fixes more of the rules' topic decisions than it breaks, by a
/// margin that chance would rarely give: McNemar's test on the decisions where the two disagree,
/// at the 10% level. A one-decision edge on a few hundred is noise, not help.
///
/// So a model that learns noise, or too little, stays out, and `veille label` says why.
public struct BlendCheck: Sendable, Equatable {
    public var folds: Int
    public var examples: Int
    /// Topic decisions (one per release and topic) the rules got right on the held-out parts.
    public var rulesRight: Int
    /// The same for the blend.
    public var blendRight: Int
    public var decisions: Int
    /// Decisions the blend got right and the rules wrong.
    public var fixes: Int
    /// Decisions the rules got right and the blend wrong.
    public var breaks: Int

    /// Fewer labelled releases than this are too few to measure anything.
    public static let minimumExamples = 10

    /// McNemar's statistic, (fixes − breaks)² / (fixes + breaks), above the chi-square value
    /// with one degree of freedom at 10%.
    public var helps: Bool {
        fixes > breaks && Double((fixes - breaks) * (fixes - breaks)) >= Self.chiSquare10Percent * Double(fixes + breaks)
    }

    static let chiSquare10Percent = 2.706

    public init(examples: [CorrectionModel.Example], topics: [String], base: BlendedClassifier, maximumWeight: Double, folds: Int = 5) {
        self.examples = examples.count
        self.folds = folds
        rulesRight = 0
        blendRight = 0
        decisions = 0
        fixes = 0
        breaks = 0
        guard examples.count >= Self.minimumExamples, maximumWeight > 0 else { return }
        let fold = { (position: Int) in position * folds / examples.count }
        for part in 0..<folds {
            let training = examples.enumerated().filter { fold($0.offset) != part }.map(\.element)
            let blend = BlendedClassifier(
                rules: base.rules, model: base.model, learned: CorrectionModel(training: training, topics: topics),
                maximumWeight: maximumWeight)
            for (position, example) in examples.enumerated() where fold(position) == part {
                let byRules = Set(base.classify(example.release).filter(\.assigned).map(\.topic))
                let byBlend = Set(blend.classify(example.release).filter(\.assigned).map(\.topic))
                for topic in topics {
                    let truth = example.topics.contains(topic)
                    decisions += 1
                    let rulesAreRight = byRules.contains(topic) == truth
                    let blendIsRight = byBlend.contains(topic) == truth
                    if rulesAreRight { rulesRight += 1 }
                    if blendIsRight { blendRight += 1 }
                    if blendIsRight, !rulesAreRight { fixes += 1 }
                    if rulesAreRight, !blendIsRight { breaks += 1 }
                }
            }
        }
    }

    /// One line for `veille status` and `veille explain`.
    public var summary: String {
        guard decisions > 0 else {
            return "\(examples) labelled releases: too few to measure (the learned part needs \(Self.minimumExamples))"
        }
        let verdict = helps ? "in use" : "not in use: it does not clearly beat the classifier without it"
        return "\(examples) labelled releases, \(folds)-part check: without corrections \(rulesRight)/\(decisions) topic decisions right, with them \(blendRight)/\(decisions) (fixes \(fixes), breaks \(breaks)); \(verdict)"
    }
}
