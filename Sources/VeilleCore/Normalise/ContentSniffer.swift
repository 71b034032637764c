/// Tells, from a file's first bytes, whether it can be a text, HTML, e-mail or PDF release at all, and which.
enum ContentSniffer {
    /// Known binary formats by their magic bytes, named as a person would name them.
    private static let signatures: [(magic: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (Word and OpenDocument files are ZIP archives)"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable program (ELF)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office document"),
        (Array("{\\rtf".utf8), "an RTF document"),
    ]

    /// Refuses empty files and known binary formats; the reason names what the file is.
    static func checkReadable(_ bytes: [UInt8], path: String) throws(VeilleError) {
        guard !bytes.isEmpty else { throw VeilleError(.empty, path: path, "The file is empty.") }
        for signature in signatures where bytes.starts(with: signature.magic) {
            throw VeilleError(
                .binary, path: path, "The file is \(signature.name); Veille reads plain-text, HTML, e-mail and PDF releases only."
            )
        }
    }

    /// True when "%PDF-" opens the file. Readers also allow junk before it, but a text that
    /// mentions "%PDF-" near its start must stay a text, as it was before PDFs were read.
    static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: "%PDF-".utf8)
    }

    /// True when the file opens with an e-mail's header block: at least two header fields that
    /// mail carries (From, Date, Subject, Received, MIME-Version…) among its first lines, before
    /// any line that is not a header field. An "mbox" first line ("From desk@… Tue Dec 3") counts.
    static func looksLikeMail(_ bytes: [UInt8]) -> Bool {
        guard firstLineMayBeHeader(bytes) else { return false }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var known = 0
        // "\r\n" is one Character in Swift: split on any line break.
        for (number, line) in head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { continue }
            if number == 0, line.hasPrefix("From ") { continue }
            guard let colon = line.firstIndex(of: ":"), !line[..<colon].contains(" ") else { return false }
            if mailFields.contains(line[..<colon].lowercased()) { known += 1 }
            if known >= 2 { return true }
        }
        return false
    }

    /// False when the first line, read on bytes, cannot open a header block: it is empty, or it
    /// has no colon, or a space before its first colon ("Togo : …"). Most texts stop here.
    private static func firstLineMayBeHeader(_ bytes: [UInt8]) -> Bool {
        let end = bytes.prefix(4096).firstIndex { $0 == 0x0A || $0 == 0x0D } ?? min(bytes.count, 4096)
        let line = bytes[..<end]
        guard let first = line.first else { return false }
        if first == 0x20 || first == 0x09 || line.starts(with: Array("From ".utf8)) { return true }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return !line[..<colon].contains(0x20)
    }

    private static let mailFields: Set<String> = [
        "from", "to", "cc", "date", "subject", "received", "return-path", "message-id", "mime-version", "content-type",
        "delivered-to", "reply-to", "sender", "x-mailer", "user-agent", "in-reply-to", "references",
    ]

    /// True when the text looks like markup: it opens with a doctype, `<html`, `<head`, `<body`
    /// or an XML declaration once leading whitespace and a byte-order mark are skipped.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 512)], as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<article", "<div", "<p>"]
            .contains { head.hasPrefix($0) }
    }
}
