/// The role phrases of `roles.yaml` as folded words, looked up by their first word: the only
/// words that make a pair of capitalised words a person.
struct RoleLexicon: Sendable {
    private var byFirstWord: [String: [[String]]] = [:]
    /// The phrases' words other than link words: "ministre", "affaires", "secretary". They are
    /// never part of a name ("President Bola Tinubu" is Bola Tinubu).
    private(set) var words: Set<String> = []

    init(_ roles: [Gazetteer.Role]) {
        for phrase in roles.flatMap(\.phrases) {
            let folded = WordScanner.words(in: phrase).map(\.folded)
            guard let first = folded.first else { continue }
            byFirstWord[first, default: []].append(folded)
            words.formUnion(folded.filter { !RoleComplement.linkWords.contains($0) })
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.count > $1.count } }
    }

    /// Where the longest role phrase starting at `index` ends (exclusive), or nil. One word that
    /// `mayInterrupt` accepts (a demonym: "ministre malien des Affaires étrangères") may sit
    /// inside the phrase; case is ignored, and the phrase may not cross a comma or a sentence.
    func phraseEnd(in words: [Word], at index: Int, mayInterrupt: (Int) -> Bool) -> Int? {
        guard let candidates = byFirstWord[words[index].folded] else { return nil }
        for phrase in candidates {
            var position = index + 1
            var skipped = false
            var matched = 1
            while matched < phrase.count, position < words.count, words[position].gapBefore.isDisjoint(with: Self.breaks) {
                if words[position].folded == phrase[matched] {
                    matched += 1
                } else if !skipped, matched == 1, mayInterrupt(position) {
                    skipped = true
                } else {
                    break
                }
                position += 1
            }
            if matched == phrase.count { return position }
        }
        return nil
    }

    private static let breaks: Word.Gap = [.sentenceEnd, .comma, .openParenthesis, .closeParenthesis, .other]
}

/// What may stand between a role and the name it introduces: "le ministre des Affaires
/// étrangères [du Togo], Robert Dussey", "le président [élu] Mohamed Bazoum", "le représentant
/// [résident de la Banque mondiale au Niger] Ernest Koffi". It opens with a link word, a
/// country or organisation, or a modifier ("élu", "acting"); past a link word, a country or an
/// organisation anything may follow ("de l’Intégration régionale", "German Federal Ministry"), but a verb or relative word cuts the role from the name
/// ("President Donald Trump, according to the White House", "le ministre a reçu X"). A capitalised
/// word of its own, or a link word right before the name ("… des Armes Légères"), must be closed
/// by a comma or an honorific before the name.
enum RoleComplement {
    static let linkWords: Set<String> = [
        "de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "for", "in", "to", "aux", "au", "en", "et", "and",
        "charge", "chargee", "aupres", "at", "on",
    ]
    static let modifiers: Set<String> = [
        "elu", "elue", "sortant", "sortante", "executif", "executive", "resident", "residente", "residant", "adjoint",
        "adjointe", "interimaire", "designe", "designee", "ancien", "ancienne", "nouveau", "nouvel", "nouvelle",
        "actuel", "actuelle", "permanent", "permanente", "former", "elect", "designate", "acting", "deputy", "interim",
        "outgoing", "incoming", "new", "current", "senior", "par", "europeen", "europeenne", "european", "africain",
        "africaine", "african", "regional", "regionale", "national", "nationale", "international", "internationale",
    ]
    static let cuts: Set<String> = [
        "a", "ont", "est", "sont", "etait", "sera", "qui", "que", "dont", "has", "have", "had", "is", "was", "were",
        "will", "who", "which", "that", "said", "says", "according", "selon", "avec", "with", "chez", "by",
    ]
    static let maximumLength = 12

    /// True when `range` may stand between a role and a name; `afterComma` tells whether the
    /// name follows a comma or an honorific.
    static func allows(_ words: [Word], _ range: Range<Int>, covered: Set<Int>, afterComma: Bool) -> Bool {
        guard !range.isEmpty else { return true }
        guard range.count <= maximumLength else { return false }
        var linked = false
        var ownCapitals = false
        for index in range {
            let word = words[index]
            guard word.gapBefore.isDisjoint(with: [.sentenceEnd, .openParenthesis, .closeParenthesis, .other]),
                !cuts.contains(word.folded) || word.raw == "à"
            else { return false }
            let isCovered = covered.contains(index)
            // "à" folds to "a", which is also "has" ("le ministre a reçu"): only the accented one links.
            if linkWords.contains(word.folded) || isCovered || word.raw == "à" {
                linked = true
            } else if !modifiers.contains(word.folded), !linked {
                return false
            }
            if word.isCapitalised, !isCovered { ownCapitals = true }
        }
        // "… prolifération des Armes Légères": a name right after a link word is what it links to.
        let endsLinking = range.last.map { linkWords.contains(words[$0].folded) } ?? false
        return (!ownCapitals && !endsLinking) || afterComma
    }
}
