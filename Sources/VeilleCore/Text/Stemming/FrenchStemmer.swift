/// The Snowball French stemmer, adapted to folded (lowercase, accentless) input.
///
/// Indexed text and queries are folded before stemming, so "sécurité", "securite" and "SÉCURITÉ" all
/// arrive as `securite`; what matters is that every form of a word lands on the same stem, not that the
/// stem equals the one Snowball would give the accented word. The structure is Snowball's: prelude
/// (vowels used as consonants), regions RV/R1/R2, step 1 (standard suffixes), 2a (verb endings in `i`),
/// 2b (other verb endings), 3 (final `Y`), 4 (residual suffixes), 5 (undoubling), 6 (un-accenting) and
/// the postlude. Each step lives in its own file.
///
/// Deviations caused by folding (details at each place in the code):
/// - Vowels are `a e i o u y` only; the accented vowels cannot occur.
/// - Suffixes are spelled folded: `ité(s)` → `ite(s)` (step 1), `ée(s)` → `ee(s)` (2b),
///   `ière`/`Ière` → `iere`/`Iere` (step 4), `ièr`/`Ièr` → `ier`/`Ier` (after `-ement`, step 1).
/// - Step 2b no longer lists `é` and `és`: folded to `e`/`es` they would strip every final `e(s)` before
///   step 4 could turn `-iere(s)` into `-i` (`premiere` would stem apart from `premier`); step 4 removes
///   final `s` and `e` anyway, so `signe`, `signé`, `signes`, `signés` still meet on `sign`.
/// - The circumflex verb endings `îmes`, `îtes` (2a) and `âmes`, `ât`, `âtes` (2b) are dropped: folded
///   to `imes`, `ites`, `ames`, `at`, `ates` they would cut frequent nouns (`victimes`, `limites`,
///   `attentat`, `candidat`, `diplomates`) for the sake of rare literary tenses. (`ît` folds to `it`,
///   which 2a lists anyway.)
/// - Step 2a does not remove `-ie(s)` after `c` or `f`: folding merged the `-ié(s)` participle of `-ier`
///   verbs (Snowball keeps its `i`) with the `-ie(s)` of `-ir` participles and nouns (removed). After `c`
///   and `f` it is nearly always the participle (`negocie`, `associe`, `licencie`, `modifie`), so step 4
///   removes only `e(s)` and they meet `negocier`. Elsewhere `publie` (`publié`) still gives `publ`.
/// - `èrent` is dropped from 2b: folded to `erent` it would strip the adjective ending of `different`,
///   `coherent`, `inherent`; the added `-ent` rule below covers verbs (`libèrent` → `liber`, like
///   `libérer`). Cost: the rare passé simple `signèrent` stems to `signer`, not `sign`.
/// - The `s` of step 4 is kept after `a i o u s` only: Snowball also keeps it after `è`, which folds to
///   `e` and would stop every plural in `-es` from losing its `s`.
/// - Diaeresis handling (`ë` → `He`, `ï` → `Hi` and the `H` tests of steps 2a and 4) is gone: after
///   folding `ï` cannot be told from `i`. Elision removal is gone too: apostrophes are word breaks.
/// - Step 6 (un-accenting `é`/`è` before final consonants) is a no-op: there are no accents left.
///
/// Deviations made for conflations Veille needs (not caused by folding):
/// - Step 2b removes the third person plural `-ent` (and `-ents`, so nouns keep singular and plural
///   together) when the letter before it is in R1 as well as RV: `signent`, `condamnent`, `liberent`
///   join `signer`, `condamner`, `liberer`. Snowball leaves `-ent` alone because of nouns and adjectives
///   in `-ent`; the R1 condition spares short ones (`parent`, `moment`, `talent`, `client`) but longer
///   ones lose it (`president` → `presid`, which `presidence` and `presider` share; `recent` → `rec`
///   while `recente` → `recent`).
/// - `-ence(s)` → `-ent` (step 1) continues into the verb steps like `-amment`/`-emment` already do, so
///   `-ence` nouns follow their `-ent` adjectives (`difference`, `different`, `differer` → `differ`).
/// - Step 2b removes `-ers`, the plural of nouns and adjectives in `-er`, whose singular already loses
///   `-er` (`legers`, `etrangers`, `dangers` join `leger`, `etranger`, `danger`).
/// - Step 2b removes `-ere(s)` after `g`, the feminine of adjectives in `-ger`: `legere`, `etrangere`
///   join `leger`, `etranger`. Folding made `-ère` and `-éré` identical, so this is limited to `g`,
///   where verbs in `-gérer` are few (`suggere` now stems apart from `suggerer`).
public struct FrenchStemmer: Stemmer {
    public init() {}

    public func stem(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        stemInPlace(word, into: &output) { FrenchStemmer.stem(&$0) }
    }

    @inline(__always)
    static var vowels: ByteSet { ByteSet("aeiouy") }

    /// Where RV, R1 and R2 start; computed once, valid throughout since only the word's end changes.
    struct Regions {
        let rv: Int
        let r1: Int
        let r2: Int
    }

    static func stem(_ word: inout StemBuffer) {
        markVowelsUsedAsConsonants(word)
        let regions = markRegions(word)
        let suffixRemoved = removeStandardSuffix(&word, regions)
            || removeVerbSuffixBeginningWithI(&word, regions)
            || removeOtherVerbSuffix(&word, regions)
        if suffixRemoved {
            turnFinalYIntoI(&word)
        } else {
            removeResidualSuffix(&word, regions)
        }
        undoubleFinalConsonant(&word)
        // Step 6, un_accent, would turn a final-syllable é or è into e; folded input has none.
        unmarkVowelsUsedAsConsonants(word)
    }
}
