/// A topic as an analyst defines it in `Config/topics/ID.yaml`: weighted terms per language and
/// the score a release needs to be filed under it.
public struct TopicDefinition: Sendable, Equatable {
    /// The file's name without `.yaml`: what the index, `--topic` and the digest use.
    public var id: String
    /// The heading in each digest language.
    public var labels: [DigestLanguage: String]
    /// Where the topic comes in the digest: lower first.
    public var order: Int
    /// The score at or above which a release gets this topic.
    public var threshold: Double
    public var terms: [Language: [TopicTerm]]

    public init(id: String, labels: [DigestLanguage: String], order: Int, threshold: Double, terms: [Language: [TopicTerm]]) {
        self.id = id
        self.labels = labels
        self.order = order
        self.threshold = threshold
        self.terms = terms
    }

    public func label(in language: DigestLanguage) -> String { labels[language] ?? labels[.en] ?? id }
}

/// One weighted term or phrase. A `*` at the end of a word matches any ending:
/// `terroris*` matches terrorisme, terroriste and terrorism.
public struct TopicTerm: Sendable, Equatable {
    /// As written in the file: what evidence shows.
    public var text: String
    public var weight: Double
    public var pattern: TermPattern

    public init(text: String, weight: Double, pattern: TermPattern) {
        self.text = text
        self.weight = weight
        self.pattern = pattern
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
