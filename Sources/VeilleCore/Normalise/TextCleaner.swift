/// Turns running text into clean paragraphs: whitespace folded, hard-wrapped lines rejoined, and
/// page chrome dropped by the boilerplate rules from `Config/boilerplate.yaml`.
struct TextCleaner: Sendable {
    var rules: BoilerplateRules

    /// A tail marker ("Recent Posts") only cuts the rest of the text when at least this share of
    /// the text comes before it; earlier, it is more likely a menu above the article.
    private static let tailCutMinimumShare = 0.4

    /// Paragraphs of a plain-text file: each non-blank line is one, except that a line ending
    /// mid-sentence followed by one starting in lowercase is the same sentence, wrapped.
    func paragraphs(fromText text: String) -> [String] {
        var paragraphs: [String] = []
        var previousBlank = true
        for rawLine in Self.lines(of: text) {
            let line = Self.foldWhitespace(rawLine)
            if line.isEmpty {
                previousBlank = true
                continue
            }
            if !previousBlank, let last = paragraphs.last, Self.continues(last, with: line) {
                paragraphs[paragraphs.count - 1] = last + " " + line
            } else {
                paragraphs.append(line)
            }
            previousBlank = false
        }
        return paragraphs
    }

    /// The lines of `text`, split where `Character.isNewline` splits it ("\r\n" is one break), but
    /// on Unicode scalars, without forming the text's characters.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
            else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// A paragraph after a list heading is a list item up to this many characters when it is not
    /// a sentence, or when it ends with "…" (a cut teaser); anything else is body text again and
    /// ends the list.
    private static let listItemMaximumLength = 160

    /// Drops boilerplate paragraphs, lists under a list heading, everything after a tail marker
    /// late in the text, and the labels left without what they introduced.
    func clean(_ paragraphs: [String]) -> [String] {
        let folded = paragraphs.map { FoldedText($0) }
        var kept = paragraphs.indices.map { _ in true }
        let total = paragraphs.reduce(0) { $0 + $1.utf8.count }
        var before = 0
        var inList = false
        for index in paragraphs.indices {
            if rules.listHeadings.contains(where: { $0.matches(folded[index]) }) {
                inList = true
                kept[index] = false
            } else if inList, Self.isListItem(paragraphs[index]) {
                kept[index] = false
            } else {
                inList = false
            }
            if rules.tailMarkers.contains(where: { $0.matches(folded[index]) }) {
                if Double(before) >= Double(total) * Self.tailCutMinimumShare {
                    for later in index..<paragraphs.count { kept[later] = false }
                    break
                }
                kept[index] = false
            }
            if rules.lines.contains(where: { $0.matches(folded[index]) }) { kept[index] = false }
            if Self.isTemplateMarkup(paragraphs[index]) { kept[index] = false }
            before += paragraphs[index].utf8.count
        }
        let isLabel = { OrphanLabels.isLabel(paragraphs[$0], characters: paragraphs[$0].count) }
        // Without markup nothing tells a heading from a short line of text, so only a label
        // that ends the text is an orphan.
        OrphanLabels.remove(from: &kept, isLabel: isLabel, isHeading: { _ in false }, introduced: { _ in true })
        return paragraphs.indices.filter { kept[$0] }.map { paragraphs[$0] }
    }

    /// A paragraph of unrendered template markup ("{{ item.title }}", "{{nrco.", "[[ ctrl.text ]]"),
    /// which a page built by JavaScript shows before its script runs: with the `{{…}}` and
    /// `[[…]]` spans (or an unclosed one) taken away, fewer than three words are left.
    static func isTemplateMarkup(_ paragraph: String) -> Bool {
        guard Self.hasDoubledBracket(paragraph) else { return false }
        var words = 0
        var depth = 0
        var inWord = false
        var previous: Character = " "
        for character in paragraph {
            if (character == "{" || character == "[") && previous == character {
                depth += 1
            } else if (character == "}" || character == "]") && previous == character && depth > 0 {
                depth -= 1
            } else if depth == 0 {
                let letter = character.isLetter
                if letter && !inWord { words += 1 }
                inWord = letter
            }
            previous = character
        }
        return words < 3
    }

    /// True when "{{" or "[[" is in `text`: found on its bytes, as nearly every paragraph has none.
    private static func hasDoubledBracket(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")) && byte == previous { return true }
            previous = byte
        }
        return false
    }

    /// A teaser's headline, or a summary cut with "…": a short paragraph that does not end like
    /// a sentence. A short sentence ends the list, as news articles are full of them.
    private static func isListItem(_ paragraph: String) -> Bool {
        if paragraph.hasSuffix("…") || paragraph.hasSuffix("...") { return true }
        return paragraph.count <= listItemMaximumLength && !OrphanLabels.endsLikeASentence(paragraph)
    }

    /// Runs of spaces, tabs and no-break spaces become one space; the ends are trimmed.
    static func foldWhitespace(_ text: some StringProtocol) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII white space is told by its value; Unicode's table is read for the rest only.
            let isSpace =
                scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
            if isSpace {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { result.append($0) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func continues(_ previous: String, with line: String) -> Bool {
        guard let last = previous.last, let first = line.first else { return false }
        return !".!?:;»\"”)".contains(last) && first.isLowercase
    }
}

extension String {
    /// The text without Unicode white space at either end: the standard library's stand-in for
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, which bridges to NSString.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
