/// A word stemmer that works on folded UTF-8 bytes, for use inside a SQLite FTS5 tokenizer.
///
/// Input contract: the word is already folded (lowercase, accents removed, apostrophes treated as word
/// breaks), so it is normally made of the bytes `a`–`z`. Anything else is passed through untouched:
/// words of two bytes or fewer, words containing digits, words containing bytes ≥ 0x80 (other scripts)
/// and words containing any other byte outside `a`–`z`. The last rule also protects the stemmers'
/// internal markers (`Y`, `U`, `I`), which are uppercase ASCII and must never come from the input.
///
/// `output` is cleared and then receives the stem. Its capacity is reused: a stem is never longer than
/// the word, so once `output` has grown to the longest word seen, stemming allocates nothing.
public protocol Stemmer: Sendable {
    func stem(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8])
}

extension Stemmer {
    /// Stems a slice of a larger byte buffer, the shape in which a tokenizer usually holds its words.
    public func stem(_ word: ArraySlice<UInt8>, into output: inout [UInt8]) {
        word.withUnsafeBufferPointer { stem($0, into: &output) }
    }

    /// Convenience for tests and log messages; allocates, so keep it out of the indexing path.
    /// The string must already be folded, exactly as the byte entry point expects.
    public func stem(_ word: String) -> String {
        var output: [UInt8] = []
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { stem($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The words the stemmers are allowed to change: three bytes or more, all of them `a`–`z`.
enum StemInput {
    static let minimumLength = 3

    @inline(__always)
    static func isStemmable(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= minimumLength else { return false }
        for byte in word where byte &- ASCII.a > ASCII.z &- ASCII.a {
            return false
        }
        return true
    }
}

/// Stems `word` into `output`: the word is copied into a scratch buffer, `transform` rewrites it in place,
/// and only the resulting stem is appended to the cleared `output`.
///
/// Both algorithms only ever shorten the word or rewrite its end within the original length, so a
/// scratch buffer of the word's size is all the room they need. Words up to `stackScratchLimit` bytes
/// use a stack buffer; longer ones (rare: URLs, hashes) fall back to a heap one.
@inline(__always)
func stemInPlace(
    _ word: UnsafeBufferPointer<UInt8>,
    into output: inout [UInt8],
    _ transform: (inout StemBuffer) -> Void
) {
    output.removeAll(keepingCapacity: true)
    guard StemInput.isStemmable(word), let source = word.baseAddress else {
        output.append(contentsOf: word)
        return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { scratch in
        guard let base = scratch.baseAddress else { return }
        base.initialize(from: source, count: word.count)
        var buffer = StemBuffer(base: base, count: word.count)
        transform(&buffer)
        output.append(contentsOf: UnsafeBufferPointer(start: base, count: buffer.count))
    }
}
