/// Prelude, postlude and regions of the French stemmer.
extension FrenchStemmer {
    /// Snowball's prelude: uppercases `u` and `i` between vowels, `y` next to a vowel and the `u` of
    /// `qu`, so that later steps treat them as consonants (`jouer` → `joUer`, `payer` → `paYer`,
    /// `quand` → `qUand`). The cursor moves exactly as Snowball's `repeat goto`, which matters in runs
    /// of vowels: a vowel consumed by one match cannot start the next.
    static func markVowelsUsedAsConsonants(_ word: StemBuffer) {
        let count = word.count
        var cursor = 0
        while cursor < count {
            let current = word[cursor]
            let next = word.byte(at: cursor + 1)
            if vowels.contains(current) {
                if (next == ASCII.u || next == ASCII.i) && vowels.contains(word.byte(at: cursor + 2)) {
                    word[cursor + 1] = next == ASCII.u ? ASCII.upperU : ASCII.upperI
                    cursor += 3
                    continue
                }
                if next == ASCII.y {
                    word[cursor + 1] = ASCII.upperY
                    cursor += 2
                    continue
                }
            }
            if current == ASCII.y && vowels.contains(next) {
                word[cursor] = ASCII.upperY
                cursor += 2
                continue
            }
            if current == ASCII.q && next == ASCII.u {
                word[cursor + 1] = ASCII.upperU
                cursor += 2
                continue
            }
            cursor += 1
        }
    }

    /// Snowball's postlude: the markers become ordinary letters again.
    static func unmarkVowelsUsedAsConsonants(_ word: StemBuffer) {
        for index in 0..<word.count {
            word[index] = ASCII.lowercased(word[index])
        }
    }

    static func markRegions(_ word: StemBuffer) -> Regions {
        let r1 = StemRegions.regionStart(in: word, from: 0, vowels: vowels)
        let r2 = StemRegions.regionStart(in: word, from: r1, vowels: vowels)
        return Regions(rv: rvStart(word), r1: r1, r2: r2)
    }

    /// RV, where verb endings may be removed: after the third letter when the word starts with two
    /// vowels; after the prefixes `par`, `col`, `tap`, `mauva` (and `ni` + vowel) that Snowball lists
    /// because the general rule cuts them too short (`paris`, `colis`, `tapis`, `mauvais`, `niais`);
    /// otherwise after the first vowel that is not the first letter.
    static func rvStart(_ word: StemBuffer) -> Int {
        let count = word.count
        if count >= 3 && vowels.contains(word[0]) && vowels.contains(word[1]) { return 3 }
        if word.hasPrefix("par") || word.hasPrefix("col") || word.hasPrefix("tap") { return 3 }
        if word.hasPrefix("mauva") { return 5 }
        if word.hasPrefix("ni") && vowels.contains(word.byte(at: 2)) { return 3 }
        var index = 1
        while index < count && !vowels.contains(word[index]) { index += 1 }
        return min(index + 1, count)
    }
}
