import Foundation

/// Chooses a page's main content from its outline: the element whose blocks add up to the most
/// reading text, then, inside it, the blocks that are not chrome.
///
/// Each block is worth its text outside links, less a fixed cost and its link text: a long
/// paragraph is worth much, a menu entry or a teaser link costs. An element's score is the sum
/// over its subtree, so the best element takes in the sibling paragraphs that belong to the
/// article and stops where menus and link lists would cost more than they bring. Elements
/// whose tag, class or id name chrome (menus, share buttons, related links, comments) count as
/// chrome. When that leaves too little, class and id hints are ignored and the choice is made
/// again (a `<div class="page-with-sidebar">` may hold the whole article).
struct ContentSelector {
    /// Every block pays this, so that many short blocks are worth less than one long one.
    static let blockCost = 20.0
    /// What a block that continues a run of blocks of its kind pays instead of `blockCost`.
    static let runBlockCost = 10.0
    /// Above this link density, a block inside the content is a link list and is dropped.
    static let maximumLinkDensity = 0.8
    /// The content chosen with class hints must hold at least this share of the page's reading
    /// text, else class hints are ignored.
    static let minimumShare = 0.2
    /// A node's score is multiplied by its share of text outside links raised to this power.
    static let densityExponent = 2.0
    /// The score of content-hinted elements (`<article>`, itemprop="articleBody") is raised by this factor.
    static let contentBonus = 1.3
    /// A content-hinted element scoring at least this is chosen even when it holds less than
    /// `minimumShare` of the page's text.
    static let trustedArticleMinimum = 300.0

    let outline: PageOutline

    /// The main content's blocks, in reading order; empty when the page has no reading text.
    /// What `<noscript>` holds is read only when the rest of the page gives nothing.
    func select() -> [PageOutline.Block] {
        guard outline.blocks.contains(where: \.inNoscript) else { return choose() }
        var scripted = outline
        scripted.blocks.removeAll(where: \.inNoscript)
        let chosen = ContentSelector(outline: scripted).choose()
        return chosen.isEmpty ? choose() : chosen
    }

    /// The main content's blocks among all of the outline's.
    private func choose() -> [PageOutline.Block] {
        let values = blockValues()
        let total = values.reduce(0) { $0 + max($1, 0) }
        var chrome = chromeNodes(trustingClasses: true)
        var scores = subtreeSums(values: values, excluding: chrome)
        var best = bestNode(scores: scores, chrome: chrome)
        if best.map({ scores[$0] < total * Self.minimumShare && !isTrustedArticle($0, score: scores[$0]) }) ?? true {
            chrome = chromeNodes(trustingClasses: false)
            scores = subtreeSums(values: values, excluding: chrome)
            best = bestNode(scores: scores, chrome: chrome)
        }
        best = best.map { widened($0, scores: scores, chrome: chrome) }
        var kept: [Bool]
        let inArea: (Int) -> Bool
        if let content = best, scores[content] > 0 {
            let siblings = siblingBlocks(of: content, chrome: chrome, values: values, scores: scores)
            inArea = { index in
                let node = outline.blocks[index].node
                return node >= 0 && (siblings[index] || isInside(node, content))
            }
            kept = outline.blocks.indices.map { index in
                let block = outline.blocks[index]
                guard inArea(index), !chrome[block.node] else { return false }
                guard block.hasLetters || block.kind == .tableRow, !block.isChrome else { return false }
                return block.kind == .heading || block.linkDensity <= Self.maximumLinkDensity
            }
        } else {
            inArea = { index in outline.blocks[index].node >= 0 && !chrome[outline.blocks[index].node] }
            kept = fallback(chrome: chrome)
        }
        OrphanLabels.remove(
            from: &kept, isLabel: isLabel, isHeading: { outline.blocks[$0].kind == .heading }, introduced: inArea)
        return outline.blocks.indices.filter { kept[$0] }.map { outline.blocks[$0] }
    }

    /// A heading, or a short paragraph that does not end like a sentence; list items and table
    /// rows are content of their own.
    private func isLabel(_ index: Int) -> Bool {
        let block = outline.blocks[index]
        switch block.kind {
        case .heading: return true
        case .paragraph, .other: return OrphanLabels.isLabel(block.text, characters: block.characters)
        case .listItem, .tableRow: return false
        }
    }

    /// For short pages, whose few short paragraphs all cost more than they bring: every block
    /// outside chrome that is not a link list.
    private func fallback(chrome: [Bool]) -> [Bool] {
        outline.blocks.map { block in
            block.node >= 0 && !chrome[block.node] && block.hasLetters && block.linkDensity <= 0.5 && !block.isChrome
        }
    }

    /// A parent whose score is at least this share of a chosen table's holds the table's article.
    static let tableParentMinimumShare = 0.3

    /// The chosen element, or the element around it when it is a table (a list of films, a
    /// price list): the paragraphs that introduce and follow a table are its article's, and
    /// the table only won because its rows add up. The parent must not be chrome and must still
    /// be worth `tableParentMinimumShare` of the table.
    private func widened(_ node: Int, scores: [Double], chrome: [Bool]) -> Int {
        guard outline.nodes[node].tag == .table else { return node }
        let parent = outline.nodes[node].parent
        guard parent >= 0, !chrome[parent], outline.nodes[parent].tag != .body,
            scores[parent] >= scores[node] * Self.tableParentMinimumShare
        else { return node }
        return parent
    }

    /// True for an element that says it is the article (`<article>`, `<main>`, itemprop
    /// "articleBody", class "entry-content") and holds a few sentences: kept even when chrome
    /// such as a long comment thread holds most of the page's text.
    private func isTrustedArticle(_ node: Int, score: Double) -> Bool {
        outline.nodes[node].hint == .content && score >= Self.trustedArticleMinimum
    }

    /// What each block brings to the element holding it. A block that continues a run (the
    /// same kind as the block before, in the same element or a sibling: the items of one list,
    /// the lines of show notes) pays `runBlockCost`: a long run of short blocks is not punished
    /// as so many separate blocks.
    private func blockValues() -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(outline.blocks.count)
        var previous: PageOutline.Block?
        for block in outline.blocks {
            let continuesRun = previous.map { $0.kind == block.kind && !$0.isChrome && isSibling($0.node, block.node) } ?? false
            values.append(Self.value(block, cost: continuesRun ? Self.runBlockCost : Self.blockCost))
            previous = block
        }
        return values
    }

    /// True when two blocks are lines of one element (split by `<br>`) or items of one list.
    private func isSibling(_ first: Int, _ second: Int) -> Bool {
        guard first >= 0, second >= 0 else { return false }
        return first == second
    }

    /// What a block brings to the element holding it, paying `cost` as a block.
    static func value(_ block: PageOutline.Block, cost: Double = blockCost) -> Double {
        let text = Double(block.characters - block.linkCharacters)
        if block.kind == .heading { return 0 }
        if block.isChrome { return -blockCost - Double(block.linkCharacters) }
        return text - Double(block.linkCharacters) - cost
    }

    /// An element holding more than this share of the page's text outside links is not chrome by
    /// its class, id or role, nor as a `<header>`: it is a layout wrapper named after its sidebar,
    /// or a header left unclosed that swallowed the page. `<nav>`, `<aside>` and `<footer>` stay
    /// chrome: a sidebar may well hold more text than a short article.
    static let chromeMaximumShare = 0.5

    /// For each node, whether it or an ancestor is chrome by its tag or, when `trustingClasses`,
    /// by its class, id or role, unless it holds most of the page's text.
    private func chromeNodes(trustingClasses: Bool) -> [Bool] {
        let none = Array(repeating: false, count: outline.nodes.count)
        let text = textSums(chrome: none) { Double($0.characters - $0.linkCharacters) }
        let total = outline.blocks.reduce(0.0) { $0 + Double($1.characters - $1.linkCharacters) }
        var chrome = none
        for (index, node) in outline.nodes.enumerated() {
            let inherited = node.parent >= 0 && chrome[node.parent]
            let named = node.hint == .structural || (trustingClasses && node.hint == .boilerplate)
            let mayHoldTheArticle = node.hint == .boilerplate || node.tag == .header
            chrome[index] = inherited || (named && !(mayHoldTheArticle && text[index] > total * Self.chromeMaximumShare))
        }
        return chrome
    }

    /// Chrome inside `<article>` (a share bar, a list of related links) costs at most this: it is
    /// left out anyway, and should not sink a short article below a cookie notice.
    static let articleChromeMaximumCost = 6 * blockCost

    /// Each node's sum of block values over its subtree; blocks in `excluding` nodes count as
    /// chrome (their cost only), up to `articleChromeMaximumCost` inside an article.
    private func subtreeSums(values: [Double], excluding chrome: [Bool]) -> [Double] {
        var sums = Array(repeating: 0.0, count: outline.nodes.count)
        for (block, value) in zip(outline.blocks, values) where block.node >= 0 {
            sums[block.node] += chrome[block.node] ? min(value, -Self.blockCost) : value
        }
        var inArticle = Array(repeating: false, count: outline.nodes.count)
        for (index, node) in outline.nodes.enumerated() where !chrome[index] {
            inArticle[index] = node.tag == .article || (node.parent >= 0 && inArticle[node.parent])
        }
        // Children come after their parent in document order, so one backward pass sums subtrees.
        for index in outline.nodes.indices.reversed() {
            let parent = outline.nodes[index].parent
            guard parent >= 0 else { continue }
            if chrome[index], inArticle[parent] { sums[index] = max(sums[index], -Self.articleChromeMaximumCost) }
            sums[parent] += sums[index]
        }
        return sums
    }

    /// The node with the highest score, raised for content hints and lowered by the share of its
    /// text that is in links: a wrapper around the article and its lists of teasers has more.
    private func bestNode(scores: [Double], chrome: [Bool]) -> Int? {
        let characters = textSums(chrome: chrome) { Double($0.characters) }
        let links = textSums(chrome: chrome) { Double($0.linkCharacters) }
        var best: Int?
        var bestScore = -Double.infinity
        for (index, node) in outline.nodes.enumerated() where !chrome[index] && node.tag.holdsBlocks {
            var score = node.hint == .content && scores[index] > 0 ? scores[index] * Self.contentBonus : scores[index]
            if score > 0, characters[index] > 0 { score *= pow(1 - links[index] / characters[index], Self.densityExponent) }
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        return best
    }

    /// Sums of `measure` over each node's subtree, leaving out chrome.
    private func textSums(chrome: [Bool], _ measure: (PageOutline.Block) -> Double) -> [Double] {
        var sums = Array(repeating: 0.0, count: outline.nodes.count)
        for block in outline.blocks where block.node >= 0 && !chrome[block.node] { sums[block.node] += measure(block) }
        for index in outline.nodes.indices.reversed() {
            let parent = outline.nodes[index].parent
            if parent >= 0 { sums[parent] += sums[index] }
        }
        return sums
    }

    /// True when `node` is `ancestor` or inside it.
    func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var cursor = node
        while cursor >= 0 {
            if cursor == ancestor { return true }
            cursor = outline.nodes[cursor].parent
        }
        return false
    }
}
