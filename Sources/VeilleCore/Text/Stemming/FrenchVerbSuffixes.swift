/// Steps 2a and 2b of the French stemmer: verb endings, all confined to RV.
extension FrenchStemmer {
    private enum IVerbRule: Sendable {
        case deleteAfterConsonant
        /// `-ie(s)`: as above, but not after `c` or `f` (folding deviation, see below).
        case deleteAfterConsonantOtherThanCOrF
    }

    /// Step 2a's endings of `-ir` verbs (`finir`, `finissons`, `finit`). Snowball also lists `îmes`, `ît`,
    /// `îtes`; folded they read `imes`, `it`, `ites`: `it` is listed anyway, the other two are dropped
    /// because they would cut `victimes`, `regimes`, `limites`, `sites` for a rare literary tense.
    ///
    /// Folding also merges `-ié(s)` (participle of `-ier` verbs, which Snowball strips in step 2b and so
    /// keeps the `i`: `négocié` → `négoci`) with `-ie(s)` (`-ir` participles and nouns, stripped here:
    /// `finie` → `fin`, `diplomatie` → `diplomat`). After `c` and `f` the folded ending nearly always
    /// comes from an `-ier` verb (`negocie`, `associe`, `licencie`, `modifie`, `identifie`), so there
    /// `-ie(s)` is left for step 4, which only removes the `e(s)` and lets them meet `negocier`.
    private static let iVerbSuffixes = SuffixTable<IVerbRule>(
        SuffixTable.rows(
            [
                "i", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
                "irions", "irons", "iront", "is", "issaIent", "issais", "issait", "issant", "issante",
                "issantes", "issants", "isse", "issent", "isses", "issez", "issiez", "issions", "issons", "it",
            ],
            .deleteAfterConsonant
        ) + SuffixTable.rows(["ie", "ies"], .deleteAfterConsonantOtherThanCOrF)
    )

    /// Step 2a: delete the ending when the letter before it, also in RV, is a consonant
    /// (`finissent` → `fin`, but `fuit` keeps its `it`: `u` is a vowel).
    static func removeVerbSuffixBeginningWithI(_ word: inout StemBuffer, _ regions: Regions) -> Bool {
        guard let match = iVerbSuffixes.longestMatch(in: word, notBefore: regions.rv) else { return false }
        let before = match.start - 1
        guard before >= regions.rv, !vowels.contains(word[before]) else { return false }
        if case .deleteAfterConsonantOtherThanCOrF = match.rule, word[before] == ASCII.c || word[before] == ASCII.f {
            return false
        }
        word.truncate(to: match.start)
        return true
    }

    private enum OtherVerbRule: Sendable {
        /// `-ions`: delete in R2.
        case deleteInR2
        case delete
        /// Endings in `a` (`-ait`, `-ant`, `-asse`…): delete, and a preceding `e` in RV too (`mangeait`).
        case deleteWithPrecedingE
        /// `-ent(s)` (Veille deviation): delete when the letter before it is in R1.
        case deleteAfterLetterInR1
        /// `-ere(s)` (Veille deviation): delete after `g` (`legere` → `leg`).
        case deleteAfterG
    }

    /// Step 2b's endings of `-er` verbs and of tenses shared by all verbs, as Snowball lists them except:
    /// `é`/`és` (left to step 4), `èrent` and the circumflex endings `âmes`, `ât`, `âtes` (dropped, see
    /// FrenchStemmer); `ée(s)` is folded to `ee(s)`; `ent`, `ents`, `ers`, `ere`, `eres` are added.
    private static let otherVerbSuffixes = SuffixTable<OtherVerbRule>(
        [("ions", .deleteInR2)]
            + SuffixTable.rows(
                [
                    "ee", "ees", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez", "eriez",
                    "erions", "erons", "eront", "ez", "iez", "ers",
                ],
                .delete
            )
            + SuffixTable.rows(
                [
                    "a", "ai", "aIent", "ais", "ait", "ant", "ante", "antes", "ants", "as", "asse", "assent",
                    "asses", "assiez", "assions",
                ],
                .deleteWithPrecedingE
            )
            + SuffixTable.rows(["ent", "ents"], .deleteAfterLetterInR1)
            + SuffixTable.rows(["ere", "eres"], .deleteAfterG)
    )

    static func removeOtherVerbSuffix(_ word: inout StemBuffer, _ regions: Regions) -> Bool {
        guard let match = otherVerbSuffixes.longestMatch(in: word, notBefore: regions.rv) else { return false }
        let before = match.start - 1
        switch match.rule {
        case .deleteInR2:
            guard match.start >= regions.r2 else { return false }
            word.truncate(to: match.start)
        case .delete:
            word.truncate(to: match.start)
        case .deleteWithPrecedingE:
            let includesE = before >= regions.rv && word[before] == ASCII.e
            word.truncate(to: includesE ? before : match.start)
        case .deleteAfterLetterInR1:
            guard before >= regions.r1 else { return false }
            word.truncate(to: match.start)
        case .deleteAfterG:
            guard before >= regions.rv && word[before] == ASCII.g else { return false }
            word.truncate(to: match.start)
        }
        return true
    }
}
