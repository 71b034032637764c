/// A MinHash sketch of a text's shingles (runs of four folded words): two sketches agree on
/// about as many of their values as the two texts share shingles (their Jaccard similarity),
/// which tells a reposted release with small edits from a different text.
struct MinHash: Sendable, Equatable {
    static let size = 64
    static let shingleLength = 4

    var values: [UInt32]

    init(values: [UInt32]) { self.values = values }

    /// The sketch of `text`'s word shingles; a text shorter than a shingle has one shingle, itself.
    init(_ text: FoldedText) {
        var minimums = [UInt64](repeating: .max, count: Self.size)
        let count = text.count
        let shingles = max(1, count - Self.shingleLength + 1)
        for start in 0..<(count == 0 ? 0 : shingles) {
            var hash = FNV.offset
            for index in start..<min(count, start + Self.shingleLength) {
                hash = FNV.add(text.token(index), to: hash)
                hash = FNV.add(0x20, to: hash)
            }
            for slot in 0..<Self.size {
                let mixed = Self.mix(hash ^ Self.seeds[slot])
                if mixed < minimums[slot] { minimums[slot] = mixed }
            }
        }
        values = minimums.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// The estimated Jaccard similarity of the two texts' shingles.
    func similarity(to other: MinHash) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        let same = zip(values, other.values).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(same) / Double(values.count)
    }

    /// The sketch as bytes for the index, and back.
    var bytes: [UInt8] { values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } } }

    init?(bytes: [UInt8]) {
        guard bytes.count == Self.size * 4 else { return nil }
        values = (0..<Self.size).map { slot in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[slot * 4 + $1]) << (8 * $1) }
        }
    }

    /// splitmix64's finaliser: one well-mixed hash per seed.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0x2545_F491_4F6C_DD1D) }
}

/// FNV-1a, 64 bits: a fast, stable hash of bytes (stable across runs, unlike `Hasher`).
enum FNV {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325

    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    static func add(_ bytes: ArraySlice<UInt8>, to hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = add(byte, to: hash) }
        return hash
    }
}
