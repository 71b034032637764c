/// The countries, organisations and people's roles Veille recognises, from `Config/entities/`.
public struct Gazetteer: Sendable, Equatable {
    /// A country: its ISO code, display names and the words that name it.
    public struct Country: Sendable, Equatable {
        public var code: String
        public var names: [DigestLanguage: String]
        /// Other names, in any language.
        public var aliases: [String]
        public var demonyms: [String]
        /// Counted as the country only where they stand for its government (see `EntityExtractor`).
        public var capitals: [String]
        /// Names that hold the country's name but are something else: a sea, a river, another
        /// country ("golfe de Guinée", "fleuve Niger", "Papua New Guinea"). They count as nothing.
        public var notTheCountry: [String] = []
        /// Names that are also people's first names ("Chad", "Jordan", "Maurice"): not the
        /// country when a capitalised word follows ("Chad Johnson").
        public var forenames: [String] = []

        public init(
            code: String, names: [DigestLanguage: String], aliases: [String] = [], demonyms: [String] = [],
            capitals: [String] = []
        ) {
            self.code = code
            self.names = names
            self.aliases = aliases
            self.demonyms = demonyms
            self.capitals = capitals
        }

        public func name(in language: DigestLanguage) -> String { names[language] ?? names.values.first ?? code }
    }

    /// An organisation: its id, display names and other names or acronyms.
    public struct Organisation: Sendable, Equatable {
        public var id: String
        public var names: [DigestLanguage: String]
        public var aliases: [String]
        /// The ISO code of the country a national body belongs to.
        public var country: String?

        public init(id: String, names: [DigestLanguage: String], aliases: [String] = [], country: String? = nil) {
            self.id = id
            self.names = names
            self.aliases = aliases
            self.country = country
        }

        public func name(in language: DigestLanguage) -> String { names[language] ?? names.values.first ?? id }
    }

    /// A kind of office ("foreign-minister") and the phrases that name it in releases.
    public struct Role: Sendable, Equatable {
        public var id: String
        public var phrases: [String]

        public init(id: String, phrases: [String]) {
            self.id = id
            self.phrases = phrases
        }
    }

    public var countries: [Country]
    public var organisations: [Organisation]
    /// The only words that make a capitalised pair a person (see `PersonFinder`).
    public var roles: [Role]

    public init(countries: [Country], organisations: [Organisation], roles: [Role] = []) {
        self.countries = countries
        self.organisations = organisations
        self.roles = roles
    }

    public static let empty = Gazetteer(countries: [], organisations: [])

    /// The organisation whose id, name or alias is `text`, ignoring case and accents: so that
    /// `--org CEDEAO` finds what is filed under ECOWAS.
    public func organisation(named text: String) -> Organisation? {
        let wanted = Self.fold(text)
        return organisations.first { Self.fold($0.id) == wanted }
            ?? organisations.first { ([$0.id] + Array($0.names.values) + $0.aliases).contains { Self.fold($0) == wanted } }
    }

    /// The country whose code, name or alias is `text`, ignoring case and accents.
    public func country(named text: String) -> Country? {
        let wanted = Self.fold(text)
        return countries.first { Self.fold($0.code) == wanted }
            ?? countries.first { (Array($0.names.values) + $0.aliases).contains { Self.fold($0) == wanted } }
    }

    /// The display name of an entity's key in `language`, when the gazetteer knows it.
    func displayName(kind: Entity.Kind, key: String, in language: DigestLanguage) -> String? {
        switch kind {
        case .country: countries.first { $0.code == key }?.name(in: language)
        case .organisation: organisations.first { $0.id == key }?.name(in: language)
        case .person: nil
        }
    }

    static func fold(_ text: String) -> String { FoldedText(text).words.joined(separator: " ") }
}
