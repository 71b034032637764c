import Foundation

/// Walks a parsed page once and builds its `PageOutline`: elements, text blocks and metadata.
///
/// Scripts, styles, forms' controls and embedded media are skipped whole; everything else is
/// kept, with each element's hint, so that the choice of what is content comes afterwards.
struct PageReader: HTMLVisitor {
    /// Elements whose content is never text a reader sees.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "template", "button", "select", "textarea", "object",
        "embed", "canvas", "dialog", "input", "option", "audio", "video", "map", "math", "head",
    ]

    private(set) var outline = PageOutline()

    private var buffer: [UInt8] = []
    private var characters = 0
    private var linkCharacters = 0
    private var pendingSpace = false
    /// Indices in `outline.nodes` of the open elements that are recorded there.
    private var stack: [Int] = []
    /// For each open element, whether it was recorded (pushed on `stack`).
    private var recorded: [Bool] = []
    private var linkDepth = 0
    private var contentDepth = 0
    private var capture: Capture?
    private var knownHints: [String: ClassHint] = [:]

    private enum Capture {
        case title
        case heading
        case jsonLD
    }

    mutating func enter(_ element: HTMLElement) -> HTMLWalk {
        let name = element.name
        if name == "head" {
            recorded.append(false)
            return readHead(element)
        }
        let tag = ElementTag(name: name)
        if tag.breaksText { flush() }
        if Self.skipped.contains(name) || Self.isHidden(element) {
            if name == "script", element.attribute("type")?.lowercased() == "application/ld+json" {
                flush()
                capture = .jsonLD
                recorded.append(false)
                return .descend
            }
            recorded.append(false)  // The walk still calls exit(_:) for it.
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
        recorded.append(isRecorded)
        if isRecorded { record(tag, element) }
        return .descend
    }

    mutating func exit(_ name: String) {
        let tag = ElementTag(name: name)
        if tag.breaksText || name == "title" || name == "script" { flush() }
        if tag == .link { linkDepth = max(0, linkDepth - 1) }
        guard recorded.popLast() == true, let node = stack.popLast() else { return }
        if outline.nodes[node].hint == .content || outline.nodes[node].tag == .article { contentDepth -= 1 }
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
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
            }
            pendingSpace = false
            buffer.append(byte)
            if byte & 0xC0 != 0x80 {
                characters += 1
                if linkDepth > 0 { linkCharacters += 1 }
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
        case nil:
            break
        }
        capture = nil
        if Self.isConditionalComment(text) { return }
        let node = stack.last ?? -1
        outline.blocks.append(
            PageOutline.Block(
                text: text, node: node, kind: kind(of: node), characters: characters, linkCharacters: linkCharacters))
    }

    /// True for elements the page hides: the `hidden` attribute or an inline `display: none`.
    private static func isHidden(_ element: HTMLElement) -> Bool {
        if element.attribute("hidden") != nil { return true }
        guard let style = element.attribute("style"), style.utf8.count < 200 else { return false }
        let compact = style.lowercased().filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// "[if !lte IE 9]>" and "<![endif]" left by conditional comments libxml2 does not know.
    private static func isConditionalComment(_ text: String) -> Bool {
        guard text.utf8.count < 40 else { return false }
        return text.hasPrefix("![if") || text.hasPrefix("<![if") || text.hasPrefix("[if ") || text.hasPrefix("<![endif")
            || text.hasPrefix("![endif")
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
        var hint = ClassHint.of(
            tag: tag, classAndID: Self.classAndID(element), role: element.attribute("role"),
            itemprop: element.attribute("itemprop"), known: &knownHints)
        // A page's own header is chrome; an article's header (title, date) is not.
        if tag == .header, contentDepth == 0 { hint = .structural }
        if hint == .content || tag == .article { contentDepth += 1 }
        outline.nodes.append(PageOutline.Node(parent: stack.last ?? -1, tag: tag, hint: hint))
        stack.append(outline.nodes.count - 1)
    }

    private static func classAndID(_ element: HTMLElement) -> String? {
        switch (element.attribute("class"), element.attribute("id")) {
        case (nil, nil): nil
        case (let value?, nil), (nil, let value?): value
        case (let klass?, let id?): klass + " " + id
        }
    }

    /// Reads the head's title, meta tags, canonical link and JSON-LD, then skips the rest of it.
    private mutating func readHead(_ element: HTMLElement) -> HTMLWalk {
        element.forEachChild { child in
            switch child.name {
            case "title": if outline.documentTitle == nil { outline.documentTitle = child.textContent }
            case "meta": recordMeta(child)
            case "link": recordLink(child)
            case "script" where child.attribute("type")?.lowercased() == "application/ld+json":
                outline.jsonLD.append(child.textContent)
            default: break
            }
        }
        return .skipChildren
    }

    private mutating func noteMetadata(_ name: String, _ element: HTMLElement) {
        switch name {
        case "meta": recordMeta(element)
        case "link": recordLink(element)
        case "time": if let stamp = element.attribute("datetime") { outline.timeStamps.append(stamp) }
        case "title" where outline.documentTitle == nil: capture = .title
        default: break
        }
    }

    private mutating func recordMeta(_ element: HTMLElement) {
        guard let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop")),
            let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty
        else { return }
        let lowered = key.lowercased()
        if outline.meta[lowered] == nil { outline.meta[lowered] = content }
    }

    private mutating func recordLink(_ element: HTMLElement) {
        guard outline.canonical == nil, element.attribute("rel")?.lowercased() == "canonical" else { return }
        outline.canonical = element.attribute("href")
    }
}
