/// One part of an e-mail (RFC 5322 and MIME): its header fields and its body, and, for a
/// `multipart/*` part, the parts inside it. A whole message is a part too.
///
/// Bounded: at most `maximumParts` parts in all and `maximumDepth` levels of nesting, so that a
/// hostile message (a thousand parts, boundaries inside boundaries) costs little and ends in a
/// clear refusal rather than in work without end.
struct MailPart: Sendable {
    var headers: MailHeaders
    /// The body as sent: still in its transfer encoding.
    var body: ArraySlice<UInt8>
    var parts: [MailPart] = []

    static let maximumParts = 200
    static let maximumDepth = 8

    enum Failure: Error, Equatable {
        case tooManyParts
        case tooDeep
    }

    /// Parses a message or a part; `count` carries the number of parts seen so far.
    init(_ bytes: ArraySlice<UInt8>, depth: Int = 0, count: inout Int) throws(Failure) {
        count += 1
        guard count <= Self.maximumParts else { throw .tooManyParts }
        guard depth <= Self.maximumDepth else { throw .tooDeep }
        let split = MailHeaders.split(bytes)
        headers = split.headers
        body = split.body
        let type = headers.contentType
        if type.kind == "multipart", let boundary = type.parameters["boundary"], !boundary.isEmpty {
            for section in Self.sections(of: body, boundary: Array(boundary.utf8)) {
                parts.append(try MailPart(section, depth: depth + 1, count: &count))
            }
        } else if type.full == "message/rfc822" {
            parts.append(try MailPart(decodedBody[...], depth: depth + 1, count: &count))
        }
    }

    /// The body with its transfer encoding (quoted-printable, base64) undone.
    var decodedBody: [UInt8] {
        switch headers.value("Content-Transfer-Encoding")?.lowercased() {
        case "quoted-printable": TransferEncoding.quotedPrintable(body)
        case "base64": TransferEncoding.base64(body)
        default: Array(body)
        }
    }

    /// The body as text, in the charset the part declares (UTF-8 when it declares none and the
    /// bytes are valid UTF-8, else Windows-1252).
    var text: String { Charset.decode(decodedBody, declared: headers.contentType.parameters["charset"]) }

    /// Whether the sender marked it as an attachment, or it has a file name.
    var isAttachment: Bool {
        let disposition = headers.value("Content-Disposition")?.lowercased() ?? ""
        return disposition.hasPrefix("attachment") || fileName != nil
    }

    /// The attachment's file name, from Content-Disposition or Content-Type.
    var fileName: String? {
        let disposition = MailHeaders.parameters(of: headers.value("Content-Disposition") ?? "")
        return (disposition["filename"] ?? headers.contentType.parameters["name"]).map(EncodedWords.decode)
    }

    /// Every leaf part, depth first, in the order the sender wrote them. An attached message is
    /// one leaf: its own parts are its own.
    var leaves: [MailPart] {
        parts.isEmpty || headers.contentType.full == "message/rfc822" ? [self] : parts.flatMap(\.leaves)
    }

    /// The sections between `--boundary` lines, up to `--boundary--` (or the end, when a
    /// malformed message never closes it). The preamble and epilogue are dropped.
    static func sections(of body: ArraySlice<UInt8>, boundary: [UInt8]) -> [ArraySlice<UInt8>] {
        let delimiter = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
        var sections: [ArraySlice<UInt8>] = []
        var start: Int? = nil
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                if let start { sections.append(trimmingLastNewline(body[start..<lineStart])) }
                let rest = line.dropFirst(delimiter.count)
                if rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) { return sections }
                start = min(lineEnd + 1, body.endIndex)
            }
            lineStart = lineEnd + 1
        }
        if let start, start < body.endIndex { sections.append(body[start...]) }
        return sections
    }

    /// The CRLF or LF before a boundary line belongs to the boundary, not to the part.
    private static func trimmingLastNewline(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes
        if bytes.last == 0x0A { bytes = bytes.dropLast() }
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        return bytes
    }
}
