/// The word being stemmed, edited in place inside the caller's output array.
///
/// Snowball stemmers only ever touch the end of a word (strip a suffix, replace it by a shorter or
/// equally long one, add back an `e`), plus same-length marker substitutions in the prelude and
/// postlude. So the buffer is a pointer, a fixed capacity (the original length) and a shrinking or
/// growing `count`; every edit is checked against the capacity, and no edit allocates.
struct StemBuffer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count: Int

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.capacity = count
        self.count = count
    }

    @inline(__always)
    subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < count, "StemBuffer index out of range")
            return base[index]
        }
        nonmutating set {
            precondition(index >= 0 && index < count, "StemBuffer index out of range")
            base[index] = newValue
        }
    }

    /// The last byte, or 0 for an empty word (0 is never a letter, so comparisons simply fail).
    @inline(__always)
    var last: UInt8 { count > 0 ? base[count - 1] : 0 }

    /// The byte at `index`, or 0 when `index` falls outside the word; lets rules look one letter
    /// before a suffix without first checking that there is one.
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index >= 0 && index < count ? base[index] : 0
    }

    // MARK: Matching

    /// Whether the word ends with `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool {
        hasSuffix(suffix, endingAt: count)
    }

    /// Whether the word starts with `prefix`.
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { hasSuffix($0, endingAt: $0.count) }
    }

    /// Whether the bytes just before `end` spell `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: StaticString, endingAt end: Int) -> Bool {
        suffix.withUTF8Buffer { hasSuffix($0, endingAt: end) }
    }

    @inline(__always)
    func hasSuffix(_ suffix: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        let start = end - suffix.count
        guard start >= 0, end <= count else { return false }
        for offset in 0..<suffix.count where base[start + offset] != suffix[offset] {
            return false
        }
        return true
    }

    /// Whether any byte in `range` belongs to `set`.
    @inline(__always)
    func contains(_ set: ByteSet, in range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "StemBuffer range out of bounds")
        for index in range where set.contains(base[index]) {
            return true
        }
        return false
    }

    // MARK: Editing the end of the word

    @inline(__always)
    mutating func removeLast(_ length: Int) {
        precondition(length >= 0 && length <= count, "cannot remove more than the word")
        count -= length
    }

    /// Cuts the word back to `newCount` bytes, i.e. deletes the suffix that starts there.
    @inline(__always)
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "truncate can only shorten the word")
        count = newCount
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "a stem never outgrows the original word")
        base[count] = byte
        count += 1
    }

    /// Replaces the last `length` bytes with `replacement`.
    @inline(__always)
    mutating func replaceLast(_ length: Int, with replacement: StaticString) {
        replacement.withUTF8Buffer { replaceLast(length, with: $0) }
    }

    @inline(__always)
    mutating func replaceLast(_ length: Int, with replacement: UnsafeBufferPointer<UInt8>) {
        removeLast(length)
        precondition(count + replacement.count <= capacity, "a stem never outgrows the original word")
        for byte in replacement {
            base[count] = byte
            count += 1
        }
    }
}
