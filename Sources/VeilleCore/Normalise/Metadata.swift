/// Where a release's publication date was found, so that a reader can weigh it.
public enum DateOrigin: String, Sendable, Codable {
    /// A JSON-LD block's `datePublished`.
    case jsonLD = "json-ld"
    /// A meta tag: article:published_time, datePublished, dc.date…
    case metadata = "meta-tag"
    /// A `<time datetime>` element.
    case timeElement = "time-element"
    /// A "date 2024-10" stamp before the first sentence.
    case dateStamp = "date-stamp"
    /// A date written in the text: "le jeudi 28 novembre 2024", "30/01/2026".
    case text
    /// A date written in a short line near the headline that is not part of the text:
    /// "Published 7:07 PM EST Nov 19, 2019".
    case byline
    /// An e-mail's Date header (or the forwarded message's).
    case mailHeader = "mail-header"
    /// A PDF's creation (else modification) date in its document information.
    case documentInfo = "document-info"
}

/// Where a release's publisher was found.
public enum SourceOrigin: String, Sendable, Codable {
    /// The page's og:site_name or application-name meta tag.
    case metadata = "meta-tag"
    /// A JSON-LD block's `publisher`.
    case jsonLD = "json-ld"
    /// A "(© 2024 Afriquinfos)" or "Copyright 2023 Le Monde" notice in the text.
    case copyrightNotice = "copyright-notice"
    /// The host of the page's canonical or og:url address.
    case canonicalURL = "canonical-url"
    /// An e-mail's sender: the From header's name, else its domain.
    case mailSender = "mail-sender"
    /// The agency a wire's dateline credits: "PARIS (Reuters) –", "Dakar, 5 mai (APS) –".
    case dateline
}
