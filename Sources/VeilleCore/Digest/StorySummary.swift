/// An extractive summary of a story: the sentences closest to the story's centroid (the words
/// all its releases use), so that the summary says what the sources agree on rather than how the
/// first one happens to open.
enum StorySummary {
    static let maximumSentences = 3
    /// Beyond this many characters the summary keeps two sentences.
    static let lengthLimit = 520

    struct Sentence {
        var text: String
        /// Its content words, each once: hashes of their first seven letters, sorted.
        var words: [UInt64]
        var position: Int
    }

    static func sentences(of releases: [Release], language: Language) -> [String] {
        let chosenLanguage = releases.contains { $0.language == language } ? language : releases.first?.language
        var sentences: [Sentence] = []
        for release in releases where release.language == chosenLanguage {
            for text in SummaryCandidates.sentences(of: release.body, title: release.title) where isOfSummaryLength(text) {
                sentences.append(Sentence(text: text, words: vector(text), position: sentences.count))
            }
        }
        guard !sentences.isEmpty else { return [] }
        // The centroid counts, for each word, the sentences that use it.
        var centroid: [UInt64: Double] = [:]
        for sentence in sentences { for word in sentence.words { centroid[word, default: 0] += 1 } }
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

    /// 40 to 400 characters. Counting characters walks the text, so the byte count settles most
    /// sentences first: a character takes one to four bytes.
    private static func isOfSummaryLength(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes < 40 || bytes > 1_600 { return false }
        // At most `bytes` characters, at least a quarter as many.
        if bytes <= 400, bytes >= 160 || text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return (40...400).contains(text.count)
    }

    /// Content words of a sentence, folded, each once: words of four bytes or more that are not
    /// `StopWords`, cut to their first seven letters (a crude stem that works in both languages).
    private static func vector(_ text: String) -> [UInt64] {
        let folded = FoldedText(text)
        var words = Set<UInt64>()
        for index in 0..<folded.count {
            let token = folded.token(index)
            guard token.count >= 4, !StopWords.contains(token) else { continue }
            let prefix = token.allSatisfy { $0 < 0x80 } ? token.prefix(7) : ArraySlice(String(decoding: token, as: UTF8.self).prefix(7).utf8)
            words.insert(FNV.add(prefix, to: FNV.offset))
        }
        return words.sorted()
    }

    /// The cosine of a sentence's words (each weighing 1) and the centroid, given its norm.
    private static func cosine(_ words: [UInt64], _ centroid: [UInt64: Double], norm: Double) -> Double {
        let dot = words.reduce(0) { $0 + (centroid[$1] ?? 0) }
        let norms = Double(words.count).squareRoot() * norm
        return norms == 0 ? 0 : dot / norms
    }

    /// The share of the smaller sentence's words found in the other: a repeat across two sources.
    private static func overlap(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var shared = 0
        a.forEachShared(with: b) { _ in shared += 1 }
        return Double(shared) / Double(max(1, min(a.count, b.count)))
    }
}
