/// A word of a text as written, with what entity finding needs: its folded form, its case and
/// the punctuation before it.
struct Word: Sendable {
    /// What separated this word from the previous one.
    struct Gap: OptionSet, Sendable {
        let rawValue: UInt8
        static let sentenceEnd = Gap(rawValue: 1)  // . ! ? or a new line
        static let comma = Gap(rawValue: 2)
        static let openParenthesis = Gap(rawValue: 4)
        static let closeParenthesis = Gap(rawValue: 8)
        static let other = Gap(rawValue: 16)  // : ; quotes, dashes
        static let period = Gap(rawValue: 32)  // also a sentence end, unless it closes "M." or "Dr."
    }

    /// The word as written: "Lomé".
    var raw: String
    /// Lowercase, without accents: "lome".
    var folded: String
    /// Starts with a capital letter.
    var isCapitalised: Bool
    /// Two letters or more, all capitals: "CEDEAO".
    var isAllCapitals: Bool
    var gapBefore: Gap
    /// Where the word is in the text's UTF-8 bytes, to quote a passage as written.
    var bytes: Range<Int>
    /// True for the first word of the text and after a sentence end.
    var startsSentence: Bool { gapBefore.contains(.sentenceEnd) }
}

/// Splits text into `Word`s in one pass over its UTF-8 bytes. Letters, digits and accented
/// letters make words; everything else (spaces, punctuation, apostrophes, hyphens) separates them.
enum WordScanner {
    static func words(in text: String) -> [Word] {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// The text from the start of `first` to the end of `last`, punctuation included.
    static func passage(_ utf8: [UInt8], from first: Word, to last: Word) -> String {
        String(decoding: utf8[first.bytes.lowerBound..<last.bytes.upperBound], as: UTF8.self)
    }

    private static func scan(_ utf8: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var gap: Word.Gap = .sentenceEnd
        var index = 0
        while index < utf8.count {
            let start = index
            while index < utf8.count, let length = letterLength(utf8, at: index) { index += length }
            if index > start {
                words.append(word(UnsafeBufferPointer(rebasing: utf8[start..<index]), at: start, gap: gap))
                gap = []
                continue
            }
            gap.formUnion(separator(utf8[index]))
            index += max(1, utf8[index] < 0x80 ? 1 : CharacterFolding.sequenceLength(lead: utf8[index]))
        }
        return words
    }

    /// The byte length of the letter at `index`, or nil where a separator is.
    private static func letterLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = utf8[index]
        if byte < 0x80 { return CharacterFolding.ascii[Int(byte)] == nil ? nil : 1 }
        let length = CharacterFolding.sequenceLength(lead: byte)
        guard index + length <= utf8.count else { return nil }
        if case .separator = CharacterFolding.fold(utf8, at: index, length: length) { return nil }
        return length
    }

    private static func separator(_ byte: UInt8) -> Word.Gap {
        switch byte {
        case UInt8(ascii: "."): [.period, .sentenceEnd]
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"): [.sentenceEnd]
        case UInt8(ascii: ","): [.comma]
        case UInt8(ascii: "("), UInt8(ascii: "["): [.openParenthesis]
        case UInt8(ascii: ")"), UInt8(ascii: "]"): [.closeParenthesis]
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "'"), UInt8(ascii: "-"): []
        case 0x80...: []  // typographic apostrophes, quotes, dashes and spaces: word breaks
        default: [.other]
        }
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, gap: Word.Gap) -> Word {
        let raw = String(decoding: bytes, as: UTF8.self)
        var upper = 0
        var lower = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) { upper += 1 } else if (0x61...0x7A).contains(byte) { lower += 1 }
            if byte == 0xC3, index + 1 < bytes.count {
                // Latin-1 letters: À–Þ are capitals, ß–ÿ small.
                if bytes[index + 1] < 0x9F { upper += 1 } else { lower += 1 }
                index += 1
            }
            index += 1
        }
        let first = bytes[0]
        let capitalised =
            (0x41...0x5A).contains(first) || (first == 0xC3 && bytes.count > 1 && bytes[1] < 0x9F)
        return Word(
            raw: raw, folded: FoldedText(raw).words.joined(), isCapitalised: capitalised,
            isAllCapitals: upper >= 2 && lower == 0, gapBefore: gap, bytes: offset..<offset + bytes.count)
    }
}
