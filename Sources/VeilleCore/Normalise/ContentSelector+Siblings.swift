/// Readability's sibling step: the parts of an article that sit beside the chosen element rather
/// than inside it (a lead or subtitle in `div.head` beside `div.main`, a body split into
/// `section.first-paragraph` and `section.detail-body`) are brought in from its parent and
/// grandparent.
extension ContentSelector {
    /// A sibling whose text is more than this share links is a list of links, not the article's.
    static let siblingMaximumLinkDensity = 0.3
    /// A sibling needs at least this many characters outside links: a lead, not a label.
    static let siblingMinimumLength = 80
    /// A sibling after the chosen element is a second part of the body only when it scores at
    /// least this share of the chosen element; otherwise it is what follows the article.
    static let followingSiblingMinimumShare = 0.2
    /// Leads and second parts are looked for beside the chosen element and its parent.
    static let siblingLevels = 2
    /// Repeated parts are looked for one level higher: the chosen text often sits two wrappers
    /// deep in the part the template repeats (`div.step > div.step-content > div.text`).
    static let repeatedPartLevels = 3

    /// One child of an ancestor of the chosen element (or a block held by the ancestor itself),
    /// with what decides whether it belongs to the article.
    private struct Sibling {
        /// The child of the ancestor; the ancestor itself for the blocks it holds directly.
        var node: Int
        var blocks: [Int] = []
        var characters = 0
        var linkCharacters = 0
        var score = 0.0
        var isChrome = false
        var tag = ElementTag.other
        /// Blocks outside chrome.
        var textBlocks = 0
        /// Holds an `<img>` or `<picture>`: its text is a caption rather than a lead.
        var hasImage = false
        /// Holds a sentence, a list item or a table row outside chrome, not only labels.
        var hasProse = false
    }

    /// For each block, true when it lies in a sibling of `content`, or of its parent, that
    /// belongs to the article: not chrome, few links, long enough, and either a lead before the
    /// chosen element inside the same `<article>` (not beside a picture: a caption), or a second part of the body after it (the
    /// same tag as the part on the way to the chosen element, two blocks or more, and as weighty
    /// as `followingSiblingMinimumShare` says) when the chosen element is not an `<article>`.
    func siblingBlocks(of content: Int, chrome: [Bool], values: [Double], scores: [Double]) -> [Bool] {
        var included = Array(repeating: false, count: outline.blocks.count)
        guard let start = outline.blocks.firstIndex(where: { $0.node >= 0 && isInside($0.node, content) }) else {
            return included
        }
        let descriptions = ["og:description", "description", "twitter:description"].compactMap { outline.meta[$0] }
            .map { FoldedText($0).words }
        var child = content
        for level in 0..<Self.repeatedPartLevels {
            let parent = outline.nodes[child].parent
            guard parent >= 0, !chrome[parent], outline.nodes[parent].tag != .body else { break }
            for sibling in siblings(of: child, in: parent, chrome: chrome, values: values) {
                let isRepeat = isRepeatedPart(sibling, of: child, content: content)
                guard isRepeat || (level < Self.siblingLevels && belongs(sibling)) else { continue }
                let isBefore = sibling.blocks.last.map { $0 < start } ?? false
                let isLead = isBefore && inArticle(parent) && !sibling.hasImage
                let isSecondPart =
                    !isBefore && outline.nodes[content].tag != .article && sibling.tag == outline.nodes[child].tag
                    && sibling.textBlocks >= 2 && sibling.score >= scores[content] * Self.followingSiblingMinimumShare
                guard isRepeat || isLead || isSecondPart else { continue }
                for block in sibling.blocks where !repeats(descriptions, block) {
                    // A lead's short lines are its labels and dates, not the article's text.
                    included[block] =
                        isRepeat || !isLead || outline.blocks[block].characters >= Self.siblingMinimumLength / 2
                }
            }
            child = parent
        }
        return included
    }

    /// True when `node` is an `<article>` or inside one: a lead beside the body there is the
    /// article's own, where one beside a page's content area is as likely a caption or teaser.
    private func inArticle(_ node: Int) -> Bool {
        var cursor = node
        while cursor >= 0 {
            if outline.nodes[cursor].tag == .article { return true }
            cursor = outline.nodes[cursor].parent
        }
        return false
    }

    /// True when the block repeats one of the page's descriptions: a standfirst that summarises
    /// the article, left out of its text like the headline.
    private func repeats(_ descriptions: [[String]], _ block: Int) -> Bool {
        guard !descriptions.isEmpty else { return false }
        let words = FoldedText(outline.blocks[block].text).words.prefix(12)
        return !words.isEmpty && descriptions.contains { $0.starts(with: words) }
    }

    /// True when the sibling has the tag and the class of the element on the way to the chosen
    /// one, few links and a sentence or a list (not only labels: a "Breaking news" tag or a grid row
    /// holding the headline): one more step of a how-to, section of a post or part of a body that
    /// the template repeats, however short (Readability's bonus for a shared class name). Not
    /// beside an `<article>`: the next article of an endless page has the same class.
    private func isRepeatedPart(_ sibling: Sibling, of child: Int, content: Int) -> Bool {
        let node = outline.nodes[child]
        guard node.classKey != 0, node.tag != .article, outline.nodes[content].tag != .article,
            outline.nodes[sibling.node].parent == node.parent, outline.nodes[sibling.node].classKey == node.classKey,
            sibling.tag == node.tag, !sibling.isChrome, sibling.hasProse
        else { return false }
        return Double(sibling.linkCharacters) <= Double(sibling.characters) * Self.siblingMaximumLinkDensity
    }

    private func belongs(_ sibling: Sibling) -> Bool {
        guard !sibling.isChrome, sibling.characters > 0 else { return false }
        let text = sibling.characters - sibling.linkCharacters
        return text >= Self.siblingMinimumLength
            && Double(sibling.linkCharacters) <= Double(sibling.characters) * Self.siblingMaximumLinkDensity
    }

    /// The children of `parent` other than `child`, each with its blocks and their measures;
    /// a block that `parent` holds itself is a sibling of its own.
    private func siblings(of child: Int, in parent: Int, chrome: [Bool], values: [Double]) -> [Sibling] {
        var byNode: [Int: Int] = [:]
        var result: [Sibling] = []
        for (index, block) in outline.blocks.enumerated() where block.node >= 0 {
            guard let unit = childOnPath(from: block.node, below: parent), unit != child else { continue }
            let slot: Int
            if unit != parent, let known = byNode[unit] {
                slot = known
            } else {
                slot = result.count
                result.append(Sibling(node: unit, isChrome: chrome[unit] && unit != parent, tag: outline.nodes[unit].tag))
                if unit != parent { byNode[unit] = slot }
            }
            result[slot].blocks.append(index)
            guard !chrome[block.node], !block.isChrome else { continue }
            result[slot].characters += block.characters
            result[slot].linkCharacters += block.linkCharacters
            result[slot].score += values[index]
            result[slot].textBlocks += 1
            if !result[slot].hasProse {
                result[slot].hasProse =
                    block.kind == .listItem || block.kind == .tableRow
                    || (block.kind != .heading && !OrphanLabels.isLabel(block.text, characters: block.characters))
            }
        }
        for (index, node) in outline.nodes.enumerated() where node.tag == .image {
            if let unit = childOnPath(from: index, below: parent), unit != parent, let slot = byNode[unit] {
                result[slot].hasImage = true
            }
        }
        return result
    }

    /// The child of `ancestor` on the way up from `node`; `ancestor` itself when the node is it;
    /// nil when the node is not inside it.
    private func childOnPath(from node: Int, below ancestor: Int) -> Int? {
        var cursor = node
        var previous = node
        while cursor >= 0 {
            if cursor == ancestor { return previous }
            previous = cursor
            cursor = outline.nodes[cursor].parent
        }
        return nil
    }
}
