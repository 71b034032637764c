/// A topic as an analyst defines it in `Config/topics/ID.yaml`: weighted terms per language and
/// the score a release needs to be filed under it.
public struct TopicDefinition: Sendable, Equatable {
    /// The file's name without `.yaml`: what the index, `--topic` and the digest use.
    public var id: String
    /// The heading in each digest language.
    public var labels: [DigestLanguage: String]
    /// Where the topic comes in the digest: lower first.
    public var order: Int
    /// The score, between 0 and 1, at or above which a release gets this topic.
    public var threshold: Double
    /// How much weighted evidence, in a release of ordinary length, makes a score of 0.5.
    public var scale: Double
    public var terms: [Language: [TopicTerm]]

    public static let defaultThreshold = 0.5
    public static let defaultScale = 6.0

    public init(
        id: String, labels: [DigestLanguage: String], order: Int, threshold: Double = defaultThreshold,
        scale: Double = defaultScale, terms: [Language: [TopicTerm]]
    ) {
        self.id = id
        self.labels = labels
        self.order = order
        self.threshold = threshold
        self.scale = scale
        self.terms = terms
    }

    public func label(in language: DigestLanguage) -> String { labels[language] ?? labels[.en] ?? id }
}

/// One weighted term or phrase. A `*` at the end of a word matches any ending:
/// `terroris*` matches terrorisme, terroriste and terrorism.
///
/// Context rules, in the spirit of the Europe Media Monitor's combinations: a term with `near`
/// counts only where one of those terms is within `within` words of it ("arms" near "seized");
/// a term with `unless` does not count where one of those is that close ("sécurité" unless
/// "sociale").
public struct TopicTerm: Sendable, Equatable {
    /// As written in the file: what evidence shows.
    public var text: String
    public var weight: Double
    public var pattern: TermPattern
    public var near: [TermPattern]
    public var unless: [TermPattern]
    /// How many words away a `near` or `unless` term may be.
    public var within: Int

    public static let defaultWithin = 8

    public init(
        text: String, weight: Double, pattern: TermPattern, near: [TermPattern] = [], unless: [TermPattern] = [],
        within: Int = defaultWithin
    ) {
        self.text = text
        self.weight = weight
        self.pattern = pattern
        self.near = near
        self.unless = unless
        self.within = within
    }
}

/// A term folded like release text: a sequence of tokens, each matched whole or as a prefix.
public struct TermPattern: Sendable, Equatable, Hashable {
    public var tokens: [[UInt8]]
    public var isPrefix: [Bool]

    /// Folds `text` as release text is folded; nil when nothing is left to match or a `*` is
    /// not at the end of a word.
    public init?(_ text: String) {
        var tokens: [[UInt8]] = []
        var isPrefix: [Bool] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let wildcard = word.hasSuffix("*")
            let stem = wildcard ? word.dropLast() : word
            if stem.contains("*") { return nil }
            let folded = FoldedText(String(stem))
            guard folded.count > 0 else { return nil }
            for index in 0..<folded.count {
                tokens.append(Array(folded.token(index)))
                isPrefix.append(wildcard && index == folded.count - 1)
            }
        }
        guard !tokens.isEmpty else { return nil }
        self.tokens = tokens
        self.isPrefix = isPrefix
    }
}
