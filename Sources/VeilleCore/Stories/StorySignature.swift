import Foundation

/// What story detection compares between two releases: the whole text's hash (exact duplicates),
/// a MinHash sketch (near duplicates), and the words and names that say what the story is about.
struct StorySignature: Sendable, Equatable {
    /// FNV-1a of the folded words: the same text after normalisation has the same hash.
    var textHash: Int64
    var minHash: MinHash
    /// Stems of the content words, comparable only within one language.
    var stems: Set<String>
    /// Features that cross languages: entities ("c:TG", "o:ECOWAS", "p:robert dussey"), numbers
    /// ("n:13") and capitalised names inside sentences ("w:kpinkankandi").
    var keys: Set<String>
    var language: Language
    /// The publication date, when the release gives one.
    var published: PublicationDate?
    /// The days its event may fall on: the publication date, else the dates its text states.
    var eventDays: [ClosedRange<Int>]
    /// When it has no event days, the days of the month its text names without a year (see
    /// `EventDates.daysOfMonth` and `StoryMatcher.daysOfMonthDisagree`).
    var monthDays: [Int]
    /// The editions it numbers ("64e sommet" → 64); see `Ordinals`.
    var ordinals: Set<Int>
    /// The ISO codes of the countries it names (see `StoryMatcher.mayBeSameEvent`).
    var countries: Set<String>
    /// The latest year its text names (see `EventDates.latestYear`), and the weekdays it names
    /// (see `Weekdays`): what dates a release that gives no full date.
    var latestYear: Int?
    var weekdays: UInt8
    /// `stems` and `keys` as sorted 64-bit hashes, made once per signature, so that comparing
    /// two signatures walks two integer arrays instead of hashing strings (see `Weights`).
    private(set) var stemHashes: [UInt64] = []
    private(set) var keyHashes: [UInt64] = []

    init(
        textHash: Int64, minHash: MinHash, stems: Set<String>, keys: Set<String>, language: Language,
        hashes: (stems: [UInt64], keys: [UInt64])? = nil, published: PublicationDate?, eventDays: [ClosedRange<Int>]? = nil,
        monthDays: [Int] = [], ordinals: Set<Int> = [], countries: Set<String>? = nil, latestYear: Int? = nil, weekdays: UInt8 = 0
    ) {
        self.textHash = textHash
        self.minHash = minHash
        self.stems = stems
        self.keys = keys
        self.language = language
        self.published = published
        self.eventDays = eventDays ?? published.map { [$0.dayRange] } ?? []
        self.monthDays = monthDays
        self.ordinals = ordinals
        self.countries = countries ?? Set(keys.filter { $0.hasPrefix("c:") }.map { String($0.dropFirst(2)) })
        self.latestYear = latestYear
        self.weekdays = weekdays
        if let hashes {
            stemHashes = hashes.stems
            keyHashes = hashes.keys
        } else {
            hashFeatures()
        }
    }

    init(_ release: Release) {
        let text = release.title + "\n" + release.body
        let folded = FoldedText(text)
        var hash = FNV.offset
        for index in 0..<folded.count { hash = FNV.add(0x20, to: FNV.add(folded.token(index), to: hash)) }
        textHash = Int64(bitPattern: hash)
        minHash = MinHash(folded)
        language = release.language
        published = release.published
        eventDays = EventDates.days(published: release.published, words: folded, receivedAt: release.receivedAt)
        monthDays = eventDays.isEmpty ? EventDates.daysOfMonth(in: folded) : []
        ordinals = Ordinals.all(in: folded)
        latestYear = EventDates.latestYear(in: folded, receivedAt: release.receivedAt)
        weekdays = Weekdays.named(in: folded)
        stems = Self.stems(of: folded, in: release.language)
        keys = Self.keys(of: text, entities: release.entities)
        countries = Set(release.entities.filter { $0.kind == .country }.map(\.key))
        hashFeatures()
    }

    private mutating func hashFeatures() {
        let hash = { (tag: UInt8, text: String) in FNV.add(Array(text.utf8)[...], to: FNV.add(tag, to: FNV.offset)) }
        stemHashes = stems.map { hash(1, $0) }.sorted()
        keyHashes = keys.map { hash(2, $0) }.sorted()
    }

    private static func stems(of folded: FoldedText, in language: Language) -> Set<String> {
        let stemmer: (any Stemmer)? =
            switch language {
            case .fr: FrenchStemmer()
            case .en: EnglishStemmer()
            case .other: nil
            }
        var stems = Set<String>()
        var output: [UInt8] = []
        for index in 0..<folded.count {
            let token = folded.token(index)
            guard token.count >= 4, token.first.map({ $0 >= UInt8(ascii: "a") }) == true else { continue }
            if StopWords.contains(token) { continue }
            if let stemmer {
                stemmer.stem(token, into: &output)
                stems.insert(String(decoding: output, as: UTF8.self))
            } else {
                stems.insert(String(decoding: token, as: UTF8.self))
            }
        }
        return stems
    }

    private static func keys(of text: String, entities: [Entity]) -> Set<String> {
        var keys = Set<String>()
        for entity in entities {
            let prefix =
                switch entity.kind {
                case .country: "c:"
                case .organisation: "o:"
                case .person: "p:"
                }
            keys.insert(prefix + entity.key)
        }
        let words = WordScanner.words(in: text)
        for number in NumberKeys.numbers(in: words, utf8: Array(text.utf8)) { keys.insert("n:" + number) }
        for word in words where word.isCapitalised && !word.startsSentence && word.folded.utf8.count >= 4 {
            if StopWords.all.contains(word.folded) || NumberKeys.isNumberWord(word.folded) { continue }
            keys.insert("w:" + word.folded)
        }
        return keys
    }
}
