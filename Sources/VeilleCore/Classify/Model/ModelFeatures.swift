/// A release as the topic model reads it: the stems of its headline (`t:`), its lead (`l:`) and
/// its whole body (`b:`), and the five-letter prefixes both languages share (`x:`), each named and
/// hashed to 64 bits, with how often each was found. A word in the headline or the first lines
/// counts apart from the same word further down, since where a word stands says how central it
/// is; and a stem found often weighs more than one found once (`TopicModel.vector` takes 1 + log
/// of the count), since how much a release says about a topic also tells how central it is.
///
/// Left out: words of fewer than three letters, words with digits (dates, numbers, references) and
/// the common words of `StopWords`. Nothing is tied to an item's name, source or address.
///
/// Measured and left out (grouped cross-validation over ../shared/corpus, see docs/configuration.md): pairs of
/// neighbouring stems, and the rules' evidence (spread over paragraphs, first mention, headline)
/// as features; neither moved macro-F1 by more than 0.004. The rules take part through the blend.
struct ModelFeatures: Sendable {
    /// Sorted and distinct.
    var hashes: [UInt64]
    /// How often each of `hashes` was found.
    var counts: [Double]
    /// The name behind each hash (`b:terror`), when asked for (training, `veille explain`).
    var names: [UInt64: String]

    init(_ release: Release, keepingNames: Bool = false) {
        var found: [UInt64: Double] = [:]
        var names: [UInt64: String] = [:]
        let text = ReleaseText(release)
        let stemmer = Self.stemmer(for: release.language)
        var stem: [UInt8] = []
        var key: [UInt8] = []
        func add(_ tag: Field) {
            key.removeAll(keepingCapacity: true)
            key.append(tag.rawValue)
            key.append(UInt8(ascii: ":"))
            key.append(contentsOf: stem)
            let hash = Self.hash(key[...])
            found[hash, default: 0] += 1
            if keepingNames, names[hash] == nil { names[hash] = String(decoding: key, as: UTF8.self) }
        }
        func read(_ folded: FoldedText, _ fields: [Field]) {
            for index in 0..<folded.count {
                let word = folded.token(index)
                guard Self.isWord(word), !StopWords.contains(word) else { continue }
                if let stemmer { stemmer.stem(word, into: &stem) } else { stem = Array(word) }
                for field in fields { add(field) }
                // Once per word: every word is read once, as headline or as body.
                if let prefix = Self.prefix(of: word) {
                    stem.removeAll(keepingCapacity: true)
                    stem.append(contentsOf: prefix)
                    add(.prefix)
                }
            }
        }
        read(text.title, [.title])
        for (number, paragraph) in text.paragraphs.enumerated() {
            read(paragraph, number < text.leadParagraphs ? [.lead, .body] : [.body])
        }
        hashes = found.keys.sorted()
        counts = hashes.map { found[$0] ?? 1 }
        self.names = names
    }

    /// The hash of a feature's name, as the model file writes it.
    static func hash(_ name: String) -> UInt64 { hash(Array(name.utf8)[...]) }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { FNV.add(bytes, to: FNV.offset) }

    private enum Field: UInt8 {
        case title = 0x74  // t
        case lead = 0x6C  // l
        case body = 0x62  // b
        case prefix = 0x78  // x
    }

    /// How many letters of a word make its language-free feature.
    static let prefixLength = 5

    /// The first `prefixLength` letters of a folded word of at least that many, shared by both
    /// languages: "terroriste" and "terrorist" give "terro", "nucléaire" and "nuclear" "nucle".
    /// A French release then teaches the model about English ones and the reverse, which stems,
    /// one stemmer per language, cannot.
    private static func prefix(of word: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var letters = 0
        for index in word.indices where word[index] & 0xC0 != 0x80 {
            if letters == prefixLength { return word[word.startIndex..<index] }
            letters += 1
        }
        return letters == prefixLength ? word : nil
    }

    /// Three letters or more, letters only (any script beyond ASCII counts as letters).
    private static func isWord(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 3 && word.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 >= 0x80 }
    }

    private static func stemmer(for language: Language) -> (any Stemmer)? {
        switch language {
        case .fr: FrenchStemmer()
        case .en: EnglishStemmer()
        case .other: nil
        }
    }
}
