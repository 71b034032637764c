@testable import VeilleCore
import Testing

/// The byte-level contract both stemmers share with the FTS5 tokenizer.
@Suite("Stemmer input/output contract")
struct StemmerContractTests {
    static let stemmers: [any Stemmer] = [EnglishStemmer(), FrenchStemmer()]

    private func stemBytes(_ stemmer: any Stemmer, _ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        bytes.withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        return output
    }

    @Test("words of two bytes or fewer are returned untouched", arguments: stemmers)
    func shortWordsUntouched(stemmer: any Stemmer) {
        for word in ["", "a", "s", "is", "es", "ys"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    @Test("words containing digits are returned untouched", arguments: stemmers)
    func wordsWithDigitsUntouched(stemmer: any Stemmer) {
        for word in ["covid19", "g20s", "2024", "sommets2", "x86"] {
            #expect(stemmer.stem(word) == word)
        }
    }

    /// Non-Latin scripts (and anything that was not folded) pass through byte for byte.
    @Test("words containing bytes outside a–z are returned untouched", arguments: stemmers)
    func nonFoldedWordsUntouched(stemmer: any Stemmer) {
        for word in ["сетями", "الإرهاب", "armées", "Sommets", "running!", "naïve"] {
            #expect(stemBytes(stemmer, Array(word.utf8)) == Array(word.utf8), "\(word)")
        }
    }

    @Test("output is cleared before each stem", arguments: stemmers)
    func outputIsCleared(stemmer: any Stemmer) {
        var output: [UInt8] = Array("leftover bytes from an earlier call".utf8)
        Array("cats".utf8).withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
        #expect(output == Array("cat".utf8))
    }

    /// Once `output` has room for the longest word, stemming reuses that storage instead of allocating.
    @Test("output storage is reused across calls", arguments: stemmers)
    func outputStorageReused(stemmer: any Stemmer) {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        let storage = output.withUnsafeBufferPointer { $0.baseAddress }
        let capacity = output.capacity
        for word in ["nationalisations", "generously", "signes", "a", "terroristes", "electricity"] {
            Array(word.utf8).withUnsafeBufferPointer { stemmer.stem($0, into: &output) }
            #expect(output.withUnsafeBufferPointer { $0.baseAddress } == storage)
            #expect(output.capacity == capacity)
        }
    }

    @Test("slices of a larger buffer stem like standalone words")
    func slicesOfATokenBuffer() {
        let text = Array("les terroristes signent".utf8)
        var output: [UInt8] = []
        FrenchStemmer().stem(text[4..<15], into: &output)
        #expect(output == Array("terror".utf8))
        FrenchStemmer().stem(text[16...], into: &output)
        #expect(output == Array("sign".utf8))
    }

    /// The suffix tables are shared statics; stemming from many tasks at once must give the same stems.
    @Test("stemmers can be used from concurrent tasks")
    func concurrentUse() async {
        let words = FrenchStemTable.all
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let stemmer = FrenchStemmer()
                    return words.filter { stemmer.stem($0.word) != $0.stem }.count
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
