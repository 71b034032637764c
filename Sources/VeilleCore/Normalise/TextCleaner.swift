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
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
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

    /// A paragraph after a list heading is a list item up to this many characters, or when it
    /// ends with "…" (a cut teaser); a longer one is body text again and ends the list.
    private static let listItemMaximumLength = 160

    /// Drops boilerplate paragraphs, lists under a list heading, and everything after a tail
    /// marker late in the text.
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
            before += paragraphs[index].utf8.count
        }
        return paragraphs.indices.filter { kept[$0] }.map { paragraphs[$0] }
    }

    private static func isListItem(_ paragraph: String) -> Bool {
        paragraph.count <= listItemMaximumLength || paragraph.hasSuffix("…") || paragraph.hasSuffix("...")
    }

    /// Runs of spaces, tabs and no-break spaces become one space; the ends are trimmed.
    static func foldWhitespace(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    private static func continues(_ previous: String, with line: String) -> Bool {
        guard let last = previous.last, let first = line.first else { return false }
        return !".!?:;»\"”)".contains(last) && first.isLowercase
    }
}
