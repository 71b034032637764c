import Foundation

/// Finds the running headers, footers and page numbers of a PDF: lines at the top or bottom of
/// a page that come back at the same height on other pages (digits aside, so "Page 2 / 9"
/// matches "Page 3 / 9"), and lines there that are only a page number.
enum RunningChrome {
    /// How many lines at each end of a page may be a header or a footer.
    static let edgeLines = 3

    /// The pages' lines without their running headers, footers and page numbers.
    static func removed(from pages: [[PDFLine]]) -> [[PDFLine]] {
        let repeated = repeatedEdges(pages)
        return pages.map { lines in
            lines.enumerated().compactMap { index, line in
                guard isEdge(index, of: lines.count) else { return line }
                let key = self.key(line.text)
                return repeated.contains(placed(key, line)) || isPageNumber(key, line.text) ? nil : line
            }
        }
    }

    /// The keys of edge lines found on at least half the pages, and on two at least.
    private static func repeatedEdges(_ pages: [[PDFLine]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var pagesWith: [String: Int] = [:]
        for lines in pages {
            let keys = Set(lines.indices.filter { isEdge($0, of: lines.count) }.map { placed(key(lines[$0].text), lines[$0]) })
            for key in keys { pagesWith[key, default: 0] += 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        return Set(pagesWith.filter { $0.value >= needed }.keys)
    }

    /// The key with the line's height on the page, to the nearest 6 points: a header stays put,
    /// a line of the body that happens to repeat does not.
    private static func placed(_ key: String, _ line: PDFLine) -> String {
        key + "@" + String(Int((line.box.top / 6).rounded()))
    }

    private static func isEdge(_ index: Int, of count: Int) -> Bool {
        index < edgeLines || index >= count - edgeLines
    }

    /// The line in lowercase, each run of digits as "#" and each run of spaces as one.
    static func key(_ text: String) -> String {
        var key = ""
        var previous: Character = " "
        for character in text.lowercased() {
            let folded: Character = character.isNumber ? "#" : character.isWhitespace ? " " : character
            if folded == previous, folded == "#" || folded == " " { continue }
            key.append(folded)
            previous = folded
        }
        return key.trimmingCharacters(in: .whitespaces)
    }

    /// "3", "- 3 -", "Page 3", "Page 3 / 9", "page 3 of 9", "3/9", "p. 3", "3 sur 9"; a number
    /// alone that could be a year is not taken for one.
    static func isPageNumber(_ key: String, _ text: String) -> Bool {
        if key == "#" || key == "- # -" || key == "-#-" {
            let number = Int(text.filter(\.isNumber)) ?? 0
            return number < 1000
        }
        return pageNumberForms.contains(key)
    }

    private static let pageNumberForms: Set<String> = [
        "page #", "page # / #", "page #/#", "page # of #", "page # sur #", "# / #", "#/#", "# of #", "# sur #", "p. #",
        "p.#", "- # / # -", "[#]", "(#)",
    ]
}
