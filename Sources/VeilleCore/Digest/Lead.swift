import Foundation

/// Splits a paragraph into sentences, for the digest's summaries.
enum Lead {
    /// Sentences end at ". ", "! " or "? " followed by a capital or an opening quote, so that
    /// "M. Dussey" or "p. 4" do not split, nor an initialism ("H.E. Bola Tinubu", "8 a.m. Monday").
    /// Works on the UTF-8 bytes: it runs over every sentence of every release of a day each time
    /// the digest is written.
    static func sentences(in text: Substring) -> [String] {
        sentences(in: Array(text.utf8)[...])
    }

    /// The same, on a paragraph's UTF-8 bytes.
    static func sentences(in paragraph: ArraySlice<UInt8>) -> [String] {
        let bytes = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var wordStart = 0
        // The last whole word, for French spacing: "Bonjour monsieur ! C’est…"
        var lastWord = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                if index > wordStart { lastWord = characters(in: bytes[wordStart..<index]) }
                wordStart = index + 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                index + 2 < bytes.count, bytes[index + 1] == 0x20, opensSentence(bytes, at: index + 2),
                (index > wordStart ? characters(in: bytes[wordStart..<index]) : lastWord) > 2,
                !bytes[wordStart..<index].contains(UInt8(ascii: "."))
            {
                sentences.append(trimmed(bytes[start...index]))
                start = index + 2
                wordStart = start
                lastWord = 0
                index += 2
                continue
            }
            index += 1
        }
        if start < bytes.count { sentences.append(trimmed(bytes[start...])) }
        return sentences.filter { !$0.isEmpty }
    }

    /// The sentence without the spaces and tabs around it; other white space (no-break spaces)
    /// is rare enough to go through Foundation.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        let text = String(decoding: slice, as: UTF8.self)
        guard let first = slice.first, let last = slice.last, first >= 0x80 || last >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Characters (scalars, not continuation bytes) in a word.
    private static func characters(in word: ArraySlice<UInt8>) -> Int {
        word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// A capital letter, «, " or “ at `index`.
    private static func opensSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "\"") }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar == "«" || scalar == "“" || scalar.properties.isUppercase
    }
}
