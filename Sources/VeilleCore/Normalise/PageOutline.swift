/// A page reduced to what content extraction weighs: its elements as a tree of indices, its
/// text as blocks (paragraphs, headings, list items, table rows) tied to the element that holds
/// them, and the metadata seen on the way. Built in one walk by `PageReader`.
struct PageOutline {
    /// An element that can hold blocks.
    struct Node {
        /// Index of the parent in `nodes`; -1 for the root.
        var parent: Int
        var tag: ElementTag
        /// What the element's tag, class and id say about its content.
        var hint: ClassHint
        /// A hash of the class attribute as written; 0 without one. Elements of one class beside
        /// each other are parts of one thing (the steps of a how-to, the sections of a post).
        var classKey: UInt32 = 0
    }

    /// One run of text between block boundaries.
    struct Block {
        var text: String
        /// The innermost element open when the block closed.
        var node: Int
        var kind: ElementTag.Kind
        /// Characters (Unicode scalars, spaces folded) in the block, and of those inside links.
        var characters: Int
        var linkCharacters: Int
        /// Chrome that the element tree does not show: a teaser for another page (text cut with
        /// "…" under a link or in a linked list item), or text all inside inline elements whose
        /// class names chrome (`<span class="caption">`, `<span class="byline">`).
        var isChrome = false
        /// Inside `<noscript>`: what a browser without JavaScript shows, read only when the page
        /// has no text otherwise.
        var inNoscript = false

        /// False for blocks of digits and signs only ("500", "2019-11-19T08:57"), which are
        /// leftovers of hidden metadata and widgets.
        var hasLetters: Bool { text.unicodeScalars.contains { $0.properties.isAlphabetic } }

        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    }

    var nodes: [Node] = []
    var blocks: [Block] = []
    /// Meta tags by lowercased name or property; the first value wins.
    var meta: [String: String] = [:]
    /// The text of the first short blocks inside elements whose class names a date
    /// ("post-date", "byline"), wherever they are on the page, chrome or not.
    var datedBlocks: [String] = []
    /// `<time datetime>` values in document order.
    var timeStamps: [String] = []
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    var documentTitle: String?
    var firstHeading: String?
    /// The index in `blocks` of the first h1's block.
    var firstHeadingBlock: Int?
    /// `<link rel="canonical">`'s address.
    var canonical: String?
}

/// The tags content extraction tells apart; everything else is `.other`.
enum ElementTag: UInt8 {
    case other, inline, link, paragraph, heading, listItem, list, tableRow, tableCell, table, quote, pre, division
    case section, article, main, body, navigation, footer, aside, header, form, lineBreak, definition, figure
    /// `<img>` and `<picture>`: no text, but a block beside one is likely its caption.
    case image
    /// Elements whose content is never text a reader sees: scripts, styles, forms' controls, media.
    case skipped

    /// What a block is, for deciding how it counts and how it is written out.
    enum Kind: UInt8 {
        case paragraph, heading, listItem, tableRow, other
    }

    private static let byName: [String: ElementTag] = [
        "a": .link, "p": .paragraph, "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading,
        "h5": .heading, "h6": .heading, "li": .listItem, "ul": .list, "ol": .list, "dl": .list, "tr": .tableRow,
        "td": .tableCell, "th": .tableCell, "table": .table, "blockquote": .quote, "pre": .pre, "div": .division,
        "section": .section, "article": .article, "main": .main, "body": .body, "nav": .navigation,
        "footer": .footer, "aside": .aside, "header": .header, "form": .form, "br": .lineBreak, "hr": .lineBreak,
        "dd": .definition, "dt": .definition, "figure": .figure, "figcaption": .figure, "address": .paragraph,
        "center": .division, "details": .division, "summary": .paragraph, "caption": .paragraph, "menu": .navigation,
        "img": .image, "picture": .image, "span": .inline, "b": .inline, "i": .inline, "em": .inline, "strong": .inline,
        "font": .inline, "u": .inline,
        "small": .inline, "sup": .inline, "sub": .inline, "abbr": .inline, "cite": .inline, "q": .inline,
        "mark": .inline, "time": .inline, "code": .inline, "s": .inline, "label": .inline, "big": .inline,
        "html": .body, "tbody": .other, "thead": .other,
        "script": .skipped, "style": .skipped, "noscript": .division, "rt": .skipped, "rp": .skipped, "iframe": .skipped,
        "svg": .skipped,
        "template": .skipped, "button": .skipped, "select": .skipped, "textarea": .skipped, "object": .skipped,
        "embed": .skipped, "canvas": .skipped, "dialog": .skipped, "input": .skipped, "option": .skipped,
        "audio": .skipped, "video": .skipped, "map": .skipped, "math": .skipped,
    ]

    init(name: String) { self = Self.byName[name] ?? .other }

    /// True when entering or leaving the element ends the block of text before it.
    var breaksText: Bool {
        switch self {
        case .inline, .link, .tableCell, .other, .skipped, .image: false
        default: true
        }
    }

    /// True for elements that hold paragraphs rather than being one: the candidates for the
    /// main content.
    var holdsBlocks: Bool {
        switch self {
        case .paragraph, .heading, .listItem, .tableRow, .pre, .definition, .inline, .link, .lineBreak, .skipped, .image:
            false
        default: true
        }
    }

    /// The kind of block whose text this element holds directly.
    var blockKind: Kind? {
        switch self {
        case .paragraph, .quote, .pre, .definition: .paragraph
        case .heading: .heading
        case .listItem: .listItem
        case .tableRow: .tableRow
        case .inline, .link, .tableCell, .other, .lineBreak, .skipped, .image: nil
        default: .other
        }
    }
}
