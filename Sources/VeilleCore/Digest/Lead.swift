import Foundation

/// Splits a paragraph into sentences, for the digest's summaries.
enum Lead {
    /// Sentences end at ". ", "! " or "? " followed by a capital or an opening quote, so that
    /// "M. Dussey" or "p. 4" do not split. Works on the UTF-8 bytes: it runs over every sentence
    /// of every release of a day each time the digest is written.
    static func sentences(in text: Substring) -> [String] {
        let bytes = Array(text.utf8)
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
                (index > wordStart ? characters(in: bytes[wordStart..<index]) : lastWord) > 2
            {
                sentences.append(String(decoding: bytes[start...index], as: UTF8.self))
                start = index + 2
                wordStart = start
                lastWord = 0
                index += 2
                continue
            }
            index += 1
        }
        if start < bytes.count { sentences.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
