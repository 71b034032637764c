import Foundation

import Foundation

/// What an HTML page says, before boilerplate rules and metadata detection run on its text.
struct ExtractedPage: Sendable {
    /// From og:title, JSON-LD's headline, the first h1, else `<title>` without the site's name.
    var title: (text: String, origin: TitleOrigin)?
    var paragraphs: [String]
    var published: (date: PublicationDate, origin: DateOrigin)?
    /// From og:site_name or JSON-LD's publisher.
    var source: (name: String, origin: SourceOrigin)?
    /// The host of the canonical address, the last resort for the source.
    var host: String?
    var author: String?
    /// Short blocks around the first h1, kept or not in `paragraphs`: where a byline gives the
    /// date when no metadata does.
    var bylines: [String] = []
    /// Short blocks in elements whose class names a date, anywhere on the page: looked at before
    /// the body's text.
    var datedBlocks: [String] = []
}

/// Pulls the headline, body paragraphs and metadata out of a parsed HTML page.
///
/// `PageReader` outlines the page in one walk; `ContentSelector` chooses the main content by
/// text and link density, tags and class hints; the metadata come from meta tags, JSON-LD,
/// `<time>` elements and the canonical address.
struct HTMLExtractor: Sendable {
    func extract(_ document: borrowing HTMLDocument) -> ExtractedPage {
        var reader = PageReader()
        document.walk(&reader)
        reader.flush()
        let outline = reader.outline
        let linked = LinkedData(blocks: outline.jsonLD)
        let blocks = ContentSelector(outline: outline).select()
        return ExtractedPage(
            title: Self.title(outline, linked),
            paragraphs: blocks.isEmpty ? Self.description(outline, linked).map { [$0] } ?? [] : blocks.map(\.text),
            published: Self.publicationDate(outline, linked),
            source: Self.source(outline, linked),
            host: Self.host(outline.canonical ?? outline.meta["og:url"]),
            author: Self.author(outline, linked),
            bylines: Self.bylines(outline),
            datedBlocks: outline.datedBlocks
        )
    }

    /// A page description shorter than this is a slogan, not a summary of the page.
    static let descriptionMinimumLength = 80

    /// The page's own summary (og:description, the description meta tag, JSON-LD's description):
    /// the text of a page whose body gives none, so that its title, date and publisher are kept.
    private static func description(_ outline: PageOutline, _ linked: LinkedData) -> String? {
        let stated = [outline.meta["og:description"], outline.meta["description"], linked.description]
        return stated.lazy.compactMap { usable($0) }.first { $0.count >= Self.descriptionMinimumLength }
    }

    /// Blocks around the headline that are this short or shorter may be bylines.
    static let bylineMaximumLength = 150

    /// The short blocks from 3 before the first h1 to 12 after it.
    private static func bylines(_ outline: PageOutline) -> [String] {
        guard let heading = outline.firstHeadingBlock else { return [] }
        let range = max(0, heading - 3)..<min(outline.blocks.count, heading + 13)
        return outline.blocks[range].lazy.filter { $0.characters <= Self.bylineMaximumLength && $0.kind != .heading }
            .map(\.text)
    }

    private static func title(_ outline: PageOutline, _ linked: LinkedData) -> (text: String, origin: TitleOrigin)? {
        let site = outline.meta["og:site_name"]
        let headline = usable(linked.headline)
        // A JSON-LD headline that agrees with neither heading nor <title> comes after the heading.
        let trusted = headline.map { agrees($0, with: [outline.firstHeading, outline.documentTitle]) } ?? false
        if let title = usable(outline.meta["og:title"]) ?? (trusted ? headline : nil) {
            return (withoutSiteName(title, siteName: site, onlyNamed: true), .metadata)
        }
        if let title = usable(articleHeading(outline)) { return (title, .heading) }
        if let headline { return (withoutSiteName(headline, siteName: site, onlyNamed: true), .metadata) }
        return usable(outline.documentTitle).map { (withoutSiteName($0, siteName: site), .documentTitle) }
    }

    /// The first `<h1>`, unless it agrees with the page's `<title>` less than a later heading
    /// does: a portal's first `<h1>` names its section ("Allergies Health Center") and the
    /// article's heading, further down, repeats the `<title>`.
    private static func articleHeading(_ outline: PageOutline) -> String? {
        guard let first = outline.firstHeading, let title = usable(outline.documentTitle), !agrees(first, with: [title])
        else { return outline.firstHeading }
        let repeating = outline.blocks.lazy.filter { $0.kind == .heading }.map(\.text).first { heading in
            FoldedText(heading).words.filter { $0.count >= 4 }.count >= 2 && agrees(heading, with: [title])
        }
        return repeating ?? first
    }

    /// True when at least half of a JSON-LD headline's words of four letters or more are in the
    /// page's `<h1>` or `<title>`, or the page has neither: a headline that agrees less is a
    /// description ("constitutional monarchy in Oceania" for "New Zealand").
    private static func agrees(_ headline: String, with titles: [String?]) -> Bool {
        let stated = titles.compactMap { usable($0) }
        let words = Set(FoldedText(headline).words.filter { $0.count >= 4 })
        guard !stated.isEmpty, !words.isEmpty else { return true }
        return stated.contains { 2 * words.intersection(FoldedText($0).words).count >= words.count }
    }

    /// nil for empty values and unfilled templates ("{{page.title}}").
    private static func usable(_ text: String?) -> String? {
        guard let text = text?.trimmedWhitespace, !text.isEmpty, !text.contains("{{")
        else { return nil }
        return text
    }

    /// "Launch of the GPSA | Ministry of Foreign Affairs" → "Launch of the GPSA". The part naming
    /// the site goes; of the rest, the first part when it reads as a headline (four words or
    /// more), else the longest, for pages that put their name first ("Ministry – Launch").
    /// With `onlyNamed`, a part goes only when it is the site's name.
    static func withoutSiteName(_ title: String, siteName: String? = nil, onlyNamed: Bool = false) -> String {
        // "标题_频道_网站": pages in scripts without spaces part their title's parts with "_".
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · "] + (title.contains(" ") ? [] : ["_"])
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        }
        let site = siteName.map { FoldedText($0).words }
        let candidates = parts.map(\.trimmedWhitespace)
            .filter { !$0.isEmpty && FoldedText($0).words != site }
        guard let first = candidates.first else { return title }
        if onlyNamed { return withoutNamedSite(title, site: site, separators: separators) }
        if first.split(separator: " ").count >= 4 { return first }
        return candidates.max { $0.count < $1.count } ?? first
    }

    /// "Title | Site" or "Site – Title" without the part that is the site's name; else the title.
    private static func withoutNamedSite(_ title: String, site: [String]?, separators: [String]) -> String {
        guard let site else { return title }
        for separator in separators {
            if let range = title.ranges(of: separator).last, names(site, FoldedText(String(title[range.upperBound...])).words) {
                return String(title[..<range.lowerBound])
            }
            if let range = title.firstRange(of: separator), names(site, FoldedText(String(title[..<range.lowerBound])).words) {
                return String(title[range.upperBound...])
            }
        }
        return title
    }

    /// True when `words` are the site's name, or its name without a company form ("Spiceworks"
    /// for "Spiceworks Inc").
    private static func names(_ site: [String], _ words: [String]) -> Bool {
        !words.isEmpty && site.starts(with: words) && site.dropFirst(words.count).allSatisfy(companyForms.contains)
    }

    private static let companyForms: Set<String> = [
        "inc", "ltd", "llc", "plc", "sa", "sarl", "sas", "gmbh", "ag", "co", "corp", "corporation", "limited", "group",
    ]

    private static func publicationDate(_ outline: PageOutline, _ linked: LinkedData)
        -> (date: PublicationDate, origin: DateOrigin)?
    {
        // article:published_time wins when the two disagree: JSON-LD often gives a UTC instant
        // ("2017-02-24T01:18:13Z") where the page's own tag keeps the local day ("…23T17:18:13-08:00").
        let articleTime = ["article:published_time", "og:article:published_time"].lazy.compactMap { outline.meta[$0] }
            .compactMap(DateFinder.isoPrefix).first
        if let date = linked.datePublished.flatMap(DateFinder.isoPrefix) {
            if let articleTime, articleTime != date { return (articleTime, .metadata) }
            return (date, .jsonLD)
        }
        let names = [
            "article:published_time", "og:article:published_time", "article:published", "datepublished", "date",
            "dc.date", "dc.date.issued", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
        ]
        if let date = names.lazy.compactMap({ outline.meta[$0] }).compactMap(DateFinder.isoPrefix).first {
            return (date, .metadata)
        }
        return outline.timeStamps.lazy.compactMap(DateFinder.isoPrefix).first.map { ($0, .timeElement) }
    }

    private static func source(_ outline: PageOutline, _ linked: LinkedData) -> (name: String, origin: SourceOrigin)? {
        let site = usable(outline.meta["og:site_name"]).map(siteName)
        let publisher = usable(linked.publisher).map(siteName)
        if let site, let publisher, isSectionName(site, publisher: publisher, outline: outline) { return (publisher, .jsonLD) }
        if let site { return (site, .metadata) }
        if let publisher { return (publisher, .jsonLD) }
        return usable(outline.meta["application-name"]).map { ($0, .metadata) }
    }

    /// True when og:site_name names a section of the site ("U.S.", "Hosted", "Politique") rather
    /// than its publisher, which JSON-LD names otherwise: it is the page's `article:section`, or
    /// one word that the page's address does not carry while the publisher's name does.
    static func isSectionName(_ site: String, publisher: String, outline: PageOutline) -> Bool {
        let squash = { (text: String) in
            String(
                text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
                    .filter { CharacterSet.alphanumerics.contains($0) })
        }
        let siteKey = squash(site)
        let publisherKey = squash(publisher)
        guard !siteKey.isEmpty, !publisherKey.isEmpty, !publisherKey.contains(siteKey), !siteKey.contains(publisherKey) else {
            return false
        }
        if let section = usable(outline.meta["article:section"]), squash(section) == siteKey { return true }
        guard !site.contains(" "), let host = host(outline.canonical ?? outline.meta["og:url"]) else { return false }
        let hostKey = squash(host)
        let publisherWords = publisher.split(separator: " ").map { squash(String($0)) }.filter { $0.count >= 3 }
        return !hostKey.contains(siteKey) && publisherWords.contains { hostKey.contains($0) }
    }

    private static func author(_ outline: PageOutline, _ linked: LinkedData) -> String? {
        let stated = [outline.meta["author"], outline.meta["article:author"], outline.meta["dc.creator"], linked.author]
        return stated.lazy.compactMap { usable($0) }.first { !$0.hasPrefix("http") }
    }

    /// A site's name as a reader would say it: "https://www.hawaiinewsnow.com" → "hawaiinewsnow.com";
    /// a name that is not an address stays as it is.
    static func siteName(_ name: String) -> String {
        let lowered = name.lowercased()
        guard !name.contains(" "), lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
        else { return name }
        return host(lowered.hasPrefix("www.") ? "https://" + name : name) ?? name
    }

    /// "https://www.republicoftogo.com/path" → "republicoftogo.com".
    static func host(_ address: String?) -> String? {
        guard let address, let host = URLComponents(string: address.trimmedWhitespace)?.host,
            host.contains(".")
        else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
