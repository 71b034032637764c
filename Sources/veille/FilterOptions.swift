import ArgumentParser
import VeilleCore

extension Language: ExpressibleByArgument {}

/// The filters `search` and `export` share.
struct FilterOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only releases filed under this topic: its id or its label in English or French (see check-config).",
            valueName: "topic"))
    var topic: String?

    @Option(
        help: ArgumentHelp(
            "Only releases dated on or after this day (\(DayArgument.help)): publication date, else day received.",
            valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("Only releases dated on or before this day (\(DayArgument.help)).", valueName: "day"))
    var until: String?

    @Flag(help: "Make --since and --until compare the day received, not the publication date.")
    var received = false

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Only releases in this language: fr, en, other (neither), or any language's ISO 639-1 code (de, es, ar…).",
            valueName: "lang"))
    var language: String?

    @Option(help: ArgumentHelp("Only releases whose source contains this text (any case).", valueName: "text"))
    var source: String?

    @Option(help: ArgumentHelp("Only releases naming this country: an ISO code (TG) or a name (Togo).", valueName: "code"))
    var country: String?

    @Option(
        name: .customLong("org"),
        help: ArgumentHelp("Only releases naming this organisation: its id, name or acronym (ECOWAS, CEDEAO).", valueName: "id"))
    var organisation: String?

    @Flag(help: "Only releases with a topic decision to check: its score near the threshold, no analyst's label yet.")
    var uncertain = false

    func validate() throws {
        if let language, Self.languageFilter(language) == nil {
            throw ValidationError(
                "--lang must be fr, en, other or one of \(LanguageDetector.codes.joined(separator: ", ")); not \"\(language)\".")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !DayArgument.isValid(value) {
                throw ValidationError("\(name) must be a day: \(DayArgument.help); not \"\(value)\".")
            }
        }
    }

    /// Whether any filter is given, so that `search` may list matches without a query.
    var isFiltering: Bool {
        topic != nil || since != nil || until != nil || language != nil || source != nil || country != nil
            || organisation != nil || uncertain
    }

    /// The filters, or exit 64 naming the known values when a topic, country or organisation is unknown.
    func filters(limit: Int, configuration: Configuration, index: ReleaseIndex? = nil) throws -> SearchFilters {
        let zone = configuration.settings.timeZone
        return SearchFilters(
            topic: try topic.map { try Self.topicID($0, in: configuration.topics) },
            since: since.flatMap { DayArgument.resolve($0, in: zone) },
            until: until.flatMap { DayArgument.resolve($0, in: zone) }, byReceivedDay: received,
            language: language.flatMap(Self.languageFilter)?.language,
            languageCode: language.flatMap(Self.languageFilter)?.code, source: source,
            country: try country.map { try Self.countryCode($0, in: configuration.gazetteer) },
            organisation: try organisation.map { try Self.organisationID($0, in: configuration.gazetteer, index: index) },
            uncertain: uncertain ? configuration.thresholds : nil, limit: limit)
    }

    /// `--lang`'s value as the language releases are stemmed in (fr, en, other), or as the code of
    /// the language identified (de: German releases, stemmed as `other`); nil when unknown.
    static func languageFilter(_ value: String) -> (language: Language?, code: String?)? {
        let value = value.lowercased()
        if let language = Language(rawValue: value) { return (language, nil) }
        return LanguageDetector.codes.contains(value) ? (nil, value) : nil
    }

    /// A topic's id from its id or its label in either language, in any case.
    static func topicID(_ text: String, in topics: [TopicDefinition]) throws -> String {
        let wanted = FoldedText(text).words
        let found = topics.first { topic in
            topic.id == text || DigestLanguage.allCases.contains { FoldedText(topic.label(in: $0)).words == wanted }
        }
        if let found { return found.id }
        let known = topics.map { "\($0.id) (\($0.label(in: .en)) / \($0.label(in: .fr)))" }.joined(separator: ", ")
        throw unknown("topic", text, known: known)
    }

    static func countryCode(_ text: String, in gazetteer: Gazetteer) throws -> String {
        if let country = gazetteer.country(named: text) { return country.code }
        throw unknown("country", text, known: gazetteer.countries.map(\.code).joined(separator: ", "))
    }

    /// An acronym a release defined itself is filed as written, so a name the index knows passes
    /// even when the gazetteer does not.
    static func organisationID(_ text: String, in gazetteer: Gazetteer, index: ReleaseIndex?) throws -> String {
        if let organisation = gazetteer.organisation(named: text) { return organisation.id }
        if let index, (try? index.hasEntity(kind: .organisation, key: text)) == true { return text }
        throw unknown("organisation", text, known: gazetteer.organisations.map(\.id).joined(separator: ", "))
    }

    private static func unknown(_ kind: String, _ text: String, known: String) -> ExitCode {
        Terminal.error("there is no \(kind) \"\(text)\"; known: \(known.isEmpty ? "none" : known)")
        return ExitCode(ExitStatus.usage)
    }
}
