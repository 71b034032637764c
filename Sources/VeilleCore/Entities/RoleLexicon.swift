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
/// étrangères [du Togo], Robert Dussey", "Secretary-General [of the United Nations] António
/// Guterres" — a short run that opens with a link word or a country or organisation, within one
/// clause. Anything else ("President Donald Trump, according to the White House") cuts the role
/// from the name.
enum RoleComplement {
    static let linkWords: Set<String> = [
        "de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "for", "in", "to", "aux", "au", "a", "en", "et", "and",
        "charge", "chargee", "aupres", "at", "on",
    ]
    static let maximumLength = 12

    static func allows(_ words: [Word], _ range: Range<Int>, covered: Set<Int>) -> Bool {
        guard let first = range.first else { return true }
        guard range.count <= maximumLength, linkWords.contains(words[first].folded) || covered.contains(first) else {
            return false
        }
        return range.allSatisfy { words[$0].gapBefore.isDisjoint(with: [.sentenceEnd, .openParenthesis, .closeParenthesis, .other]) }
    }
}
