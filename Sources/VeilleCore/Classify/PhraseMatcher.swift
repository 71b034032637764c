/// Finds the occurrences of many term patterns in folded text in one pass over its tokens.
///
/// Candidates are looked up by a hash of their first token (or, for prefix terms, of the token's
/// first bytes), then checked word by word, so the cost grows with the text, not the term list.
struct PhraseMatcher: Sendable {
    /// One match: which pattern, and the tokens it covers.
    struct Occurrence: Sendable, Equatable {
        var pattern: Int
        var tokens: Range<Int>
    }

    let patterns: [TermPattern]
    private var byFirstToken: [UInt64: [Int]] = [:]
    /// For prefix terms: prefix length → hash of that many bytes → patterns.
    private var byFirstPrefix: [Int: [UInt64: [Int]]] = [:]

    init(_ patterns: [TermPattern]) {
        self.patterns = patterns
        for (index, pattern) in patterns.enumerated() {
            let first = pattern.tokens[0]
            let hash = Self.hash(first[...])
            if pattern.isPrefix[0] {
                byFirstPrefix[first.count, default: [:]][hash, default: []].append(index)
            } else {
                byFirstToken[hash, default: []].append(index)
            }
        }
    }

    /// Every occurrence of every pattern in `text`, in text order.
    func occurrences(in text: FoldedText) -> [Occurrence] {
        var found: [Occurrence] = []
        guard !patterns.isEmpty else { return found }
        for position in 0..<text.count {
            let token = text.token(position)
            if let candidates = byFirstToken[Self.hash(token)] {
                for index in candidates where matches(patterns[index], in: text, at: position) {
                    found.append(Occurrence(pattern: index, tokens: position..<position + patterns[index].tokens.count))
                }
            }
            for (length, table) in byFirstPrefix where token.count >= length {
                guard let candidates = table[Self.hash(token.prefix(length))] else { continue }
                for index in candidates where matches(patterns[index], in: text, at: position) {
                    found.append(Occurrence(pattern: index, tokens: position..<position + patterns[index].tokens.count))
                }
            }
        }
        return found
    }

    /// How many times each pattern occurs in `text`, by pattern index.
    func counts(in text: FoldedText) -> [Int] {
        var counts = Array(repeating: 0, count: patterns.count)
        for occurrence in occurrences(in: text) { counts[occurrence.pattern] += 1 }
        return counts
    }

    private func matches(_ pattern: TermPattern, in text: FoldedText, at position: Int) -> Bool {
        guard position + pattern.tokens.count <= text.count else { return false }
        for (offset, wanted) in pattern.tokens.enumerated() {
            let token = text.token(position + offset)
            let equal = pattern.isPrefix[offset] ? token.starts(with: wanted) : token.elementsEqual(wanted)
            if !equal { return false }
        }
        return true
    }

    /// FNV-1a: cheap, and stable across runs, unlike `Hasher`.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
