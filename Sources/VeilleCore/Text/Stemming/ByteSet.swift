/// A set of ASCII bytes held in two 64-bit masks, so a membership test (is this a vowel?) is a shift and
/// an AND with no memory access. Snowball calls these "groupings".
///
/// The sets are declared as computed properties (`static var vowels: ByteSet { ByteSet("aeiouy") }`)
/// rather than stored `static let`s: the initializer is always inlined, so the optimizer folds the
/// letters into constant masks, whereas a stored static would go through a lazy-initialisation check
/// (`swift_once`) on every access in the hot loops.
struct ByteSet: Sendable {
    private var lowBits: UInt64 = 0   // bytes 0..<64
    private var highBits: UInt64 = 0  // bytes 64..<128, which holds every letter

    @inline(__always)
    init(_ members: StaticString) {
        members.withUTF8Buffer { bytes in
            for byte in bytes { insert(byte) }
        }
    }

    @inline(__always)
    private mutating func insert(_ byte: UInt8) {
        precondition(byte < 128, "ByteSet holds ASCII only")
        if byte < 64 {
            lowBits |= 1 << UInt64(byte)
        } else {
            highBits |= 1 << UInt64(byte - 64)
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return (lowBits >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (highBits >> UInt64(byte &- 64)) & 1 != 0 }
        return false
    }
}
