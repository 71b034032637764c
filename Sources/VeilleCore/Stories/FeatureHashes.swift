import Foundation

/// A signature's sorted feature hashes as `release_signature` stores them: 8 bytes each, little
/// endian, so that reading a candidate back costs a copy rather than hashing its words again.
enum FeatureHashes {
    static func data(_ hashes: [UInt64]) -> Data {
        var data = Data(capacity: hashes.count * 8)
        for hash in hashes { withUnsafeBytes(of: hash.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// The hashes `data` holds; trailing bytes short of a whole hash are ignored.
    static func values(_ data: Data) -> [UInt64] {
        data.withUnsafeBytes { bytes in
            (0..<bytes.count / 8).map { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }
}
