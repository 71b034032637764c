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

    /// Class and id tokens (split at spaces, hyphens and underscores, compared whole, also with a
    /// plural "s") that mark chrome: "site-nav", "share_buttons", "comments-area". They win over
    /// content words ("comment-content"). "commentary" or "navy" are not chrome.
    static let boilerplateWords: [String] = [
        "nav", "navbar", "navigation", "menu", "sidebar", "related", "share", "sharing", "sharer", "social",
        "comment", "cookie", "consent", "footer", "widget", "newsletter", "subscribe", "subscription", "promo",
        "breadcrumb", "advert", "advertisement", "advertising", "sponsor", "sponsored", "popup", "modal", "banner",
        "masthead", "recommend", "recommended", "recommendation", "trending", "popular", "signup", "login",
        "pagination", "pager", "toolbar", "byline", "author", "tag", "tagcloud", "disclaimer", "caption", "readmore",
        "newsfeed", "teaser", "dropdown", "overlay", "follow", "subnav", "topbar", "meta", "timestamp", "credit",
        "search", "partage", "commentaire", "pied", "bandeau", "publicite", "abonne", "abonnement", "connexion",
        "recherche", "ad", "ads", "adv", "header", "date",
    ]

    /// Parts of a class or id that mark chrome wherever they occur in it.
    static let boilerplatePhrases = [
        "read-more", "more-stories", "skip-link", "lire-aussi", "see-also", "a-lire", "voir-aussi", "social-media",
    ]

    /// What may follow a chrome word in one token ("sharebar", "commentlist", "navWrapper").
    static let compoundEnds = [
        "bar", "box", "list", "links", "link", "area", "block", "wrap", "wrapper", "container", "buttons", "button",
        "icons", "tools", "panel", "module", "items", "item", "section", "widget", "menu", "nav", "form", "info",
    ]

    /// What may come before a chrome word in one token ("topnav", "mainmenu", "postmeta").
    static let compoundStarts = [
        "top", "sub", "main", "site", "mobile", "primary", "secondary", "global", "footer", "header", "page", "post",
        "entry", "article", "social",
    ]

    /// Class names that a CMS gives an article for its taxonomy ("tag-sidebar", "category-news",
    /// "format-standard"): they name the article's tags, not what the element is.
    static let taxonomyPrefixes: [StaticString] = ["tag-", "category-", "format-"]

    /// Tokens that, beside "sidebar", make a class name a layout: "content-sidebar-wrap",
    /// "page-with-sidebar", "has-sidebar" wrap the article and its sidebar, or say there is none.
    static let layoutWords = ["has", "with", "no", "both", "layout"]
    static let wrapperWords = ["wrap", "wrapper", "container", "inner", "row"]

    /// Words that mark the article when they appear in a class or id.
    static let contentWords: [String] = [
        "article", "content", "post", "entry", "story", "body", "text", "main", "blog", "news", "release",
        "communique", "detail",
    ]

    private static let boilerplateSet = WordSet(boilerplateWords)
    private static let phraseSet = WordSet(boilerplatePhrases)
    private static let endSet = WordSet(compoundEnds)
    private static let startSet = WordSet(compoundStarts)
    private static let layoutSet = WordSet(layoutWords)
    private static let wrapperSet = WordSet(wrapperWords)
    private static let contentSet = WordSet(contentWords)

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
        let byID = element.withAttribute("id") { $0.map(classifyID) } ?? .neutral
        if byID == .boilerplate { return .boilerplate }
        return byClass == .content || byID == .content ? .content : .neutral
    }

    /// The hint of an inline element (`<span>`, `<small>`) from its class and id only: whether
    /// the text inside it is chrome.
    static func ofInline(_ element: HTMLElement) -> ClassHint {
        if element.withAttribute("class", { $0.map(classify) }) == .boilerplate { return .boilerplate }
        return element.withAttribute("id") { $0.map(classifyID) } ?? .neutral
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

    /// The hint of one class or id value (UTF-8), ignoring ASCII case: chrome when one of its
    /// space-separated names is, else content when one names the article.
    static func classify(_ value: UnsafeBufferPointer<UInt8>) -> ClassHint {
        var hint = ClassHint.neutral
        var start = 0
        for end in 0...value.count where end == value.count || value[end] == 0x20 || (0x09...0x0D).contains(value[end]) {
            if end > start {
                let name = UnsafeBufferPointer(rebasing: value[start..<end])
                switch classifyName(name) {
                case .boilerplate: return .boilerplate
                case .content: hint = .content
                default: break
                }
            }
            start = end + 1
        }
        return hint
    }

    /// An id of this many words or more is a heading's slug ("sharing-with-a-single-developer"),
    /// which says what the section is about, not what kind of element it is.
    static let slugMinimumWords = 5

    /// The hint of an id value: as a class name's, except that a heading's slug says nothing.
    static func classifyID(_ value: UnsafeBufferPointer<UInt8>) -> ClassHint {
        var words = 0
        forEachToken(of: value) { _ in words += 1 }
        return words >= slugMinimumWords ? .neutral : classify(value)
    }

    /// The hint of one class name or id.
    private static func classifyName(_ name: UnsafeBufferPointer<UInt8>) -> ClassHint {
        if taxonomyPrefixes.contains(where: { ASCIIBytes.firstOffset(of: $0, in: name) == 0 }) { return .neutral }
        if phraseSet.occurs(in: name) { return .boilerplate }
        var chrome = false
        var sidebar = false
        var layout = false
        var wrapper = false
        var content = false
        forEachToken(of: name) { token in
            if isSidebar(token) {
                sidebar = true
            } else if isChrome(token) {
                chrome = true
            }
            layout = layout || layoutSet.contains(token: token)
            wrapper = wrapper || wrapperSet.contains(token: token)
            content = content || contentSet.occurs(in: token)
        }
        if chrome || (sidebar && !layout && !(wrapper && content)) { return .boilerplate }
        return content ? .content : .neutral
    }

    /// Calls `body` with each part of a class name: parts end at hyphens, underscores, and where
    /// a capital follows a small letter ("socialBar", "GoogleDfpAd").
    private static func forEachToken(
        of name: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var start = 0
        for end in 0...name.count {
            let boundary =
                end == name.count || name[end] == 0x2D || name[end] == 0x5F
                || (end > start && (0x41...0x5A).contains(name[end]) && (0x61...0x7A).contains(name[end - 1]))
            guard boundary else { continue }
            if end > start { body(UnsafeBufferPointer(rebasing: name[start..<end])) }
            start = end < name.count && (0x41...0x5A).contains(name[end]) ? end : end + 1
        }
    }

    private static func isSidebar(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        ASCIIBytes.equals(token, "sidebar") || ASCIIBytes.equals(token, "sidebars")
    }

    /// A chrome word, its plural, or a chrome word joined to a compound start or end.
    private static func isChrome(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if isChromeWord(token) { return true }
        guard token.count > 4 else { return false }
        for split in 2...(token.count - 2) {
            let head = UnsafeBufferPointer(rebasing: token[..<split])
            let tail = UnsafeBufferPointer(rebasing: token[split...])
            if endSet.contains(token: tail), isChromeWord(head) { return true }
            if startSet.contains(token: head), isChromeWord(tail) { return true }
        }
        return false
    }

    /// A chrome word or its plural.
    private static func isChromeWord(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if boilerplateSet.contains(token: token) { return true }
        guard token.count > 2, ASCIIBytes.lower(token[token.count - 1]) == 0x73 else { return false }
        return boilerplateSet.contains(token: UnsafeBufferPointer(rebasing: token[..<(token.count - 1)]))
    }

    /// The hint of a class or id value; for tests.
    static func classify(_ value: String) -> ClassHint {
        var value = value
        return value.withUTF8 { classify($0) }
    }
}
