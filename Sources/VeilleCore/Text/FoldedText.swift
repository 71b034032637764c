/// Text reduced to what matching and language detection compare: words in lowercase ASCII where
/// the script allows, accents removed, punctuation and apostrophes as word breaks.
///
/// "L’Extrémisme VIOLENT" and "l'extremisme violent" fold to the same three tokens. The work is
/// done on UTF-8 bytes in one pass, because it runs over every release and every term.
public struct FoldedText: Sendable {
    /// The folded tokens, back to back.
    public private(set) var bytes: [UInt8] = []
    /// Each token's range in `bytes`.
    public private(set) var tokens: [Range<Int>] = []

    public init(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in fold(utf8) }
    }

    public init(_ text: Substring) {
        var text = text
        text.withUTF8 { utf8 in fold(utf8) }
    }

    public var count: Int { tokens.count }

    /// The folded bytes of token `index`.
    public func token(_ index: Int) -> ArraySlice<UInt8> { bytes[tokens[index]] }

    /// Token `index` as a String, for messages and tests.
    public func word(_ index: Int) -> String { String(decoding: token(index), as: UTF8.self) }

    /// All tokens as Strings, for messages and tests.
    public var words: [String] { tokens.indices.map(word) }

    private mutating func fold(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(utf8.count)
        tokens.reserveCapacity(utf8.count / 6)
        var start = 0
        var index = 0
        let end = utf8.count
        while index < end {
            let byte = utf8[index]
            if byte < 0x80 {
                if let folded = CharacterFolding.ascii[Int(byte)] {
                    bytes.append(folded)
                } else {
                    closeToken(from: &start)
                }
                index += 1
                continue
            }
            let length = CharacterFolding.sequenceLength(lead: byte)
            guard index + length <= end else { break }
            switch CharacterFolding.fold(utf8, at: index, length: length) {
            case .separator:
                closeToken(from: &start)
            case .replacement(let ascii):
                bytes.append(contentsOf: ascii)
            case .verbatim:
                for offset in 0..<length { bytes.append(utf8[index + offset]) }
            }
            index += length
        }
        closeToken(from: &start)
    }

    private mutating func closeToken(from start: inout Int) {
        if bytes.count > start { tokens.append(start..<bytes.count) }
        start = bytes.count
    }
}
