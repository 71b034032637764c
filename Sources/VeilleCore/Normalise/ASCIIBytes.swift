/// Comparisons of UTF-8 text with ASCII words, ignoring ASCII case, without making strings: the
/// page reader runs them on every element's attributes.
enum ASCIIBytes {
    /// `byte` in lowercase when it is an ASCII capital letter.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// True when `text` equals `word` (lowercase ASCII), ignoring case.
    static func equals(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard text.count == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for index in 0..<text.count where lower(text[index]) != bytes[index] { return false }
        return true
    }

    /// True when `word` (lowercase ASCII) occurs in `text`, ignoring case.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        firstOffset(of: word, in: text) != nil
    }

    /// Where `word` (lowercase ASCII) first occurs in `text`, ignoring case; nil if it does not.
    static func firstOffset(of word: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var start = 0
        while start + needle.count <= text.count {
            if lower(text[start]) == first, matches(text, at: start, needle) { return start }
            start += 1
        }
        return nil
    }

    /// True when `needle` (lowercase ASCII) is at `start` in `text`, ignoring case.
    @inline(__always)
    static func matches(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + needle.count <= text.count else { return false }
        for index in 0..<needle.count where lower(text[start + index]) != needle[index] { return false }
        return true
    }
}

/// A fixed list of lowercase ASCII words, grouped by their first byte so that finding whether
/// any occurs in a text compares each position with the few words that could start there.
struct WordSet: Sendable {
    private let bytes: [UInt8]
    /// Offsets in `bytes` of each word's start, and one past the last word's end.
    private let bounds: [Int]
    /// The words starting with byte `b` are those of indices `groups[b]..<groups[b + 1]`.
    private let groups: [Int]

    init(_ words: [String]) {
        let sorted = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        bytes = sorted.flatMap { $0 }
        bounds = sorted.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        var groups = Array(repeating: 0, count: 257)
        for word in sorted { groups[Int(word[0]) + 1] += 1 }
        for byte in 1...256 { groups[byte] += groups[byte - 1] }
        self.groups = groups
    }

    /// True when one of the words occurs anywhere in `text`, ignoring ASCII case.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            groups.withUnsafeBufferPointer { groups in
                bounds.withUnsafeBufferPointer { bounds in
                    for start in 0..<text.count {
                        let first = Int(ASCIIBytes.lower(text[start]))
                        for word in groups[first]..<groups[first + 1] {
                            let needle = UnsafeBufferPointer(rebasing: all[bounds[word]..<bounds[word + 1]])
                            if ASCIIBytes.matches(text, at: start, needle) { return true }
                        }
                    }
                    return false
                }
            }
        }
    }

    /// True when `token` is one of the words, ignoring ASCII case.
    func contains(token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = token.first else { return false }
        let first = Int(ASCIIBytes.lower(head))
        return bytes.withUnsafeBufferPointer { all in
            (groups[first]..<groups[first + 1]).contains { word in
                bounds[word + 1] - bounds[word] == token.count
                    && ASCIIBytes.matches(token, at: 0, UnsafeBufferPointer(rebasing: all[bounds[word]..<bounds[word + 1]]))
            }
        }
    }
}
