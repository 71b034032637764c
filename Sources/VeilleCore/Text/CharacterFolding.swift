/// The byte-level rules behind `FoldedText`: which characters are letters, and what each
/// accented Latin letter folds to.
enum CharacterFolding {
    enum Outcome {
        /// Punctuation, a symbol or a space: it ends the current word.
        case separator
        /// A Latin letter with its accent removed, in lowercase ASCII.
        case replacement([UInt8])
        /// A letter of another script, kept as it is.
        case verbatim
    }

    /// ASCII letters lowercased and digits kept; nil for everything else, which separates words.
    static let ascii: [UInt8?] = (0..<128).map { code -> UInt8? in
        switch UInt8(code) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(code)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(code) + 32
        default: nil
        }
    }

    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1  // A stray continuation byte: skipped on its own.
        }
    }

    static func fold(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Outcome {
        let lead = utf8[index]
        switch length {
        case 1:
            return .separator
        case 2:
            let scalar = (Int(lead & 0x1F) << 6) | Int(utf8[index + 1] & 0x3F)
            return foldTwoByte(scalar)
        case 3:
            // U+2000–U+2FFF: punctuation, quotes, dashes, spaces, currency and other symbols.
            // U+3000–U+303F: CJK punctuation. U+FEFF: a byte-order mark left in the text.
            if lead == 0xE2 { return .separator }
            if lead == 0xE3, utf8[index + 1] == 0x80 { return .separator }
            if lead == 0xEF, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF { return .separator }
            return .verbatim
        default:
            return .verbatim
        }
    }

    private static func foldTwoByte(_ scalar: Int) -> Outcome {
        switch scalar {
        case 0x80...0xBF: return .separator  // Latin-1 punctuation: « » ° § and no-break space.
        case 0xC0...0xFF:
            guard let ascii = latin1[scalar - 0xC0] else { return .separator }
            return .replacement(ascii)
        case 0x100...0x17F: return .replacement(latinExtendedA[scalar - 0x100])
        default: return .verbatim
        }
    }

    /// U+00C0–U+00FF, capitals then small letters; nil for × and ÷.
    private static let latin1: [[UInt8]?] = {
        let capitals = "AAAAAA" + "\u{1}" + "CEEEEIIIIDNOOOOO" + "\u{0}" + "OUUUUY" + "\u{2}" + "\u{3}"
        let smalls = "aaaaaa" + "\u{1}" + "ceeeeiiiidnooooo" + "\u{0}" + "ouuuuy" + "\u{2}" + "y"
        return (capitals + smalls).unicodeScalars.map { scalar -> [UInt8]? in
            switch scalar.value {
            case 0: nil
            case 1: Array("ae".utf8)
            case 2: Array("th".utf8)
            case 3: Array("ss".utf8)
            default: [UInt8(scalar.value | 0x20)]
            }
        }
    }()

    /// U+0100–U+017F, folded to their base letters (œ to "oe", ĳ to "ij").
    private static let latinExtendedA: [[UInt8]] = {
        let runs: [(count: Int, base: String)] = [
            (6, "a"), (8, "c"), (4, "d"), (10, "e"), (8, "g"), (4, "h"), (10, "i"), (2, "ij"), (2, "j"),
            (3, "k"), (10, "l"), (9, "n"), (6, "o"), (2, "oe"), (6, "r"), (8, "s"), (6, "t"), (12, "u"),
            (2, "w"), (3, "y"), (6, "z"), (1, "s"),
        ]
        return runs.flatMap { run in Array(repeating: Array(run.base.utf8), count: run.count) }
    }()
}
