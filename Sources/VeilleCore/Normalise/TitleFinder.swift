import Foundation

/// Decides a release's title when the file does not state one: the first paragraph when it reads
/// as a headline, else the start of the first sentence.
enum TitleFinder {
    /// Longer first paragraphs are body text, not headlines.
    static let headlineMaximumLength = 220
    /// How much of the first sentence a made-up title keeps.
    static let madeUpTitleLength = 120

    /// True for a short line that does not end like a sentence.
    static func isHeadline(_ paragraph: String) -> Bool {
        guard paragraph.count <= headlineMaximumLength, let last = paragraph.last else { return false }
        return last != "." || paragraph.count <= 80
    }

    /// The first sentence of `paragraph`, cut at a word boundary with "…" when too long.
    static func madeUpTitle(from paragraph: String) -> String {
        // A numbered paragraph ("1. The Authority…") starts after its number.
        let start =
            paragraph.prefix(4).firstIndex(of: ".").flatMap { dot in
                paragraph[..<dot].allSatisfy(\.isNumber) ? paragraph.index(after: dot) : nil
            } ?? paragraph.startIndex
        let text = paragraph[start...].drop { $0 == " " }
        var sentence = text
        if let end = text.firstIndex(where: { ".!?".contains($0) }) {
            sentence = text[...end]
        }
        guard sentence.count > madeUpTitleLength else { return String(sentence) }
        let cut = sentence.prefix(madeUpTitleLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
