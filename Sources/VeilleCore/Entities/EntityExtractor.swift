/// Finds the countries, organisations and people a release names.
///
/// Countries and organisations come from the gazetteer (names, demonyms, capitals, acronyms),
/// plus acronyms the release defines itself ("… des armes légères (CNLPAL)"); people are names
/// next to a role of the role lexicon ("le ministre des Affaires étrangères, Robert Dussey").
public struct EntityExtractor: Sendable {
    let gazetteer: Gazetteer
    let phrases: PhraseTable
    let roles: RoleLexicon
    /// Every organisation's id, names and aliases, folded: an acronym a release defines that is
    /// one of them was already counted from the gazetteer. Folded once here, not per release.
    let organisationNames: Set<String>

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        phrases = PhraseTable(gazetteer)
        roles = RoleLexicon(gazetteer.roles)
        organisationNames = Set(
            gazetteer.organisations.flatMap { [$0.id] + Array($0.names.values) + $0.aliases }.map(Gazetteer.fold))
    }

    /// The release's entities, most mentioned first.
    public func entities(in release: Release) -> [Entity] {
        entities(inText: release.title + "\n" + release.body)
    }

    func entities(inText text: String) -> [Entity] {
        let words = WordScanner.words(in: text)
        var tally = EntityTally()
        var covered = Set<Int>()
        var index = 0
        while index < words.count {
            guard let match = phrases.longestMatch(in: words, at: index) else {
                index += 1
                continue
            }
            if let entity = entity(for: match.target, words: words, at: index) { tally.add(entity) }
            covered.formUnion(index..<index + match.length)
            index += match.length
        }
        let bytes = Array(text.utf8)
        for acronym in AcronymFinder.acronyms(in: words, text: bytes) {
            guard !organisationNames.contains(Gazetteer.fold(acronym.acronym)) else { continue }  // already counted
            let mentions = words.indices.filter { words[$0].isAllCapitals && words[$0].raw == acronym.acronym }
            tally.add(
                Entity(kind: .organisation, key: acronym.acronym, name: acronym.name, mentions: max(1, mentions.count)))
        }
        let finder = PersonFinder(roles: roles, isKnownWord: { phrases.starts($0) }, text: bytes)
        let people = PersonVariants.merge(finder.people(in: words, skipping: covered))
        for person in countingSurnames(of: people, in: words) { tally.add(person) }
        return tally.entities
    }

    /// A person found next to a role is mentioned wherever their surname is ("M. Dussey a
    /// ajouté…"), unless another person of the release bears it too.
    private func countingSurnames(of people: [Entity], in words: [Word]) -> [Entity] {
        guard !people.isEmpty else { return people }
        let surnames = people.map { $0.key.split(separator: " ").last.map(String.init) ?? $0.key }
        var bearers: [String: Int] = [:]
        for surname in surnames { bearers[surname, default: 0] += 1 }
        var mentions: [String: Int] = [:]
        for word in words where word.isCapitalised && bearers[word.folded] == 1 { mentions[word.folded, default: 0] += 1 }
        return zip(people, surnames).map { person, surname in
            var counted = person
            counted.mentions = max(person.mentions, mentions[surname] ?? 0)
            return counted
        }
    }

    /// The entity a gazetteer phrase stands for here, or nil for a capital that names a place.
    private func entity(for target: PhraseTable.Target, words: [Word], at index: Int) -> Entity? {
        switch target {
        case .country(let number, let isCapital):
            let country = gazetteer.countries[number]
            if isCapital, !CapitalMetonymy.standsForGovernment(words, at: index) { return nil }
            return Entity(kind: .country, key: country.code, name: country.name(in: .en))
        case .organisation(let number):
            let organisation = gazetteer.organisations[number]
            return Entity(kind: .organisation, key: organisation.id, name: organisation.name(in: .en))
        case .nothing:
            return nil
        }
    }
}

/// Decides whether a capital's name stands for its government ("Lomé salue…", "Washington
/// says") rather than for the city ("à Lomé", "in Accra", "LOMÉ, 12 mars").
enum CapitalMetonymy {
    /// Words after which a capital is a place.
    static let placeWords: Set<String> = [
        "a", "au", "in", "at", "to", "from", "de", "en", "vers", "depuis", "dans", "sur", "pres", "near", "of", "via",
        "entre", "between", "and", "et", "capitale", "capital", "ville", "city", "region", "university", "universite",
    ]

    static func standsForGovernment(_ words: [Word], at index: Int) -> Bool {
        let word = words[index]
        // A dateline is written in capitals or opens the text.
        if word.isAllCapitals || index == 0 { return false }
        let previous = words[index - 1]
        if placeWords.contains(previous.folded), !word.startsSentence { return false }
        // "George Washington": part of a name, not the capital.
        if previous.isCapitalised, word.gapBefore.isEmpty, !previous.startsSentence { return false }
        // "Lomé, 12 mars": a dateline inside a paragraph.
        if index + 1 < words.count, words[index + 1].gapBefore.contains(.comma), words[index + 1].folded.first?.isNumber == true {
            return false
        }
        return true
    }
}

/// Counts entities by kind and key, keeping the first name and the most precise role seen, and
/// merging the spellings of one person (`PersonVariants`).
struct EntityTally {
    private var order: [String] = []
    private var byKey: [String: Entity] = [:]

    mutating func add(_ entity: Entity) {
        let key = "\(entity.kind.rawValue):\(entity.key)"
        if var existing = byKey[key] {
            existing.mentions += entity.mentions
            existing.role = PersonVariants.preferredRole(existing.role, entity.role)
            byKey[key] = existing
        } else {
            order.append(key)
            byKey[key] = entity
        }
    }

    /// Most mentioned first, then in order of first mention.
    var entities: [Entity] {
        PersonVariants.merge(order.compactMap { byKey[$0] }).enumerated().map { ($0, $1) }
            .sorted { ($0.1.mentions, -$0.0) > ($1.1.mentions, -$1.0) }.map(\.1)
    }
}
