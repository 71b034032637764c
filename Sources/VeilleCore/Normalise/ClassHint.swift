/// What an element's tag, class, id, role and itemprop say about what it holds. The words are
/// the ones page templates everywhere use; none names a site.
enum ClassHint: UInt8 {
    case neutral
    /// The article itself: `<article>`, `<main>`, class "entry-content", itemprop "articleBody".
    case content
    /// Chrome around the article by its class, id or role: menus, share buttons, related links,
    /// comments, cookie notices.
    case boilerplate
    /// Chrome by its tag: `<nav>`, `<aside>`, `<footer>`, a page's own `<header>`.
    case structural

    /// Words that mark chrome when they appear anywhere in a class or id ("site-nav",
    /// "share-buttons", "comments-area"). They win over content words ("comment-content").
    static let boilerplateWords: [String] = [
        "nav", "menu", "sidebar", "related", "share", "sharing", "social", "comment", "cookie", "consent",
        "footer", "widget", "newsletter", "subscri", "promo", "breadcrumb", "advert", "sponsor", "popup", "modal",
        "banner", "masthead", "recommend", "trending", "popular", "signup", "login", "pagination", "pager",
        "toolbar", "byline", "author", "tags", "tagcloud", "disclaimer", "caption", "read-more", "readmore",
        "more-stories", "newsfeed", "teaser", "skip-link", "dropdown", "overlay", "follow", "subnav", "topbar",
        "meta", "timestamp", "credit", "lire-aussi", "see-also", "search", "partage", "commentaire", "pied",
        "bandeau", "publicite", "abonne", "connexion", "recherche", "a-lire", "voir-aussi",
    ]

    /// Words that mark the article when they appear in a class or id.
    static let contentWords: [String] = [
        "article", "content", "post", "entry", "story", "body", "text", "main", "blog", "news", "release",
        "communique", "detail",
    ]

    /// Whole class or id tokens (split at spaces, hyphens and underscores) that mark chrome.
    static let boilerplateTokens = ["ad", "ads", "adv", "tag", "header", "date"]

    private static let boilerplateSet = WordSet(boilerplateWords)
    private static let contentSet = WordSet(contentWords)
    private static let tokenSet = WordSet(boilerplateTokens)

    /// The hint for `element`, whose tag is `tag`, from its tag, itemprop, role, class and id.
    static func of(tag: ElementTag, element: HTMLElement) -> ClassHint {
        switch tag {
        // Figures are pictures with their captions and credits, which are not the article's text.
        case .navigation, .footer, .aside, .figure: return .structural
        case .article, .main: return .content
        default: break
        }
        if element.withAttribute("itemprop", { $0.map { ASCIIBytes.equals($0, "articlebody") } ?? false }) {
            return .content
        }
        if let hint = element.withAttribute("role", { $0.flatMap(roleHint) }) { return hint }
        guard tag != .body else { return .neutral }
        let byClass = element.withAttribute("class") { $0.map(classify) } ?? .neutral
        if byClass == .boilerplate { return .boilerplate }
        let byID = element.withAttribute("id") { $0.map(classify) } ?? .neutral
        if byID == .boilerplate { return .boilerplate }
        return byClass == .content || byID == .content ? .content : .neutral
    }

    /// The hint of an inline element (`<span>`, `<small>`) from its class and id only: whether
    /// the text inside it is chrome.
    static func ofInline(_ element: HTMLElement) -> ClassHint {
        if element.withAttribute("class", { $0.map(classify) }) == .boilerplate { return .boilerplate }
        return element.withAttribute("id") { $0.map(classify) } ?? .neutral
    }

    /// What an ARIA role says, when it says something.
    private static func roleHint(_ role: UnsafeBufferPointer<UInt8>) -> ClassHint? {
        if ASCIIBytes.equals(role, "main") || ASCIIBytes.equals(role, "article") { return .content }
        let chrome =
            ASCIIBytes.equals(role, "navigation") || ASCIIBytes.equals(role, "banner")
            || ASCIIBytes.equals(role, "contentinfo") || ASCIIBytes.equals(role, "complementary")
            || ASCIIBytes.equals(role, "menu") || ASCIIBytes.equals(role, "search")
        return chrome ? .boilerplate : nil
    }

    /// The hint of one class or id value (UTF-8), ignoring ASCII case.
    static func classify(_ value: UnsafeBufferPointer<UInt8>) -> ClassHint {
        if boilerplateSet.occurs(in: value) { return .boilerplate }
        var start = 0
        for end in 0...value.count where end == value.count || value[end] == 0x20 || value[end] == 0x2D || value[end] == 0x5F {
            if end > start, tokenSet.contains(token: UnsafeBufferPointer(rebasing: value[start..<end])) { return .boilerplate }
            start = end + 1
        }
        return contentSet.occurs(in: value) ? .content : .neutral
    }

    /// The hint of a class or id value; for tests.
    static func classify(_ value: String) -> ClassHint {
        var value = value
        return value.withUTF8 { classify($0) }
    }
}
