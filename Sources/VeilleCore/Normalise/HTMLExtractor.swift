import Foundation

/// What an HTML page says, before boilerplate rules and metadata detection run on its text.
struct ExtractedPage: Sendable {
    /// From og:title, else the first h1, else `<title>` without the site's name.
    var title: (text: String, origin: TitleOrigin)?
    var paragraphs: [String]
    var published: PublicationDate?
    var source: String?
}

/// Pulls the headline, body paragraphs and metadata out of a parsed HTML page.
///
/// Menus, headers, footers, sidebars, forms and scripts are dropped. When the page marks its main
/// content (`<article>`, `<main>` or `role="main"`), only that content is kept.
struct HTMLExtractor: Sendable {
    func extract(_ document: borrowing HTMLDocument) -> ExtractedPage {
        var visitor = PageVisitor()
        document.walk(&visitor)
        visitor.flush()
        let main = visitor.blocks.filter(\.inMain)
        let paragraphs = (main.isEmpty ? visitor.blocks : main).map(\.text)
        return ExtractedPage(
            title: Self.title(visitor),
            paragraphs: paragraphs,
            published: Self.publicationDate(visitor),
            source: visitor.meta["og:site_name"]
        )
    }

    private static func title(_ visitor: PageVisitor) -> (text: String, origin: TitleOrigin)? {
        if let title = visitor.meta["og:title"] { return (title, .metadata) }
        if let title = visitor.firstHeading { return (title, .heading) }
        return visitor.documentTitle.map { (withoutSiteName($0, siteName: visitor.meta["og:site_name"]), .documentTitle) }
    }

    /// "Launch of the GPSA | Ministry of Foreign Affairs" → "Launch of the GPSA". The part naming
    /// the site goes; of the rest, the first part when it reads as a headline (four words or
    /// more), else the longest, for pages that put their name first ("Ministry – Launch").
    static func withoutSiteName(_ title: String, siteName: String? = nil) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · "]
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let site = siteName.map { FoldedText($0).words }
        let candidates = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && FoldedText($0).words != site }
        guard let first = candidates.first else { return title }
        if first.split(separator: " ").count >= 4 { return first }
        return candidates.max { $0.count < $1.count } ?? first
    }

    private static func publicationDate(_ visitor: PageVisitor) -> PublicationDate? {
        let candidates =
            ["article:published_time", "og:article:published_time", "datepublished", "date", "dc.date"]
            .compactMap { visitor.meta[$0] } + visitor.timeStamps
        return candidates.lazy.compactMap { DateFinder.isoPrefix($0) }.first
    }
}

/// The walk's state: open blocks, the main-content depth, and metadata seen so far.
private struct PageVisitor: HTMLVisitor {
    struct Block {
        var text: String
        var inMain: Bool
    }

    static let skipped: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "iframe", "svg", "template", "button",
        "select", "textarea", "object", "embed", "canvas", "dialog", "menu",
    ]
    static let blockLevel: Set<String> = [
        "address", "article", "blockquote", "br", "caption", "center", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "td", "th", "tr", "ul", "body",
    ]

    var blocks: [Block] = []
    var meta: [String: String] = [:]
    var timeStamps: [String] = []
    var documentTitle: String?
    var firstHeading: String?

    private var buffer: [UInt8] = []
    private var pendingSpace = false
    /// For each open element, whether it opened main content.
    private var mainStack: [Bool] = []
    private var mainDepth = 0
    private var inHead = false
    private var capture: Capture?

    private enum Capture {
        case title
        case heading
    }

    mutating func enter(_ element: HTMLElement) -> HTMLWalk {
        let name = element.name
        if Self.blockLevel.contains(name) || Self.skipped.contains(name) { flush() }
        let walk = decide(name, element)
        let opensMain = walk == .descend && (name == "article" || name == "main" || element.attribute("role") == "main")
        mainStack.append(opensMain)
        if opensMain { mainDepth += 1 }
        return walk
    }

    mutating func exit(_ name: String) {
        if name == "head" { inHead = false }
        if Self.blockLevel.contains(name) || name == "title" { flush() }
        if mainStack.popLast() == true { mainDepth -= 1 }
    }

    /// Records what the element says about the page, and whether its content is wanted.
    private mutating func decide(_ name: String, _ element: HTMLElement) -> HTMLWalk {
        switch name {
        case "head":
            inHead = true
        case "title" where inHead && documentTitle == nil:
            flush()
            capture = .title
        case "meta":
            recordMeta(element)
        case "time":
            if let stamp = element.attribute("datetime") { timeStamps.append(stamp) }
        case "h1" where firstHeading == nil:
            capture = .heading
        case "header" where mainDepth == 0:
            return .skipChildren  // A page header; an article's own header is kept.
        default:
            if Self.skipped.contains(name) { return .skipChildren }
        }
        return .descend
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        if inHead && capture != .title { return }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            let isNoBreakSpace = byte == 0xC2 && index + 1 < utf8.count && utf8[index + 1] == 0xA0
            if isSpace || isNoBreakSpace {
                pendingSpace = true
                index += isNoBreakSpace ? 2 : 1
                continue
            }
            if pendingSpace, !buffer.isEmpty { buffer.append(0x20) }
            pendingSpace = false
            buffer.append(byte)
            index += 1
        }
    }

    /// Ends the current block, handing its text to the title or heading capture if one is open.
    mutating func flush() {
        pendingSpace = false
        guard !buffer.isEmpty else {
            capture = nil
            return
        }
        let text = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        switch capture {
        case .title: documentTitle = text
        case .heading:
            firstHeading = text
            blocks.append(Block(text: text, inMain: mainDepth > 0))
        case nil: blocks.append(Block(text: text, inMain: mainDepth > 0))
        }
        capture = nil
    }

    private mutating func recordMeta(_ element: HTMLElement) {
        guard let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop")),
            let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty
        else { return }
        let lowered = key.lowercased()
        if meta[lowered] == nil { meta[lowered] = content }
    }
}
