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
    static let boilerplateTokens: Set<String> = ["ad", "ads", "adv", "tag", "header", "date"]

    /// The hint for an element named `tag` with the given attributes (each may be nil).
    /// `known` remembers class and id values already classified, which pages repeat a lot.
    static func of(tag: ElementTag, classAndID: String?, role: String?, itemprop: String?, known: inout [String: ClassHint])
        -> ClassHint
    {
        switch tag {
        // Figures are pictures with their captions and credits, which are not the article's text.
        case .navigation, .footer, .aside, .figure: return .structural
        case .article, .main: return .content
        default: break
        }
        if let itemprop, itemprop.lowercased() == "articlebody" { return .content }
        if let role = role?.lowercased() {
            if role == "main" || role == "article" { return .content }
            if ["navigation", "banner", "contentinfo", "complementary", "menu", "search"].contains(role) {
                return .boilerplate
            }
        }
        guard let classAndID, !classAndID.isEmpty, tag != .body else { return .neutral }
        if let hint = known[classAndID] { return hint }
        let hint = classify(classAndID.lowercased())
        known[classAndID] = hint
        return hint
    }

    private static func classify(_ words: String) -> ClassHint {
        var words = words
        return words.withUTF8 { bytes in
            if boilerplateWords.contains(where: { contains(bytes, $0) }) { return .boilerplate }
            let tokens = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x5F })
            if tokens.contains(where: { boilerplateTokens.contains(String(decoding: $0, as: UTF8.self)) }) {
                return .boilerplate
            }
            return contentWords.contains(where: { contains(bytes, $0) }) ? .content : .neutral
        }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard let first = needle.first, needle.count <= bytes.count else { return false }
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == first, needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
                start += 1
            }
            return false
        }
    }
}
