/// Finds organisations a release names by their acronym in parentheses after their full name:
/// "la Commission nationale de lutte contre la prolifération des armes légères (CNLPAL)".
enum AcronymFinder {
    struct Definition: Equatable {
        var acronym: String
        /// "Commission nationale … (CNLPAL)", or the acronym alone when the name could not be told.
        var name: String
    }

    /// Words that show a name is an organisation's rather than a thing's: "(ALPC)" after "armes
    /// légères et de petit calibre" is a kind of weapon, "(CNLPAL)" after "Commission…" a body.
    static let bodyWords: Set<String> = [
        "commission", "comite", "committee", "conseil", "council", "agence", "agency", "organisation", "organization",
        "office", "alliance", "union", "communaute", "community", "force", "forces", "bureau", "centre", "center",
        "institut", "institute", "autorite", "authority", "fonds", "fund", "programme", "program", "mission", "coalition",
        "forum", "groupe", "group", "front", "mouvement", "movement", "reseau", "network", "association", "ministere",
        "ministry", "direction", "directorate", "department", "service", "cellule", "observatoire", "parti", "party",
        "assemblee", "assembly", "cour", "court", "tribunal", "banque", "bank", "federation", "ligue", "league",
        "secretariat", "partenariat", "partnership", "brigade", "armee", "army", "police", "gendarmerie", "plateforme",
        "platform", "unite", "unit", "societe", "company", "fondation", "foundation", "etat", "state", "states",
    ]
    static let linkWords: Set<String> = [
        "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "contre", "sur", "en", "a", "aux", "au", "of", "the",
        "and", "for", "against", "on", "in", "to",
    ]

    static func acronyms(in words: [Word], text: [UInt8]) -> [Definition] {
        var found: [Definition] = []
        for index in words.indices.dropFirst() {
            let word = words[index]
            guard word.isAllCapitals, word.gapBefore.contains(.openParenthesis), (2...10).contains(word.raw.utf8.count),
                index + 1 == words.count || words[index + 1].gapBefore.contains(.closeParenthesis),
                !found.contains(where: { $0.acronym == word.raw })
            else { continue }
            guard let start = expansionStart(of: word, before: index, in: words) else { continue }
            let name = WordScanner.passage(text, from: words[start], to: words[index - 1])
            found.append(Definition(acronym: word.raw, name: "\(name) (\(word.raw))"))
        }
        return found
    }

    /// Where the full name starts: the farthest word back, within the sentence, that begins with
    /// the acronym's first letter and leaves about as many content words as the acronym has letters.
    private static func expansionStart(of acronym: Word, before end: Int, in words: [Word]) -> Int? {
        let letters = Array(acronym.folded.utf8)
        var best: Int?
        var contentWords = 0
        var start = end - 1
        while start >= 0, end - start <= 14 {
            let word = words[start]
            if !linkWords.contains(word.folded) { contentWords += 1 }
            if word.folded.utf8.first == letters.first, !linkWords.contains(word.folded),
                contentWords + 2 >= letters.count, contentWords <= letters.count + 3
            {
                best = start
            }
            if word.gapBefore.contains(.sentenceEnd) || word.gapBefore.contains(.comma) && contentWords >= letters.count {
                break
            }
            start -= 1
        }
        guard let best, words[best..<end].contains(where: { bodyWords.contains($0.folded) }) else { return nil }
        return best
    }
}
