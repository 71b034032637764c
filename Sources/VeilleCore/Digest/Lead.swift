import Foundation

/// Splits a paragraph into sentences, for the digest's summaries.
enum Lead {
    /// Sentences end at ". ", "! " or "? " followed by a capital, a quote or a digit, so that
    /// "M. Dussey" or "p. 4" do not split.
    static func sentences(in text: Substring) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?".contains(character), next < text.endIndex, text[next] == " " {
                let after = text.index(after: next)
                let previousWordLength = text[start..<index].split(separator: " ").last?.count ?? 0
                if after < text.endIndex, text[after].isUppercase || "«\"“".contains(text[after]), previousWordLength > 2 {
                    sentences.append(String(text[start...index]))
                    start = after
                }
            }
            index = next
        }
        if start < text.endIndex { sentences.append(String(text[start...])) }
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
