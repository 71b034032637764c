/// Byte constants for the letters the algorithms test one at a time.
///
/// Writing `ASCII.e` instead of `UInt8(ascii: "e")` keeps the step code readable; the uppercase
/// letters are the Snowball markers (`Y` in English, `U`, `I`, `Y` in French) that stand for a letter
/// used as a consonant.
enum ASCII {
    static let a: UInt8 = 0x61
    static let c: UInt8 = 0x63
    static let e: UInt8 = 0x65
    static let f: UInt8 = 0x66
    static let g: UInt8 = 0x67
    static let i: UInt8 = 0x69
    static let l: UInt8 = 0x6C
    static let q: UInt8 = 0x71
    static let s: UInt8 = 0x73
    static let t: UInt8 = 0x74
    static let u: UInt8 = 0x75
    static let y: UInt8 = 0x79
    static let z: UInt8 = 0x7A

    static let upperI: UInt8 = 0x49
    static let upperU: UInt8 = 0x55
    static let upperY: UInt8 = 0x59

    /// Turns a marker back into its letter (`Y` → `y`); other bytes are returned unchanged.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
