import Foundation

/// The opening sentences of a text, for a digest entry: enough to tell what the release says.
enum Lead {
    /// Up to `sentences` sentences from the start of `body`, cut to about `limit` characters.
    static func of(_ body: String, sentences wanted: Int = 2, limit: Int = 420) -> String {
        var result = ""
        var count = 0
        for paragraph in body.split(separator: "\n", omittingEmptySubsequences: true) {
            for sentence in sentences(in: paragraph) {
                if !result.isEmpty, result.count + sentence.count > limit { return result }
                result += (result.isEmpty ? "" : " ") + sentence
                count += 1
                if count == wanted || result.count >= limit { return clip(result, to: limit) }
            }
        }
        return clip(result, to: limit)
    }

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

    private static func clip(_ text: String, to limit: Int) -> String {
        guard text.count > limit + 40 else { return text }
        let cut = text.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
