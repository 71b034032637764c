import Foundation
/// Chooses a page's main content from its outline: the element whose blocks add up to the most
/// reading text, then, inside it, the blocks that are not chrome.
///
/// Each block is worth its text outside links, less a fixed cost and its link text: a long
/// paragraph is worth much, a menu entry or a teaser link costs. An element's score is the sum
/// over its subtree, so the best element takes in the sibling paragraphs that belong to the
/// article and stops where menus and link lists would cost more than they bring. Elements
/// whose tag, class or id name chrome (menus, share buttons, related links, comments) count as
/// chrome, unless they hold most of the page's text (a `<div class="page-with-sidebar">`).
struct ContentSelector {
    /// Every block pays this, so that many short blocks are worth less than one long one.
    static let blockCost = 25.0
    /// Above this link density, a block inside the content is a link list and is dropped.
    static let maximumLinkDensity = 0.5
    /// A chrome hint is ignored on an element holding more than this share of the page's text.
    static let chromeMaximumShare = 0.5
    /// The score of content-hinted elements (`<article>`, itemprop="articleBody") is raised by this factor.
    static let contentBonus = 1.3

    let outline: PageOutline

    /// The main content's blocks, in reading order; empty when the page has no reading text.
    func select() -> [PageOutline.Block] {
        let values = outline.blocks.map(Self.value)
        let chrome = chromeNodes(values: values)
        let scores = subtreeSums(values: values, excluding: chrome)
        guard let best = bestNode(scores: scores, chrome: chrome), scores[best] > 0 else { return [] }
        if ProcessInfo.processInfo.environment["VEILLE_DEBUG"] != nil {  // DEBUG
            var c = best
            while c >= 0 { print("DEBUG node", c, outline.nodes[c].tag, outline.nodes[c].hint, scores[c], chrome[c]); c = outline.nodes[c].parent }
            for (i, b) in outline.blocks.enumerated() { print("DEBUG block", b.node, b.kind, values[i], chrome[max(b.node,0)], isInside(b.node, best), String(b.text.prefix(60))) }
        }
        return outline.blocks.enumerated().compactMap { index, block in
            guard isInside(block.node, best), !chrome[max(block.node, 0)] else { return nil }
            if block.kind != .heading, block.linkDensity > Self.maximumLinkDensity { return nil }
            return block
        }
    }

    /// What a block brings to the element holding it.
    static func value(_ block: PageOutline.Block) -> Double {
        let text = Double(block.characters - block.linkCharacters)
        if block.kind == .heading { return 0 }
        return text - Double(block.linkCharacters) - blockCost
    }

    /// For each node, whether it or an ancestor is chrome (by tag or hint) that holds at most
    /// `chromeMaximumShare` of the page's positive text.
    private func chromeNodes(values: [Double]) -> [Bool] {
        let positive = values.map { max($0, 0) }
        let all = subtreeSums(values: positive, excluding: nil)
        let total = max(positive.reduce(0, +), 1)
        var chrome = Array(repeating: false, count: max(outline.nodes.count, 1))
        for (index, node) in outline.nodes.enumerated() {
            let inherited = node.parent >= 0 && chrome[node.parent]
            chrome[index] = inherited || (node.hint == .boilerplate && all[index] <= total * Self.chromeMaximumShare)
        }
        return chrome
    }

    /// Each node's sum of block values over its subtree; blocks in `excluding` nodes count as
    /// chrome (their cost only).
    private func subtreeSums(values: [Double], excluding chrome: [Bool]?) -> [Double] {
        var sums = Array(repeating: 0.0, count: outline.nodes.count)
        for (block, value) in zip(outline.blocks, values) where block.node >= 0 {
            let isChrome = chrome?[block.node] ?? false
            sums[block.node] += isChrome ? min(value, -Self.blockCost) : value
        }
        // Children come after their parent in document order, so one backward pass sums subtrees.
        for index in outline.nodes.indices.reversed() {
            let parent = outline.nodes[index].parent
            if parent >= 0 { sums[parent] += sums[index] }
        }
        return sums
    }

    private func bestNode(scores: [Double], chrome: [Bool]) -> Int? {
        var best: Int?
        var bestScore = -Double.infinity
        for (index, node) in outline.nodes.enumerated() where !chrome[index] {
            let score = node.hint == .content && scores[index] > 0 ? scores[index] * Self.contentBonus : scores[index]
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        return best
    }

    private func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var cursor = node
        while cursor >= 0 {
            if cursor == ancestor { return true }
            cursor = outline.nodes[cursor].parent
        }
        return false
    }
}
