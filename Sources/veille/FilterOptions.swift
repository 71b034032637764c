import ArgumentParser
import VeilleCore

extension Language: ExpressibleByArgument {}

/// The filters `search` and `export` share.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only releases filed under this topic id (see check-config).", valueName: "topic"))
    var topic: String?

    @Option(
        help: ArgumentHelp(
            "Only releases dated on or after this day (YYYY-MM-DD): publication date, else day received.", valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("Only releases dated on or before this day (YYYY-MM-DD).", valueName: "day"))
    var until: String?

    @Flag(help: "Make --since and --until compare the day received, not the publication date.")
    var received = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only releases in this language: fr, en or other.", valueName: "lang"))
    var language: Language?

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
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, Day(value) == nil {
                throw ValidationError("\(name) must be a day written YYYY-MM-DD, not \"\(value)\".")
            }
        }
    }

    /// The filters, or exit 64 when the topic is not configured.
    func filters(limit: Int, configuration: Configuration) throws -> SearchFilters {
        if let topic, !configuration.topics.contains(where: { $0.id == topic }) {
            Terminal.error(
                "there is no topic \"\(topic)\"; topics are: \(configuration.topics.map(\.id).joined(separator: ", "))")
            throw ExitCode(ExitStatus.usage)
        }
        let gazetteer = configuration.gazetteer
        return SearchFilters(
            topic: topic, since: since.flatMap(Day.init), until: until.flatMap(Day.init), byReceivedDay: received,
            language: language, source: source, country: try country.map { try Self.countryCode($0, in: gazetteer) },
            organisation: try organisation.map { try Self.organisationKey($0, in: gazetteer) },
            uncertain: uncertain ? configuration.thresholds : nil, limit: limit)
    }

    /// The ISO code of a country given by code or name, or exit 64: a typo must not look like a
    /// country no release names.
    static func countryCode(_ text: String, in gazetteer: Gazetteer) throws -> String {
        guard let country = gazetteer.country(named: text) else {
            Terminal.error("there is no country \"\(text)\" in countries.yaml; give an ISO code (TG) or a name (Togo)")
            throw ExitCode(ExitStatus.usage)
        }
        return country.code
    }

    /// The id of a gazetteer organisation, or an acronym as written, since releases define
    /// acronyms of their own ("CNLPAL"); anything else exits 64.
    static func organisationKey(_ text: String, in gazetteer: Gazetteer) throws -> String {
        if let organisation = gazetteer.organisation(named: text) { return organisation.id }
        let isAcronym = (2...10).contains(text.count) && text.allSatisfy { $0.isUppercase || $0.isNumber }
            && text.contains { $0.isLetter }
        guard isAcronym else {
            Terminal.error(
                "there is no organisation \"\(text)\" in organisations.yaml; an acronym a release defined is given in capitals (CNLPAL)")
            throw ExitCode(ExitStatus.usage)
        }
        return text
    }
}
