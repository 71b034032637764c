/// Step 1 of the French stemmer: noun, adjective and adverb suffixes.
extension FrenchStemmer {
    enum StandardSuffixRule: Sendable {
        /// `-isme`, `-iste`, `-able`, `-ance`, `-ique`, `-eux` (and plurals): delete in R2.
        case deleteInR2
        /// `-ation`, `-ateur`, `-atrice` (and plurals): delete in R2, then treat a preceding `ic`.
        case ationFamily
        /// `-logie(s)` → `log`, `-usion(s)`/`-ution(s)` → `u`, in R2.
        case replaceInR2(StaticString)
        /// `-ence(s)` → `ent` in R2, then on to the verb steps (Veille deviation, see FrenchStemmer).
        case enceThenVerbSteps
        /// `-ement(s)`: delete in RV, then treat what precedes (`iv`, `eus`, `abl`, `iqU`, `ier`).
        case ementFamily
        /// `-ité(s)`, folded to `-ite(s)`: delete in R2, then treat `abil`, `ic`, `iv`.
        case iteFamily
        /// `-if`, `-ive` (and plurals): delete in R2, then treat `at` and `icat`.
        case ifFamily
        /// `-eaux` → `eau`, unconditionally.
        case replace(StaticString)
        /// `-aux` → `al` in R1.
        case replaceInR1(StaticString)
        /// `-oux` → `ou` after b, h, j, l, n, p (`genoux`, `cailloux`).
        case ouxAfterBHJLNP
        /// `-euse(s)`: delete in R2, else → `eux` in R1.
        case euseFamily
        /// `-issement(s)`: delete in R1 after a consonant (`finissement`).
        case issementFamily
        /// `-amment` → `ant`, `-emment` → `ent` in RV, then on to the verb steps.
        case replaceInRVThenVerbSteps(StaticString)
        /// `-ment(s)` after a vowel in RV: delete, then on to the verb steps.
        case mentAfterVowelThenVerbSteps
    }

    /// Snowball's list with `ité`/`ités` folded to `ite`/`ites`. The folded `ite` also matches words that
    /// never had an accent (`favorite`), but only in R2, where it is a suffix anyway (`favori`).
    static let standardSuffixes = SuffixTable<StandardSuffixRule>([
        ("ance", .deleteInR2), ("iqUe", .deleteInR2), ("isme", .deleteInR2), ("able", .deleteInR2),
        ("iste", .deleteInR2), ("eux", .deleteInR2), ("ances", .deleteInR2), ("iqUes", .deleteInR2),
        ("ismes", .deleteInR2), ("ables", .deleteInR2), ("istes", .deleteInR2),
        ("atrice", .ationFamily), ("ateur", .ationFamily), ("ation", .ationFamily),
        ("atrices", .ationFamily), ("ateurs", .ationFamily), ("ations", .ationFamily),
        ("logie", .replaceInR2("log")), ("logies", .replaceInR2("log")),
        ("usion", .replaceInR2("u")), ("ution", .replaceInR2("u")),
        ("usions", .replaceInR2("u")), ("utions", .replaceInR2("u")),
        ("ence", .enceThenVerbSteps), ("ences", .enceThenVerbSteps),
        ("ement", .ementFamily), ("ements", .ementFamily),
        ("ite", .iteFamily), ("ites", .iteFamily),
        ("if", .ifFamily), ("ive", .ifFamily), ("ifs", .ifFamily), ("ives", .ifFamily),
        ("eaux", .replace("eau")), ("aux", .replaceInR1("al")), ("oux", .ouxAfterBHJLNP),
        ("euse", .euseFamily), ("euses", .euseFamily),
        ("issement", .issementFamily), ("issements", .issementFamily),
        ("amment", .replaceInRVThenVerbSteps("ant")), ("emment", .replaceInRVThenVerbSteps("ent")),
        ("ment", .mentAfterVowelThenVerbSteps), ("ments", .mentAfterVowelThenVerbSteps),
    ])

    @inline(__always)
    private static var ouxEndings: ByteSet { ByteSet("bhjlnp") }

    /// Returns true when step 1 removed a suffix and the verb steps must be skipped. A rule whose
    /// condition fails returns false, and so do the rules that deliberately continue into the verb steps
    /// (Snowball's `fail(...)`) even though they changed the word.
    static func removeStandardSuffix(_ word: inout StemBuffer, _ regions: Regions) -> Bool {
        guard let match = standardSuffixes.longestMatch(in: word) else { return false }
        let start = match.start
        switch match.rule {
        case .deleteInR2:
            guard start >= regions.r2 else { return false }
            word.truncate(to: start)
        case .ationFamily:
            guard start >= regions.r2 else { return false }
            word.truncate(to: start)
            removeOrRewriteIc(&word, regions)
        case .replaceInR2(let replacement):
            guard start >= regions.r2 else { return false }
            word.replaceLast(match.length, with: replacement)
        case .enceThenVerbSteps:
            if start >= regions.r2 { word.replaceLast(match.length, with: "ent") }
            return false
        case .ementFamily:
            guard start >= regions.rv else { return false }
            word.truncate(to: start)
            treatWhatPrecedesEment(&word, regions)
        case .iteFamily:
            guard start >= regions.r2 else { return false }
            word.truncate(to: start)
            treatWhatPrecedesIte(&word, regions)
        case .ifFamily:
            guard start >= regions.r2 else { return false }
            word.truncate(to: start)
            if word.hasSuffix("at") && word.count - 2 >= regions.r2 {
                word.removeLast(2)
                removeOrRewriteIc(&word, regions)
            }
        case .replace(let replacement):
            word.replaceLast(match.length, with: replacement)
        case .replaceInR1(let replacement):
            guard start >= regions.r1 else { return false }
            word.replaceLast(match.length, with: replacement)
        case .ouxAfterBHJLNP:
            guard ouxEndings.contains(word.byte(at: start - 1)) else { return false }
            word.replaceLast(match.length, with: "ou")
        case .euseFamily:
            if start >= regions.r2 {
                word.truncate(to: start)
            } else if start >= regions.r1 {
                word.replaceLast(match.length, with: "eux")
            } else {
                return false
            }
        case .issementFamily:
            guard start >= regions.r1, start >= 1, !vowels.contains(word[start - 1]) else { return false }
            word.truncate(to: start)
        case .replaceInRVThenVerbSteps(let replacement):
            if start >= regions.rv { word.replaceLast(match.length, with: replacement) }
            return false
        case .mentAfterVowelThenVerbSteps:
            if start - 1 >= regions.rv && vowels.contains(word.byte(at: start - 1)) { word.truncate(to: start) }
            return false
        }
        return true
    }

    /// A final `ic` left by `-ation`, `-ité`, `-if`: deleted in R2, otherwise spelled `iqU` so that it
    /// meets the `-ique` words (`fanatique`, `fanatisme`).
    private static func removeOrRewriteIc(_ word: inout StemBuffer, _ regions: Regions) {
        guard word.hasSuffix("ic") else { return }
        if word.count - 2 >= regions.r2 {
            word.removeLast(2)
        } else {
            word.replaceLast(2, with: "iqU")
        }
    }

    /// After `-ement`: `iv` (and `ativ`) go in R2; `eus` goes in R2 or becomes `eux` in R1; `abl`, `iqU`
    /// go in R2; `ier`/`Ier` (Snowball's `ièr`/`Ièr`, folded) become `i` in RV (`premierement` → `premi`).
    private static func treatWhatPrecedesEment(_ word: inout StemBuffer, _ regions: Regions) {
        if word.hasSuffix("iv") {
            guard word.count - 2 >= regions.r2 else { return }
            word.removeLast(2)
            if word.hasSuffix("at") && word.count - 2 >= regions.r2 { word.removeLast(2) }
        } else if word.hasSuffix("eus") {
            let start = word.count - 3
            if start >= regions.r2 {
                word.removeLast(3)
            } else if start >= regions.r1 {
                word.replaceLast(3, with: "eux")
            }
        } else if word.hasSuffix("abl") || word.hasSuffix("iqU") {
            if word.count - 3 >= regions.r2 { word.removeLast(3) }
        } else if word.hasSuffix("ier") || word.hasSuffix("Ier") {
            if word.count - 3 >= regions.rv { word.replaceLast(3, with: "i") }
        }
    }

    /// After `-ité`: `abil` goes in R2, else becomes `abl`; `ic` goes in R2, else becomes `iqU`;
    /// `iv` goes in R2.
    private static func treatWhatPrecedesIte(_ word: inout StemBuffer, _ regions: Regions) {
        if word.hasSuffix("abil") {
            if word.count - 4 >= regions.r2 {
                word.removeLast(4)
            } else {
                word.replaceLast(4, with: "abl")
            }
        } else if word.hasSuffix("ic") {
            removeOrRewriteIc(&word, regions)
        } else if word.hasSuffix("iv") {
            if word.count - 2 >= regions.r2 { word.removeLast(2) }
        }
    }
}
