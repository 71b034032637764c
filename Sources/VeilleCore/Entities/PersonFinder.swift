/// Finds people named next to their role: "le ministre des Affaires étrangères, Robert Dussey",
/// "President Bola Tinubu", "Abdoulaye Diop, ministre malien des Affaires étrangères".
///
/// A name is two to four capitalised words (with particles such as "de" or "ould" between them);
/// only names next to a role word count, since a pair of capitalised words alone is as often a
/// place, a title or a headline.
struct PersonFinder {
    /// Words that start a role.
    static let roleWords: Set<String> = [
        "ministre", "minister", "president", "presidente", "secretaire", "secretary", "ambassadeur", "ambassadrice",
        "ambassador", "directeur", "directrice", "director", "commissaire", "commissioner", "chef", "general", "colonel",
        "capitaine", "commandant", "spokesman", "spokesperson", "spokeswoman", "envoy", "envoye", "representant",
        "representante", "representative", "coordonnateur", "coordinator", "premier", "prime", "gouverneur", "governor",
        "prefet", "maire", "mayor", "roi", "king", "chancelier", "chancellor", "lieutenant", "chairman", "chairperson",
        "head", "chief", "senator", "depute", "conseiller", "conseillere", "adviser", "advisor", "homologue",
        "counterpart", "porte", "vice", "emir", "sultan", "patron", "pape", "pope",
    ]
    /// Titles between a role and a name, left out of both.
    static let honorifics: Set<String> = ["m", "mme", "mr", "mrs", "ms", "dr", "pr", "me", "sem", "son", "excellence", "h", "e"]
    static let particles: Set<String> = ["de", "da", "dos", "do", "van", "von", "ben", "bin", "ould", "ag", "al", "el", "le", "di"]
    static let notNames: Set<String> = [
        "le", "la", "les", "the", "un", "une", "a", "an", "de", "des", "du", "ce", "cette", "lors", "selon", "pour", "dans",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "affaires", "foreign", "affairs", "defense",
        "defence", "republique", "republic", "nations", "etat", "state", "etats", "states", "conseil", "council",
        "commission", "union", "gouvernement", "government", "ministere", "ministry", "forces", "armee", "army",
    ]

    /// True for a folded word that starts a gazetteer name, which is then no one's name.
    var isKnownWord: (String) -> Bool
    /// The text's UTF-8 bytes, to quote roles as written.
    var text: [UInt8]

    func people(in words: [Word], skipping covered: Set<Int>) -> [Entity] {
        var people: [Entity] = []
        var index = 0
        while index < words.count {
            guard let length = nameLength(words, at: index, covered: covered) else {
                index += 1
                continue
            }
            let name = index..<index + length
            if let role = roleBefore(name.lowerBound, in: words) ?? roleAfter(name.upperBound, in: words) {
                let raw = name.map { words[$0].raw }.joined(separator: " ")
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
            if end > index, !word.gapBefore.isEmpty { break }
            let isParticle =
                end > index && Self.particles.contains(word.folded) && end + 1 < words.count && words[end + 1].isCapitalised
            if word.isCapitalised, isNameWord(word, end, covered) {
                capitalised += 1
            } else if !isParticle {
                break
            }
            end += 1
        }
        guard capitalised >= 2, end > index, words[end - 1].isCapitalised else { return nil }
        return end - index
    }

    private func isNameWord(_ word: Word, _ index: Int, _ covered: Set<Int>) -> Bool {
        !covered.contains(index) && !Self.notNames.contains(word.folded) && !Self.roleWords.contains(word.folded)
            && !Self.honorifics.contains(word.folded) && !isKnownWord(word.folded) && word.folded.utf8.count > 1
            && word.folded.utf8.allSatisfy { !(0x30...0x39).contains($0) }
    }

    /// "le ministre des Affaires étrangères, [name]": a role word at most eight words back, in the
    /// same clause; the role runs from it to the name, honorifics and the comma left out.
    private func roleBefore(_ start: Int, in words: [Word]) -> String? {
        var end = start
        while end > 0, Self.honorifics.contains(words[end - 1].folded) { end -= 1 }
        var index = end - 1
        while index >= 0, end - index <= 8 {
            if Self.roleWords.contains(words[index].folded) {
                var first = index
                if first > 0, ["premier", "vice", "prime"].contains(words[first - 1].folded) { first -= 1 }
                return role(words[first..<end])
            }
            if words[index].gapBefore.contains(.sentenceEnd) || words[index].gapBefore.contains(.openParenthesis) {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// "[name], ministre malien des Affaires étrangères": a role word right after the comma.
    private func roleAfter(_ end: Int, in words: [Word]) -> String? {
        guard end < words.count, words[end].gapBefore == .comma else { return nil }
        var start = end
        if ["le", "la", "the", "l"].contains(words[start].folded), start + 1 < words.count { start += 1 }
        guard Self.roleWords.contains(words[start].folded) else { return nil }
        var stop = start + 1
        while stop < words.count, stop - start < 8, words[stop].gapBefore.isEmpty { stop += 1 }
        return role(words[start..<stop])
    }

    private func role(_ words: ArraySlice<Word>) -> String? {
        guard let first = words.first, let last = words.last else { return nil }
        return WordScanner.passage(text, from: first, to: last)
    }
}
