/// An extractive summary of a story: the sentences closest to the story's centroid (the words
/// all its releases use), so that the summary says what the sources agree on rather than how the
/// first one happens to open.
enum StorySummary {
    static let maximumSentences = 3
    /// Beyond this many characters the summary keeps two sentences.
    static let lengthLimit = 520

    struct Sentence {
        var text: String
        var words: [String: Double]
        var position: Int
    }

    static func sentences(of releases: [Release], language: Language) -> [String] {
        let chosenLanguage = releases.contains { $0.language == language } ? language : releases.first?.language
        var sentences: [Sentence] = []
        for release in releases where release.language == chosenLanguage {
            for paragraph in release.body.split(separator: "\n", omittingEmptySubsequences: true) {
                for text in Lead.sentences(in: paragraph) where (40...400).contains(text.count) {
                    sentences.append(Sentence(text: text, words: vector(text), position: sentences.count))
                }
            }
        }
        guard !sentences.isEmpty else { return [] }
        var centroid: [String: Double] = [:]
        for sentence in sentences { for (word, weight) in sentence.words { centroid[word, default: 0] += weight } }
        let centroidNorm = centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        // Each sentence's closeness once; a slight preference for early sentences breaks ties
        // the way a reporter would.
        let closeness = sentences.map { cosine($0.words, centroid, norm: centroidNorm) - Double($0.position) * 0.002 }
        let ranked = sentences.indices.sorted { closeness[$0] > closeness[$1] }.map { sentences[$0] }
        var chosen: [Sentence] = []
        var length = 0
        for sentence in ranked where chosen.count < maximumSentences {
            if chosen.contains(where: { overlap($0.words, sentence.words) > 0.5 }) { continue }
            if chosen.count >= 2, length + sentence.text.count > lengthLimit { break }
            chosen.append(sentence)
            length += sentence.text.count
        }
        return chosen.sorted { $0.position < $1.position }.map(\.text)
    }

    /// Content words of a sentence, folded, each counted once.
    private static func vector(_ text: String) -> [String: Double] {
        var words: [String: Double] = [:]
        for word in FoldedText(text).words where word.utf8.count >= 4 && !StopWords.all.contains(word) {
            words[String(word.prefix(7))] = 1
        }
        return words
    }

    /// The cosine of `a` and `b`, given `b`'s norm.
    private static func cosine(_ a: [String: Double], _ b: [String: Double], norm: Double) -> Double {
        var dot = 0.0
        for (word, weight) in a { dot += weight * (b[word] ?? 0) }
        let norms = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot() * norm
        return norms == 0 ? 0 : dot / norms
    }

    /// The share of the smaller sentence's words found in the other: a repeat across two sources.
    private static func overlap(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let shared = a.keys.filter { b[$0] != nil }.count
        return Double(shared) / Double(max(1, min(a.count, b.count)))
    }
}
