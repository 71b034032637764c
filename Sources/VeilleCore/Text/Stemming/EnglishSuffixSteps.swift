/// Steps 1a to 5 of the Snowball English stemmer. Each step looks for the longest suffix from its list
/// (see `SuffixTable`) and applies that entry's rule only when the suffix lies in the region the step
/// requires; the comments give the published rule each branch implements.
extension EnglishStemmer {
    /// Letters after which a final `li` is an adverb ending that may be removed (step 2).
    @inline(__always)
    private static var validLiEndings: ByteSet { ByteSet("cdeghkmnrt") }
    /// Double consonants that step 1b undoubles (`hopp` → `hop`); doubled c, h, j, k, q, v, w, x are kept.
    @inline(__always)
    private static var undoubledConsonants: ByteSet { ByteSet("bdfgmnprt") }

    // MARK: Step 1a — plurals

    /// `sses` → `ss`; `ied`/`ies` → `i` after two letters or more, else `ie` (`ties` → `tie`);
    /// `us` and `ss` stay; a final `s` goes when a vowel occurs before the letter preceding it
    /// (`gaps` → `gap`, but `gas` stays).
    static func step1a(_ word: inout StemBuffer) {
        if word.hasSuffix("sses") {
            word.replaceLast(4, with: "ss")
        } else if word.hasSuffix("ied") || word.hasSuffix("ies") {
            word.replaceLast(3, with: word.count - 3 > 1 ? "i" : "ie")
        } else if word.hasSuffix("us") || word.hasSuffix("ss") {
            return
        } else if word.last == ASCII.s && word.count >= 3 && word.contains(vowels, in: 0..<(word.count - 2)) {
            word.removeLast(1)
        }
    }

    // MARK: Step 1b — -ed, -ing

    private enum Step1bRule: Sendable {
        case eed
        case edOrIng
    }

    private static let step1bSuffixes = SuffixTable<Step1bRule>([
        ("eed", .eed), ("eedly", .eed),
        ("ed", .edOrIng), ("edly", .edOrIng), ("ing", .edOrIng), ("ingly", .edOrIng),
    ])

    /// `eed(ly)` → `ee` in R1. `ed`, `edly`, `ing`, `ingly` go when a vowel precedes them; then the stem
    /// is repaired: `at`/`bl`/`iz` get their `e` back, a double consonant is undoubled, and a short word
    /// (R1 empty, ending in a short syllable) gets an `e` (`hoping` → `hop` → `hope`).
    static func step1b(_ word: inout StemBuffer, _ regions: Regions) {
        guard let match = step1bSuffixes.longestMatch(in: word) else { return }
        switch match.rule {
        case .eed:
            if match.start >= regions.r1 { word.replaceLast(match.length, with: "ee") }
        case .edOrIng:
            guard word.contains(vowels, in: 0..<match.start) else { return }
            word.truncate(to: match.start)
            if word.hasSuffix("at") || word.hasSuffix("bl") || word.hasSuffix("iz") {
                word.append(ASCII.e)
            } else if endsWithUndoubledConsonantPair(word) {
                word.removeLast(1)
            } else if word.count == regions.r1 && endsWithShortSyllable(word, before: word.count) {
                word.append(ASCII.e)
            }
        }
    }

    private static func endsWithUndoubledConsonantPair(_ word: StemBuffer) -> Bool {
        word.count >= 2 && word.last == word[word.count - 2] && undoubledConsonants.contains(word.last)
    }

    // MARK: Step 1c — final y

    /// A final `y`/`Y` after a consonant that is not the first letter becomes `i` (`cry` → `cri`,
    /// but `by` and `say` stay).
    static func step1c(_ word: inout StemBuffer) {
        let count = word.count
        guard count >= 3, word.last == ASCII.y || word.last == ASCII.upperY else { return }
        if !vowels.contains(word[count - 2]) { word[count - 1] = ASCII.i }
    }

    // MARK: Step 2 — derivational suffixes in R1

    private enum Step2Rule: Sendable {
        case replace(StaticString)
        case ogiAfterL
        case liAfterValidEnding
    }

    private static let step2Suffixes = SuffixTable<Step2Rule>([
        ("tional", .replace("tion")), ("enci", .replace("ence")), ("anci", .replace("ance")),
        ("abli", .replace("able")), ("entli", .replace("ent")),
        ("izer", .replace("ize")), ("ization", .replace("ize")),
        ("ational", .replace("ate")), ("ation", .replace("ate")), ("ator", .replace("ate")),
        ("alism", .replace("al")), ("aliti", .replace("al")), ("alli", .replace("al")),
        ("fulness", .replace("ful")), ("ousli", .replace("ous")), ("ousness", .replace("ous")),
        ("iveness", .replace("ive")), ("iviti", .replace("ive")),
        ("biliti", .replace("ble")), ("bli", .replace("ble")),
        ("ogi", .ogiAfterL), ("fulli", .replace("ful")), ("lessli", .replace("less")),
        ("li", .liAfterValidEnding),
    ])

    static func step2(_ word: inout StemBuffer, _ regions: Regions) {
        guard let match = step2Suffixes.longestMatch(in: word), match.start >= regions.r1 else { return }
        switch match.rule {
        case .replace(let replacement):
            word.replaceLast(match.length, with: replacement)
        case .ogiAfterL:
            if word.byte(at: match.start - 1) == ASCII.l { word.replaceLast(match.length, with: "og") }
        case .liAfterValidEnding:
            if validLiEndings.contains(word.byte(at: match.start - 1)) { word.removeLast(match.length) }
        }
    }

    // MARK: Step 3 — more derivational suffixes in R1

    private enum Step3Rule: Sendable {
        case replace(StaticString)
        case delete
        case deleteInR2
    }

    private static let step3Suffixes = SuffixTable<Step3Rule>([
        ("tional", .replace("tion")), ("ational", .replace("ate")), ("alize", .replace("al")),
        ("icate", .replace("ic")), ("iciti", .replace("ic")), ("ical", .replace("ic")),
        ("ful", .delete), ("ness", .delete), ("ative", .deleteInR2),
    ])

    static func step3(_ word: inout StemBuffer, _ regions: Regions) {
        guard let match = step3Suffixes.longestMatch(in: word), match.start >= regions.r1 else { return }
        switch match.rule {
        case .replace(let replacement):
            word.replaceLast(match.length, with: replacement)
        case .delete:
            word.removeLast(match.length)
        case .deleteInR2:
            if match.start >= regions.r2 { word.removeLast(match.length) }
        }
    }

    // MARK: Step 4 — suffixes in R2

    private enum Step4Rule: Sendable {
        case delete
        case ionAfterSOrT
    }

    private static let step4Suffixes = SuffixTable<Step4Rule>([
        ("al", .delete), ("ance", .delete), ("ence", .delete), ("er", .delete), ("ic", .delete),
        ("able", .delete), ("ible", .delete), ("ant", .delete), ("ement", .delete), ("ment", .delete),
        ("ent", .delete), ("ism", .delete), ("ate", .delete), ("iti", .delete), ("ous", .delete),
        ("ive", .delete), ("ize", .delete), ("ion", .ionAfterSOrT),
    ])

    static func step4(_ word: inout StemBuffer, _ regions: Regions) {
        guard let match = step4Suffixes.longestMatch(in: word), match.start >= regions.r2 else { return }
        switch match.rule {
        case .delete:
            word.removeLast(match.length)
        case .ionAfterSOrT:
            let before = word.byte(at: match.start - 1)
            if before == ASCII.s || before == ASCII.t { word.removeLast(match.length) }
        }
    }

    // MARK: Step 5 — final e and l

    /// A final `e` goes in R2, or in R1 unless it follows a short syllable (`hope` keeps it);
    /// a final `l` goes in R2 after another `l` (`controll` → `control`).
    static func step5(_ word: inout StemBuffer, _ regions: Regions) {
        let start = word.count - 1
        if word.last == ASCII.e {
            if start >= regions.r2 || (start >= regions.r1 && !endsWithShortSyllable(word, before: start)) {
                word.removeLast(1)
            }
        } else if word.last == ASCII.l {
            if start >= regions.r2 && word.byte(at: start - 1) == ASCII.l { word.removeLast(1) }
        }
    }
}
