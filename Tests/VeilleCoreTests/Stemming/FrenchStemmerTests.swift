@testable import VeilleCore
import Testing

@Suite("French stemmer (Snowball, adapted to folded input)")
struct FrenchStemmerTests {
    let stemmer = FrenchStemmer()

    @Test("the table holds enough words") func tableSize() {
        #expect(FrenchStemTable.all.count >= 120)
    }

    @Test("nouns stem as derived from the algorithm", arguments: FrenchStemTable.nouns)
    func nouns(pair: (word: String, stem: String)) {
        #expect(stemmer.stem(pair.word) == pair.stem, "\(pair.word)")
    }

    @Test("adjectives and adverbs stem as derived from the algorithm", arguments: FrenchStemTable.adjectives)
    func adjectives(pair: (word: String, stem: String)) {
        #expect(stemmer.stem(pair.word) == pair.stem, "\(pair.word)")
    }

    @Test("verbs stem as derived from the algorithm", arguments: FrenchStemTable.verbs)
    func verbs(pair: (word: String, stem: String)) {
        #expect(stemmer.stem(pair.word) == pair.stem, "\(pair.word)")
    }

    /// The unmarking of Snowball's consonant markers (`qU`, `aIent`, `paYer`) must never leak.
    @Test("output never contains the internal uppercase markers")
    func noMarkersInOutput() {
        for word in FrenchStemTable.all.map(\.word) + ["payer", "essuyer", "jouer", "quand", "croyaient"] {
            #expect(stemmer.stem(word).utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }, "\(word)")
        }
    }
}
