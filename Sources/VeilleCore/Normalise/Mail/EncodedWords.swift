/// RFC 2047 encoded words in header values: "=?UTF-8?Q?S=C3=A9curit=C3=A9_au_Sahel?=" and
/// "=?ISO-8859-1?B?…?=" become text; white space between two encoded words is dropped.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = Substring(value)
        var pendingSpace = ""
        var previousWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let word = Self.word(in: rest[start.lowerBound...]) else {
                result += pendingSpace + before + "=?"
                pendingSpace = ""
                previousWasEncoded = false
                rest = rest[start.upperBound...]
                continue
            }
            if !(previousWasEncoded && before.allSatisfy(\.isWhitespace)) { result += pendingSpace + before }
            result += word.text
            pendingSpace = ""
            previousWasEncoded = true
            rest = rest[word.end...]
        }
        return result + pendingSpace + rest
    }

    /// `=?charset?encoding?text?=` at the start of `text`, decoded, and where it ends.
    private static func word(in text: Substring) -> (text: String, end: Substring.Index)? {
        let fields = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, fields[3].hasPrefix("="), fields[2].allSatisfy({ !$0.isWhitespace }) else { return nil }
        let charset = String(fields[0].split(separator: "*").first ?? "")
        let bytes: [UInt8]
        switch fields[1].lowercased() {
        case "q": bytes = TransferEncoding.quotedPrintable(fields[2].utf8.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 })
        case "b": bytes = TransferEncoding.base64(fields[2].utf8)
        default: return nil
        }
        return (Charset.decode(bytes, declared: charset), text.index(after: fields[3].startIndex))
    }
}
