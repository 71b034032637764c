/// Steps 3, 4 and 5 of the French stemmer: what is left once the main suffix steps have run.
extension FrenchStemmer {
    /// Step 3, after steps 1–2b removed something: a final `Y` (a `y` marked as consonant) becomes `i`
    /// (`employer` → `emploY` → `emploi`). Snowball also turns a final `ç` into `c`; folding already did.
    static func turnFinalYIntoI(_ word: inout StemBuffer) {
        if word.last == ASCII.upperY { word[word.count - 1] = ASCII.i }
    }

    /// Letters after which step 4 keeps a final `s` (`pas`, `fils`, `gros`, `jus`, `stress`). Snowball
    /// lists `è` too (`progrès`); folded it would be `e`, and every plural in `-es` would keep its `s`.
    @inline(__always)
    private static var lettersKeepingFinalS: ByteSet { ByteSet("aious") }

    private enum ResidualRule: Sendable {
        /// `-ion` after `s` or `t`, in R2 (`exhibition` → `exhibit`).
        case ionAfterSOrTInR2
        /// `-ier`, `-iere` (Snowball's `ière`, folded), `-Ier`, `-Iere` → `i`.
        case replaceWithI
        /// A final `e`.
        case delete
    }

    private static let residualSuffixes = SuffixTable<ResidualRule>([
        ("ion", .ionAfterSOrTInR2),
        ("ier", .replaceWithI), ("iere", .replaceWithI), ("Ier", .replaceWithI), ("Iere", .replaceWithI),
        ("e", .delete),
    ])

    /// Step 4, when steps 1–2b removed nothing: drop a plural `s`, then one residual suffix in RV.
    static func removeResidualSuffix(_ word: inout StemBuffer, _ regions: Regions) {
        if word.last == ASCII.s && word.count >= 2 && !lettersKeepingFinalS.contains(word[word.count - 2]) {
            word.removeLast(1)
        }
        guard let match = residualSuffixes.longestMatch(in: word, notBefore: regions.rv) else { return }
        switch match.rule {
        case .ionAfterSOrTInR2:
            let before = match.start - 1
            guard match.start >= regions.r2, before >= regions.rv else { return }
            if word[before] == ASCII.s || word[before] == ASCII.t { word.truncate(to: match.start) }
        case .replaceWithI:
            word.replaceLast(match.length, with: "i")
        case .delete:
            word.truncate(to: match.start)
        }
    }

    /// Step 5: `-enn`, `-onn`, `-ett`, `-ell`, `-eill` lose their last letter (`ancienn` → `ancien`,
    /// `nouvell` → `nouvel`), so feminine doublings meet the masculine.
    static func undoubleFinalConsonant(_ word: inout StemBuffer) {
        if word.hasSuffix("enn") || word.hasSuffix("onn") || word.hasSuffix("ett") || word.hasSuffix("ell")
            || word.hasSuffix("eill")
        {
            word.removeLast(1)
        }
    }
}
