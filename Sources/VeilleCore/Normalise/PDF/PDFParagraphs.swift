import Foundation

/// Joins a PDF's lines into paragraphs: a paragraph ends where the space between two lines
/// grows, the type size changes, the next line is indented, or a short line ends a sentence. A
/// paragraph that runs on to the next column or page goes on when its sentence does. A word
/// hyphenated at a line's end is joined again.
enum PDFParagraphs {
    /// The paragraphs of `pages`, in order.
    static func paragraphs(_ pages: [[PDFLine]]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var previous: PDFLine?
        for lines in pages {
            let layout = PageLayout(lines)
            for (index, line) in lines.enumerated() {
                let breaks = previous.map { endsParagraph($0, before: line, sameFlow: index > 0, layout: layout) } ?? true
                if breaks {
                    if !current.isEmpty { paragraphs.append(current) }
                    current = line.text
                } else {
                    current = joined(current, line.text)
                }
                previous = line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// True when `line` starts a new paragraph after `previous`. `sameFlow` is false at a page's
    /// first line.
    static func endsParagraph(_ previous: PDFLine, before line: PDFLine, sameFlow: Bool, layout: PageLayout) -> Bool {
        let endsSentence = previous.text.last.map { ".!?:;»\"”)".contains($0) } ?? false
        // A new page, or a new column (the next line lies higher up): the sentence decides.
        if !sameFlow || line.box.top < previous.box.top {
            return endsSentence || !(line.text.first?.isLowercase ?? false)
        }
        if abs(line.height - previous.height) > 0.2 * max(previous.height, 1) { return true }
        if line.box.top - previous.box.top > 1.4 * layout.pitch { return true }
        guard endsSentence else { return false }
        if line.box.left > previous.box.left + 8 { return true }
        let right = layout.rightEdge(near: previous.box.left)
        return previous.box.right < right - 0.15 * max(right - previous.box.left, 1)
    }

    /// `line` added to `text`: a word hyphenated across the break is joined without its hyphen
    /// ("sécuri-" "taire"), a compound keeps it ("Addis-" "Abeba"), other lines take a space.
    static func joined(_ text: String, _ line: String) -> String {
        guard text.hasSuffix("-"), let before = text.dropLast().last, before.isLetter, let next = line.first,
            next.isLetter
        else { return text + " " + line }
        return next.isLowercase ? String(text.dropLast()) + line : text + line
    }
}

/// What is usual on one page: the distance from a line's top to the next's, and each column's
/// right edge.
struct PageLayout {
    /// The median step between consecutive lines of the same column, in points.
    let pitch: Double
    private let lines: [PDFLine]

    init(_ lines: [PDFLine]) {
        self.lines = lines
        let steps = zip(lines, lines.dropFirst()).map { $1.box.top - $0.box.top }.filter { $0 > 0 }.sorted()
        pitch = steps.isEmpty ? 12 : steps[steps.count / 2]
    }

    /// The farthest right edge of the lines that start within a few points of `left`.
    func rightEdge(near left: Double) -> Double {
        lines.filter { abs($0.box.left - left) < 12 }.map(\.box.right).max() ?? left
    }
}
