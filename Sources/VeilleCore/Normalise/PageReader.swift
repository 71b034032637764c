import Foundation

/// Walks a parsed page once and builds its `PageOutline`: elements, text blocks and metadata.
///
/// Scripts, styles, forms' controls and embedded media are skipped whole; everything else is
/// kept, with each element's hint, so that the choice of what is content comes afterwards.
struct PageReader: HTMLVisitor {
    private(set) var outline = PageOutline()

    private var buffer: [UInt8] = []
    private var characters = 0
    private var linkCharacters = 0
    /// The block in `buffer` starts with a link's text.
    private var startsInLink = false
    /// Open inline elements whose class or id names chrome (a caption, a credit, a byline), and
    /// the characters of the block in `buffer` written inside them.
    private var chromeSpanDepth = 0
    private var chromeSpanCharacters = 0
    private var pendingSpace = false
    /// Indices in `outline.nodes` of the open elements that are recorded there.
    private var stack: [Int] = []
    /// Every open element, innermost last.
    private var open: [OpenElement] = []
    private var linkDepth = 0
    private var contentDepth = 0
    /// Open `<noscript>` elements.
    private var noscriptDepth = 0
    private var capture: Capture?
    /// Open elements whose class names a date, and the text read inside the outermost.
    private var datedDepth = 0
    private var datedText: [UInt8] = []
    /// A list item whose heading was one link: a card if a summary follows.
    private var pendingCard: Int?

    /// What `exit()` needs to know about an element it closes.
    private struct OpenElement {
        var tag: ElementTag
        /// Pushed on `stack`.
        var isRecorded: Bool
        /// Ends the block of text when it closes.
        var flushes: Bool
        /// An inline element whose class or id names chrome.
        var isChromeSpan = false
        var isNoscript = false
        /// Its class names a date ("post-date", "entry-published", "dateline").
        var isDated = false
    }

    private enum Capture {
        case title
        case heading
        case jsonLD
    }

    mutating func enter(_ element: HTMLElement) -> HTMLWalk {
        let name = element.name
        let tag = ElementTag(name: name)
        let flushes = tag.breaksText || name == "title" || name == "script"
        if name == "head" {
            // Its title, meta tags, links and JSON-LD are read as they come; it holds no blocks.
            open.append(OpenElement(tag: tag, isRecorded: false, flushes: false))
            return .descend
        }
        if tag.breaksText {
            flush()
            if chromeSpanDepth > 0 { unmarkChromeSpans() }
        }
        if tag == .skipped || Self.isHidden(element) {
            open.append(OpenElement(tag: tag, isRecorded: false, flushes: flushes))  // The walk still calls exit() for it.
            if name == "script", Self.isJSONLD(element) {
                flush()
                capture = .jsonLD
                return .descend
            }
            return .skipChildren
        }
        noteMetadata(name, element)
        switch tag {
        case .link: linkDepth += 1
        case .tableCell: pendingSpace = true
        case .heading where outline.firstHeading == nil && name == "h1": capture = .heading
        default: break
        }
        let isRecorded = tag != .inline && tag != .link && tag != .lineBreak
        let isChromeSpan = tag == .inline && ClassHint.ofInline(element) == .boilerplate
        if isChromeSpan { chromeSpanDepth += 1 }
        let isNoscript = name == "noscript"
        if isNoscript { noscriptDepth += 1 }
        let isDated = outline.datedBlocks.count < Self.datedBlockLimit && Self.namesADate(element)
        if isDated { datedDepth += 1 }
        var opened = OpenElement(
            tag: tag, isRecorded: isRecorded, flushes: flushes, isChromeSpan: isChromeSpan, isNoscript: isNoscript)
        opened.isDated = isDated
        open.append(opened)
        if isRecorded { record(tag, element) }
        return .descend
    }

    mutating func exit() {
        guard let element = open.popLast() else { return }
        if element.flushes { flush() }
        if element.tag == .link { linkDepth = max(0, linkDepth - 1) }
        if element.isChromeSpan { chromeSpanDepth -= 1 }
        if element.isNoscript { noscriptDepth -= 1 }
        if element.isDated {
            datedDepth -= 1
            if datedDepth == 0 { keepDatedText() }
        }
        guard element.isRecorded, let node = stack.popLast() else { return }
        if outline.nodes[node].hint == .content || outline.nodes[node].tag == .article { contentDepth -= 1 }
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        if datedDepth > 0, datedText.count <= Self.datedBlockMaximumLength {
            datedText.append(0x20)
            datedText.append(contentsOf: utf8)
        }
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
            if pendingSpace, !buffer.isEmpty {
                buffer.append(0x20)
                characters += 1
                if linkDepth > 0 { linkCharacters += 1 }
                if chromeSpanDepth > 0 { chromeSpanCharacters += 1 }
            }
            pendingSpace = false
            if buffer.isEmpty { startsInLink = linkDepth > 0 }
            buffer.append(byte)
            if byte & 0xC0 != 0x80 {
                characters += 1
                if linkDepth > 0 { linkCharacters += 1 }
                if chromeSpanDepth > 0 { chromeSpanCharacters += 1 }
            }
            index += 1
        }
    }

    /// Ends the current block, handing its text to the capture in progress if there is one.
    mutating func flush() {
        pendingSpace = false
        defer {
            buffer.removeAll(keepingCapacity: true)
            characters = 0
            linkCharacters = 0
            chromeSpanCharacters = 0
        }
        guard !buffer.isEmpty else {
            if capture != .jsonLD { capture = nil }
            return
        }
        let text = String(decoding: buffer, as: UTF8.self)
        switch capture {
        case .title:
            outline.documentTitle = outline.documentTitle ?? text
            capture = nil
            return
        case .jsonLD:
            outline.jsonLD.append(text)
            capture = nil
            return
        case .heading:
            outline.firstHeading = text
            outline.firstHeadingBlock = outline.blocks.count
        case nil:
            break
        }
        capture = nil
        if Self.isConditionalComment(text) { return }
        let node = stack.last ?? -1
        var block = PageOutline.Block(
            text: text, node: node, kind: kind(of: node), characters: characters, linkCharacters: linkCharacters)
        block.isChrome = isTeaser(block.kind) || chromeSpanCharacters == characters
        block.inNoscript = noscriptDepth > 0
        outline.blocks.append(block)
        noteCard(block)
    }

    /// Keeps the text read inside the dated element that just closed, when it is short.
    private mutating func keepDatedText() {
        defer { datedText.removeAll(keepingCapacity: true) }
        let text = String(decoding: datedText, as: UTF8.self).trimmedWhitespace
        guard !text.isEmpty, text.utf8.count <= Self.datedBlockMaximumLength else { return }
        outline.datedBlocks.append(text)
    }

    /// How many dated blocks are kept, in page order, and how long one may be.
    static let datedBlockLimit = 6
    static let datedBlockMaximumLength = 150

    /// A list item whose heading is one link and whose next block is a summary outside links is a
    /// card for another page (a headline and its summary in a stream of stories): chrome, as a
    /// class naming a teaser would be. A linked headline alone in a list item stays for the rules
    /// on links to weigh.
    private mutating func noteCard(_ block: PageOutline.Block) {
        if block.kind == .heading {
            pendingCard = block.linkCharacters == block.characters ? listItem(holding: block.node) : nil
            return
        }
        guard let item = pendingCard else { return }
        pendingCard = nil
        guard block.linkDensity < 0.5, block.hasLetters, stack.contains(item) else { return }
        // "js-stream-content" names the stream, not an article: a content hint yields too.
        if outline.nodes[item].hint == .content { contentDepth -= 1 }
        if outline.nodes[item].hint != .structural { outline.nodes[item].hint = .boilerplate }
    }

    /// The list item a few wrappers above `node`, if any.
    private func listItem(holding node: Int) -> Int? {
        var cursor = node
        for _ in 0..<4 {
            cursor = cursor >= 0 ? outline.nodes[cursor].parent : -1
            guard cursor >= 0 else { return nil }
            if outline.nodes[cursor].tag == .listItem { return cursor }
            guard outline.nodes[cursor].tag.holdsBlocks else { return nil }
        }
        return nil
    }

    /// A span that holds paragraphs is a wrapper (`<span class="rich-text meta-field"><p>…`),
    /// not a caption: its class says nothing about the text.
    private mutating func unmarkChromeSpans() {
        for index in open.indices where open[index].isChromeSpan { open[index].isChromeSpan = false }
        chromeSpanDepth = 0
    }

    /// True when the block in `buffer` ends cut short ("…", "...") and either is a list item
    /// starting with a link (a headline and its summary) or follows a block that is mostly links
    /// (a card's headline or its share links): a summary of another article, not this one's text.
    /// A paragraph of the article may start with a link and end with "…"; it is not a list item.
    private func isTeaser(_ kind: ElementTag.Kind) -> Bool {
        let end = buffer.count
        guard end >= 3 else { return false }
        let cut =
            (buffer[end - 3] == 0xE2 && buffer[end - 2] == 0x80 && buffer[end - 1] == 0xA6)
            || (buffer[end - 3] == 0x2E && buffer[end - 2] == 0x2E && buffer[end - 1] == 0x2E)
        guard cut else { return false }
        return (startsInLink && kind == .listItem) || (outline.blocks.last.map { $0.linkDensity > 0.5 } ?? false)
    }

    private func kind(of node: Int) -> ElementTag.Kind {
        var cursor = node
        while cursor >= 0 {
            if let kind = outline.nodes[cursor].tag.blockKind { return kind }
            cursor = outline.nodes[cursor].parent
        }
        return .other
    }

    private mutating func record(_ tag: ElementTag, _ element: HTMLElement) {
        var hint = ClassHint.of(tag: tag, element: element)
        // A page's own header is chrome; an article's header (title, date) is not.
        if tag == .header, contentDepth == 0 { hint = .structural }
        if hint == .content || tag == .article { contentDepth += 1 }
        let classKey = element.withAttribute("class") { $0.map(Self.classKey) } ?? 0
        outline.nodes.append(PageOutline.Node(parent: stack.last ?? -1, tag: tag, hint: hint, classKey: classKey))
        stack.append(outline.nodes.count - 1)
    }

    private mutating func noteMetadata(_ name: String, _ element: HTMLElement) {
        switch name {
        case "meta": recordMeta(element)
        case "link": recordLink(element)
        case "time": if let stamp = element.attribute("datetime") { outline.timeStamps.append(stamp) }
        case "title" where outline.documentTitle == nil: capture = .title
        default: break
        }
        if name != "meta", outline.meta["datepublished"] == nil { recordStatedDate(name, element) }
    }

    /// A publication date an element states in an attribute, anywhere on the page: itemprop
    /// "datePublished" or "dateCreated" with its `content`, `datetime` or `title`, or hAtom's
    /// `<abbr class="published" title="2024-05-02T09:00">`. Kept as the "datepublished" meta tag.
    private mutating func recordStatedDate(_ name: String, _ element: HTMLElement) {
        let isStated =
            element.withAttribute("itemprop") {
                $0.map { ASCIIBytes.equals($0, "datepublished") || ASCIIBytes.equals($0, "datecreated") } ?? false
            }
            || (name == "abbr" && element.withAttribute("class") { $0.map { ASCIIBytes.contains($0, "published") } ?? false })
        guard isStated else { return }
        let value = element.attribute("content") ?? element.attribute("datetime") ?? element.attribute("title")
        if let value = value?.trimmedWhitespace, DateFinder.isoPrefix(value) != nil { outline.meta["datepublished"] = value }
    }

    private mutating func recordMeta(_ element: HTMLElement) {
        guard let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop")),
            let content = element.attribute("content")?.trimmedWhitespace, !content.isEmpty
        else { return }
        let lowered = key.lowercased()
        if outline.meta[lowered] == nil { outline.meta[lowered] = content }
    }

    private mutating func recordLink(_ element: HTMLElement) {
        guard outline.canonical == nil, element.withAttribute("rel", { $0.map { ASCIIBytes.equals($0, "canonical") } ?? false })
        else { return }
        outline.canonical = element.attribute("href")
    }
}
