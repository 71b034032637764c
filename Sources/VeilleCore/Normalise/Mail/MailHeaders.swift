/// The header fields of a message or a MIME part, unfolded (a line starting with white space
/// continues the field above), in order, with their names as written.
struct MailHeaders: Sendable {
    var fields: [(name: String, value: String)]

    /// The first value of `name`, ignoring case.
    func value(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// The Content-Type: "text/plain" when absent, as RFC 2045 says.
    var contentType: ContentType {
        let raw = value("Content-Type") ?? "text/plain"
        let full = raw.split(separator: ";", maxSplits: 1).first.map { String($0).trimmedWhitespace.lowercased() } ?? "text/plain"
        return ContentType(full: full.isEmpty ? "text/plain" : full, parameters: Self.parameters(of: raw))
    }

    struct ContentType: Sendable {
        /// "text/plain", "multipart/mixed"…
        var full: String
        var parameters: [String: String]
        /// "text", "multipart"…
        var kind: String { String(full.split(separator: "/").first ?? "") }
    }

    /// The `key=value` parameters after the first `;`, keys in lower case, quotes removed.
    static func parameters(of value: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for piece in splitOutsideQuotes(value).dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = String(piece[..<equals]).trimmedWhitespace.lowercased()
            var value = String(piece[piece.index(after: equals)...]).trimmedWhitespace
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            if parameters[key] == nil { parameters[key] = value }
        }
        return parameters
    }

    private static func splitOutsideQuotes(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var quoted = false
        for index in text.indices {
            if text[index] == "\"" { quoted.toggle() }
            if text[index] == ";", !quoted {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        pieces.append(text[start...])
        return pieces
    }

    /// The header block (up to the first empty line) and the body after it. Header values are
    /// read as UTF-8, else Windows-1252; encoded words are decoded by whoever reads a value.
    static func split(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, body: ArraySlice<UInt8>) {
        var fields: [(name: String, value: String)] = []
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            let next = min(lineEnd + 1, bytes.endIndex)
            if line.isEmpty { return (MailHeaders(fields: fields), bytes[next...]) }
            let text = Charset.decode(Array(line), declared: nil)
            if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value += " " + text.trimmedWhitespace
            } else if let colon = text.firstIndex(of: ":") {
                fields.append((String(text[..<colon]).trimmedWhitespace, String(text[text.index(after: colon)...]).trimmedWhitespace))
            } else {
                // Not a header line: the part has no header block, and this is its body.
                return (MailHeaders(fields: fields), bytes[lineStart...])
            }
            lineStart = next
        }
        return (MailHeaders(fields: fields), bytes[bytes.endIndex...])
    }
}
