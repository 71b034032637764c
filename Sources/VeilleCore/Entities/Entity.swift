/// Someone or something a release is about: a country, an organisation or a person.
public struct Entity: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case country
        case organisation
        case person
    }

    public var kind: Kind
    /// What the index files it under: an ISO code ("TG"), an organisation id ("ECOWAS"), or a
    /// person's folded name ("robert dussey"), so that spellings and accents do not split them.
    public var key: String
    /// The name as a reader should see it.
    public var name: String
    /// A person's role as the release states it ("ministre des Affaires étrangères").
    public var role: String?
    /// How many times the release names it.
    public var mentions: Int

    public init(kind: Kind, key: String, name: String, role: String? = nil, mentions: Int = 1) {
        self.kind = kind
        self.key = key
        self.name = name
        self.role = role
        self.mentions = mentions
    }

    /// "Robert Dussey (ministre des Affaires étrangères)", "Togo", "ECOWAS".
    public var label: String { role.map { "\(name) (\($0))" } ?? name }
}
