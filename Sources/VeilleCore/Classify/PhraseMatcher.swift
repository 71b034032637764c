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
    /// For prefix terms: hash of the first `length` bytes → patterns, per length.
    private var byFirstPrefix: [UInt64: [Int]] = [:]
    /// Whether some prefix term's first word is this many bytes long; sized to the longest.
    private var prefixLengths: [Bool] = []

    init(_ patterns: [TermPattern]) {
        self.patterns = patterns
        for (index, pattern) in patterns.enumerated() {
            let first = pattern.tokens[0]
            let hash = Self.hash(first[...])
            if pattern.isPrefix[0] {
                byFirstPrefix[hash, default: []].append(index)
                if prefixLengths.count <= first.count { prefixLengths += Array(repeating: false, count: first.count + 1 - prefixLengths.count) }
                prefixLengths[first.count] = true
            } else {
                byFirstToken[hash, default: []].append(index)
            }
        }
    }

    /// Every occurrence of every pattern in `text`, in text order.
    ///
    /// One pass of FNV-1a over each token gives the hash of every prefix as it goes, so prefix
    /// terms of any length cost one table lookup where such a length exists.
    func occurrences(in text: FoldedText) -> [Occurrence] {
        var found: [Occurrence] = []
        guard !patterns.isEmpty else { return found }
        let longestPrefix = prefixLengths.count - 1
        for position in 0..<text.count {
            let token = text.token(position)
            var hash = Self.offsetBasis
            var length = 0
            for byte in token {
                hash = Self.step(hash, byte)
                length += 1
                if length <= longestPrefix, prefixLengths[length], let candidates = byFirstPrefix[hash] {
                    collect(candidates, in: text, at: position, into: &found)
                }
            }
            if let candidates = byFirstToken[hash] { collect(candidates, in: text, at: position, into: &found) }
        }
        return found
    }

    private func collect(_ candidates: [Int], in text: FoldedText, at position: Int, into found: inout [Occurrence]) {
        for index in candidates where matches(patterns[index], in: text, at: position) {
            found.append(Occurrence(pattern: index, tokens: position..<position + patterns[index].tokens.count))
        }
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
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { bytes.reduce(offsetBasis, step) }
}
