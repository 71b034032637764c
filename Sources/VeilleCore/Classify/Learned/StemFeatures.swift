/// A release as the learned model reads it: the distinct stems of its headline and of its body,
/// each hashed to 64 bits. Headline stems are hashed apart from body stems, since a word in the
/// headline says more about what a release is about.
///
/// Presence, not counts: with the few hundred releases an analyst corrects, how often a word
/// appears mostly measures a release's length. Left out: words of fewer than three letters, words
/// with digits (dates, numbers, references), and the common words of `StopWords`, which a small
/// training set would otherwise credit with whatever its releases happen to share.
struct StemFeatures: Sendable, Equatable {
    /// Sorted and distinct.
    var hashes: [UInt64]
    /// The stem behind each hash, so that `veille explain` can name what weighed.
    var stems: [UInt64: String]

    init(_ release: Release, keepingStems: Bool = false) {
        var found = Set<UInt64>()
        var names: [UInt64: String] = [:]
        var stem: [UInt8] = []
        let stemmer = Self.stemmer(for: release.language)
        for (text, field) in [(FoldedText(release.titleOrigin.isHeadline ? release.title : ""), Field.title), (FoldedText(release.body), .body)] {
            for index in 0..<text.count {
                let word = text.token(index)
                guard word.count >= 3, word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 >= 0x80 })
                else { continue }
                if StopWords.contains(word) { continue }
                if let stemmer { stemmer.stem(word, into: &stem) } else { stem = Array(word) }
                let hash = Self.hash(stem[...], field: field)
                if found.insert(hash).inserted, keepingStems {
                    names[hash] = (field == .title ? "title:" : "") + String(decoding: stem, as: UTF8.self)
                }
            }
        }
        hashes = found.sorted()
        stems = names
    }

    private enum Field: UInt8 {
        case title = 1
        case body = 2
    }

    private static func stemmer(for language: Language) -> (any Stemmer)? {
        switch language {
        case .fr: FrenchStemmer()
        case .en: EnglishStemmer()
        case .other: nil
        }
    }

    /// FNV-1a over the field's tag and the stem's bytes.
    private static func hash(_ bytes: ArraySlice<UInt8>, field: Field) -> UInt64 {
        FNV.add(bytes, to: FNV.add(field.rawValue, to: FNV.offset))
    }
}
