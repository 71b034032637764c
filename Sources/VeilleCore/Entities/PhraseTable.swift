/// The gazetteer's names as sequences of folded words, looked up by their first word, so that
/// matching a text costs one dictionary look-up per word.
struct PhraseTable: Sendable {
    enum Target: Sendable, Equatable {
        case country(Int, isCapital: Bool)
        case organisation(Int)
        /// A name that holds an entity's name but stands for something else: matched, so that
        /// its words are not read again, and counted as nothing.
        case nothing
    }

    struct Phrase: Sendable {
        var words: [String]
        /// Per word, written with a capital in the gazetteer: the text must capitalise it too, so
        /// that "Réunion" (the island) is not "la réunion" (a meeting), nor "Turkey" "a turkey"
        /// (see `mustBeCapitalised`).
        var capitalised: [Bool]
        /// Written in capitals in the gazetteer ("UN", "AU"): matches only words written in capitals.
        var capitalsOnly: Bool
        /// Also a first name ("Chad", "Jordan", "Maurice"): not the country when a capitalised
        /// word follows it directly ("Chad Johnson", "Maurice Kamto").
        var isForename: Bool = false
        var target: Target
    }

    private var byFirstWord: [String: [Phrase]] = [:]

    init(_ gazetteer: Gazetteer) {
        for (number, country) in gazetteer.countries.enumerated() {
            for name in Array(country.names.values) + country.aliases + country.demonyms {
                add(name, .country(number, isCapital: false), isForename: country.forenames.contains(name))
            }
            for capital in country.capitals { add(capital, .country(number, isCapital: true)) }
            for name in country.notTheCountry { add(name, .nothing) }
        }
        for (number, organisation) in gazetteer.organisations.enumerated() {
            for name in Array(organisation.names.values) + organisation.aliases {
                add(name, .organisation(number))
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    private mutating func add(_ name: String, _ target: Target, isForename: Bool = false) {
        let scanned = WordScanner.words(in: name)
        let words = scanned.map(\.folded)
        guard let first = words.first else { return }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        let capitalsOnly = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        let phrase = Phrase(
            words: words, capitalised: scanned.map(\.isCapitalised), capitalsOnly: capitalsOnly, isForename: isForename,
            target: target)
        // "Al-Shabaab" and "al-Shabaab" are two phrases: the second also matches "al Shabaab".
        if byFirstWord[first]?.contains(where: { $0.words == words && $0.target == target && $0.capitalised == phrase.capitalised
            && $0.capitalsOnly == capitalsOnly }) == true
        {
            return
        }
        byFirstWord[first, default: []].append(phrase)
    }

    /// True when some name starts with this folded word; such words are not taken for people's names.
    func starts(_ folded: String) -> Bool { byFirstWord[folded] != nil }

    /// The longest phrase starting at `index`, and how many words it covers.
    func longestMatch(in words: [Word], at index: Int) -> (target: Target, length: Int)? {
        guard let candidates = byFirstWord[words[index].folded] else { return nil }
        for phrase in candidates where index + phrase.words.count <= words.count {
            if matches(phrase, words, at: index) { return (phrase.target, phrase.words.count) }
        }
        return nil
    }

    /// A name of one or two words keeps its capitals ("La Réunion", "Turkey"); a longer one only its
    /// first word's, since releases write official names with capitals of their own ("Communauté
    /// économique des États de l’Afrique de l’ouest") and so many words are not an ordinary phrase.
    private func mustBeCapitalised(_ phrase: Phrase, _ offset: Int) -> Bool {
        phrase.capitalised[offset] && (offset == 0 || phrase.words.count <= 2)
    }

    private func matches(_ phrase: Phrase, _ words: [Word], at index: Int) -> Bool {
        for (offset, expected) in phrase.words.enumerated() {
            let word = words[index + offset]
            if word.folded != expected || (mustBeCapitalised(phrase, offset) && !word.isCapitalised) { return false }
            if phrase.capitalsOnly, !word.isAllCapitals, !(word.isCapitalised && word.raw.utf8.count == 1) { return false }
        }
        let next = index + phrase.words.count
        if phrase.isForename, next < words.count, words[next].gapBefore.isEmpty, words[next].isCapitalised,
            !words[next].isAllCapitals
        {
            return false
        }
        return true
    }
}
