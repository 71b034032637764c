/// The Snowball English stemmer ("Porter2"), classic edition, on folded ASCII bytes.
///
/// Follows the published algorithm step by step, including the exceptional forms (`skis`, `skies`,
/// `dying`, … `andes`), the invariant words checked after step 1a (`inning` … `succeed`), the `gener`,
/// `commun` and `arsen` R1 exceptions and the consonant-`y` marking (`Y`). The suffix steps live in
/// `EnglishSuffixSteps.swift`.
///
/// This is the classic edition (the one Snowball's `english/diffs.txt` vocabulary reflects, e.g. `added` →
/// `ad`). Snowball 3 later added `evening` to the post-step-1a invariants and stopped undoubling after a
/// lone initial `a`/`e`/`o` (`added` → `add`); neither change is made here.
///
/// Two parts of the published algorithm are left out because the input contract makes them dead code:
/// apostrophes never reach the stemmer (they are word breaks), so the leading-apostrophe removal and the
/// `'s'`/`'s`/`'` suffixes of step 1a have nothing to act on.
public struct EnglishStemmer: Stemmer {
    public init() {}

    public func stem(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        stemInPlace(word, into: &output) { EnglishStemmer.stem(&$0) }
    }

    @inline(__always)
    static var vowels: ByteSet { ByteSet("aeiouy") }
    /// Letters that cannot end a short syllable: the vowels plus `w`, `x` and the consonant `Y`.
    @inline(__always)
    static var vowelsAndWXY: ByteSet { ByteSet("aeiouywxY") }

    /// The regions, computed once before the suffix steps; positions stay valid because only the
    /// end of the word changes afterwards.
    struct Regions {
        let r1: Int
        let r2: Int
    }

    static func stem(_ word: inout StemBuffer) {
        if applyExceptionalForm(&word) { return }
        let foundConsonantY = markConsonantY(word)
        let regions = markRegions(word)
        step1a(&word)
        if isInvariantAfterStep1a(word) == false {
            step1b(&word, regions)
            step1c(&word)
            step2(&word, regions)
            step3(&word, regions)
            step4(&word, regions)
            step5(&word, regions)
        }
        if foundConsonantY { unmarkConsonantY(word) }
    }

    // MARK: Exceptions

    private enum ExceptionalForm: Sendable {
        case becomes(StaticString)
        case invariant
    }

    /// Whole words the algorithm would get wrong, with their stems.
    private static let exceptionalForms = SuffixTable<ExceptionalForm>([
        ("skis", .becomes("ski")), ("skies", .becomes("sky")),
        ("dying", .becomes("die")), ("lying", .becomes("lie")), ("tying", .becomes("tie")),
        ("idly", .becomes("idl")), ("gently", .becomes("gentl")), ("ugly", .becomes("ugli")),
        ("early", .becomes("earli")), ("only", .becomes("onli")), ("singly", .becomes("singl")),
        ("sky", .invariant), ("news", .invariant), ("howe", .invariant),
        ("atlas", .invariant), ("cosmos", .invariant), ("bias", .invariant), ("andes", .invariant),
    ])

    private enum Invariant: Sendable { case keep }

    /// Words left as they are once step 1a has run (`innings` → `inning`, and so on).
    private static let invariantsAfterStep1a = SuffixTable<Invariant>([
        ("inning", .keep), ("outing", .keep), ("canning", .keep), ("herring", .keep), ("earring", .keep),
        ("proceed", .keep), ("exceed", .keep), ("succeed", .keep),
    ])

    private static func applyExceptionalForm(_ word: inout StemBuffer) -> Bool {
        guard let form = exceptionalForms.wholeWordMatch(in: word) else { return false }
        if case .becomes(let stem) = form {
            word.replaceLast(word.count, with: stem)
        }
        return true
    }

    private static func isInvariantAfterStep1a(_ word: StemBuffer) -> Bool {
        invariantsAfterStep1a.wholeWordMatch(in: word) != nil
    }

    // MARK: Prelude, regions, postlude

    /// Marks as `Y` a `y` that acts as a consonant: at the start of the word or after a vowel
    /// (`youth` → `Youth`, `saying` → `saYing`). The marked `Y` is not a vowel for the later steps.
    /// Returns whether anything was marked, so the postlude can be skipped.
    private static func markConsonantY(_ word: StemBuffer) -> Bool {
        var found = false
        if word[0] == ASCII.y {
            word[0] = ASCII.upperY
            found = true
        }
        for index in 1..<word.count where word[index] == ASCII.y && vowels.contains(word[index - 1]) {
            word[index] = ASCII.upperY
            found = true
        }
        return found
    }

    private static func unmarkConsonantY(_ word: StemBuffer) {
        for index in 0..<word.count where word[index] == ASCII.upperY {
            word[index] = ASCII.y
        }
    }

    /// R1 and R2, except that a word starting with `gener`, `commun` or `arsen` has R1 start right after
    /// that prefix (so `generous` and `general` keep their `gener`).
    private static func markRegions(_ word: StemBuffer) -> Regions {
        let r1 = r1ExceptionPrefixLength(word) ?? StemRegions.regionStart(in: word, from: 0, vowels: vowels)
        let r2 = StemRegions.regionStart(in: word, from: r1, vowels: vowels)
        return Regions(r1: r1, r2: r2)
    }

    private static func r1ExceptionPrefixLength(_ word: StemBuffer) -> Int? {
        if word.hasPrefix("gener") { return 5 }
        if word.hasPrefix("arsen") { return 5 }
        if word.hasPrefix("commun") { return 6 }
        return nil
    }

    /// Snowball's `shortv`, tested on the letters just before `end`: either non-vowel, vowel, non-vowel
    /// other than `w`, `x`, `Y` (as in `hop`), or a vowel then a non-vowel at the very start (`at`).
    static func endsWithShortSyllable(_ word: StemBuffer, before end: Int) -> Bool {
        guard end >= 2 else { return false }
        let last = word[end - 1]
        let middle = word[end - 2]
        guard vowels.contains(middle) else { return false }
        if end == 2 { return !vowels.contains(last) }
        return !vowelsAndWXY.contains(last) && !vowels.contains(word[end - 3])
    }
}
