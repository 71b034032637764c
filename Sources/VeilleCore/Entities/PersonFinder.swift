/// Finds people named next to a role of the role lexicon: "le ministre des Affaires
/// étrangères, Robert Dussey", "President Bola Tinubu", "Abdoulaye Diop, ministre malien des
/// Affaires étrangères".
///
/// A name is two to four capitalised words (with particles such as "de" or "ould" between them,
/// and initials such as "R."); only names next to a role phrase count, since a pair of
/// capitalised words alone is as often a place, a title or a headline, and the role is the
/// phrase alone, never the words around it.
struct PersonFinder {
    /// Titles between a role and a name, left out of both.
    static let honorifics: Set<String> = ["m", "mme", "mr", "mrs", "ms", "dr", "pr", "me", "sem", "son", "excellence", "h", "e"]
    static let particles: Set<String> = ["de", "da", "dos", "do", "van", "von", "ben", "bin", "ould", "ag", "al", "el", "le", "di"]
    /// Articles allowed between a name's comma and the role after it: "Abdoulaye Diop, le ministre…".
    static let articles: Set<String> = ["le", "la", "l", "the", "son", "sa", "his", "her"]
    static let notNames: Set<String> = [
        "le", "la", "les", "the", "un", "une", "a", "an", "de", "des", "du", "ce", "cette", "lors", "selon", "pour", "dans",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "republique", "republic", "nations", "etat",
        "state", "etats", "states", "union", "gouvernement", "government", "ministere", "ministry", "forces", "armee",
        "army", "says", "said", "with", "and", "for", "from", "after", "over", "meeting", "meets", "visit", "visite",
    ]

    var roles: RoleLexicon
    /// True for a folded word that starts a gazetteer name, which is then no one's name.
    var isKnownWord: (String) -> Bool
    /// The text's UTF-8 bytes, to quote roles as written.
    var text: [UInt8]

    /// Every name next to a role, once per mention, with the role as written.
    func people(in words: [Word], skipping covered: Set<Int>) -> [Entity] {
        var people: [Entity] = []
        var index = 0
        while index < words.count {
            guard let length = nameLength(words, at: index, covered: covered) else {
                index += 1
                continue
            }
            let name = index..<index + length
            if let role = roleBefore(name.lowerBound, in: words, covered: covered)
                ?? roleAfter(name.upperBound, in: words, covered: covered)
            {
                let raw = WordScanner.passage(text, from: words[name.lowerBound], to: words[name.upperBound - 1])
                let key = name.map { words[$0].folded }.joined(separator: " ")
                people.append(Entity(kind: .person, key: key, name: raw, role: role))
            }
            index += length
        }
        return people
    }

    /// How many words make a name starting at `index`: 2–4 capitalised words, particles allowed inside.
    private func nameLength(_ words: [Word], at index: Int, covered: Set<Int>) -> Int? {
        var end = index
        var capitalised = 0
        while end < words.count, end - index < 5 {
            let word = words[end]
            if end > index, !word.gapBefore.isEmpty, !(isInitial(words, end - 1) && word.gapBefore == [.period, .sentenceEnd]) {
                break
            }
            let isParticle =
                end > index && Self.particles.contains(word.folded) && end + 1 < words.count && words[end + 1].isCapitalised
            if word.isCapitalised, isInitial(words, end) || isNameWord(word, end, covered) {
                capitalised += 1
            } else if !isParticle {
                break
            }
            end += 1
        }
        guard capitalised >= 2, end > index, words[end - 1].isCapitalised, !isInitial(words, end - 1) else { return nil }
        return end - index
    }

    /// "R." in "R. Dussey": one capital letter closed by a full stop, and not an honorific ("M.").
    private func isInitial(_ words: [Word], _ index: Int) -> Bool {
        let word = words[index]
        return word.raw.utf8.count == 1 && word.isCapitalised && !Self.honorifics.contains(word.folded)
            && index + 1 < words.count && words[index + 1].gapBefore == [.period, .sentenceEnd]
    }

    private func isNameWord(_ word: Word, _ index: Int, _ covered: Set<Int>) -> Bool {
        !covered.contains(index) && !Self.notNames.contains(word.folded) && !roles.words.contains(word.folded)
            && !Self.honorifics.contains(word.folded) && !isKnownWord(word.folded) && word.folded.utf8.count > 1
            && word.folded.utf8.allSatisfy { !(0x30...0x39).contains($0) }
    }

    /// "le ministre des Affaires étrangères [du Togo], [M.] [name]": the nearest role phrase that
    /// ends at the name or before a `RoleComplement`, or a longer phrase holding it ("Attorney
    /// General" rather than "General").
    private func roleBefore(_ start: Int, in words: [Word], covered: Set<Int>) -> String? {
        var end = start
        while end > 0, Self.honorifics.contains(words[end - 1].folded) { end -= 1 }
        let afterComma = end < start || words[start].gapBefore.contains(.comma)
        var best: (start: Int, end: Int)?
        var index = end - 1
        while index >= 0, end - index <= RoleComplement.maximumLength + 4 {
            if let phraseEnd = roles.phraseEnd(in: words, at: index, mayInterrupt: { covered.contains($0) }),
                phraseEnd <= end, RoleComplement.allows(words, phraseEnd..<end, covered: covered, afterComma: afterComma)
            {
                // A farther phrase counts only when it holds the nearer one ("Attorney General"), or
                // when the nearer one is its complement ("directrice de cabinet du Premier ministre").
                if let found = best, phraseEnd < found.end, !isComplement(at: found.start, words) { break }
                best = (index, phraseEnd)
            } else if let found = best, found.start - index > 3, !isComplement(at: found.start, words) {
                break
            }
            if words[index].gapBefore.contains(.sentenceEnd) || words[index].gapBefore.contains(.openParenthesis) { break }
            index -= 1
        }
        guard let best else { return nil }
        return WordScanner.passage(text, from: words[best.start], to: words[best.end - 1])
    }

    /// True when the role phrase at `index` follows "du", "de la", "of the"…: it is then the
    /// complement of another role ("le conseiller du ministre, M. Diallo") rather than the name's.
    private func isComplement(at index: Int, _ words: [Word]) -> Bool {
        var before = index - 1
        if before > 0, ["la", "l", "le", "les", "the"].contains(words[before].folded) { before -= 1 }
        return before >= 0 && ["du", "de", "des", "d", "of", "aux", "au"].contains(words[before].folded)
    }

    /// "[name], [le] ministre malien des Affaires étrangères": a role phrase right after the comma.
    private func roleAfter(_ end: Int, in words: [Word], covered: Set<Int>) -> String? {
        guard end < words.count, words[end].gapBefore == .comma || words[end].gapBefore == .openParenthesis else { return nil }
        var start = end
        if Self.articles.contains(words[start].folded), start + 1 < words.count { start += 1 }
        // "Indermit Gill, Senior Vice President": a modifier may open the role.
        if RoleComplement.modifiers.contains(words[start].folded), start + 1 < words.count,
            words[start + 1].gapBefore.isEmpty
        {
            start += 1
        }
        guard let stop = roles.phraseEnd(in: words, at: start, mayInterrupt: { covered.contains($0) }) else { return nil }
        return WordScanner.passage(text, from: words[start], to: words[stop - 1])
    }
}
