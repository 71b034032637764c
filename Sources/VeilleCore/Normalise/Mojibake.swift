/// Repairs text that was UTF-8 but got read as Windows-1252 or Latin-1 on its way to us:
/// "sÃ©curitÃ©" → "sécurité", "dâ€™Ivoire" → "d’Ivoire".
///
/// Only sequences that cannot be meant are touched: a lead of Â, Ã, Å or â (the first byte of
/// UTF-8 for Latin letters, œ, and typographic punctuation) followed by the exact continuation
/// characters of a valid UTF-8 sequence. Correct text ("été", "Côte d’Ivoire") never has them,
/// so a text that mixes both is repaired where it is broken and left alone elsewhere.
enum Mojibake {
    /// Lead bytes, read as Windows-1252, that start the repairs: 0xC2, 0xC3, 0xC5 and 0xE2.
    private static let leads: [UInt32: Int] = [0xC2: 1, 0xC3: 1, 0xC5: 1, 0xE2: 2]

    /// `text` with every broken sequence decoded; `text` itself when there is none.
    static func repaired(_ text: String) -> String {
        guard mayHoldBrokenSequence(text.utf8) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var changed = false
        var index = 0
        while index < scalars.count {
            if let (scalar, length) = sequence(at: index, in: scalars) {
                output.append(scalar)
                index += length
                changed = true
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return changed ? String(output) : text
    }

    /// False when no lead (Â, Ã, Å, â: 0xC3 then 0x82, 0x83, 0x85 or 0xA2 in UTF-8) is followed by
    /// a character that stands for a continuation byte, whose UTF-8 starts with 0xC2 (U+0080–U+00BF)
    /// or 0xC5, 0xC6, 0xCB, 0xE2 (the Windows-1252 letters and punctuation of 0x80–0x9F). Correct
    /// French text, full of "é" (0xC3 0xA9) and "â" in "âge", is told apart on its bytes alone.
    private static func mayHoldBrokenSequence(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        var previous: UInt8 = 0
        var lead = false
        while let byte = iterator.next() {
            if lead {
                switch byte {
                case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
                default: break
                }
            }
            switch byte {
            case 0x82, 0x83, 0x85, 0xA2: lead = previous == 0xC3
            default: lead = false
            }
            previous = byte
        }
        return false
    }

    private static func sequence(at index: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        guard let continuations = leads[scalars[index].value], index + continuations < scalars.count else { return nil }
        var bytes = [UInt8(scalars[index].value)]
        for offset in 1...continuations {
            guard let byte = windows1252Byte(scalars[index + offset]), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self), let scalar = decoded.unicodeScalars.first else {
            return nil
        }
        return (scalar, continuations + 1)
    }

    /// The byte that stands for `scalar` in Windows-1252 (or Latin-1 for its five holes).
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0x80...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        return TextDecoding.windows1252Bytes[scalar.value]
    }
}
