/// Turns an HTML page's bytes into clean UTF-8 before libxml2 sees them, so that a wrong or
/// unknown charset, or bytes that do not fit it, cannot stop the parse part-way: libxml2 gives up
/// at the first conversion error and keeps only what it had read.
///
/// The charset is the byte-order mark's, else the page's own declaration (`<meta charset>`,
/// `http-equiv` or the XML declaration), else UTF-8 when the bytes are valid UTF-8, else
/// Windows-1252. NUL and other control bytes, which end or derail the parse, are removed.
enum PageDecoding {
    /// The page as UTF-8 without control bytes other than tab, line feed, form feed and return.
    static func utf8(_ bytes: [UInt8], path: String) throws(VeilleError) -> [UInt8] {
        let text: [UInt8]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = Array(try TextDecoding.decode(bytes, path: path).utf8)
        } else {
            try checkTextual(bytes, path: path)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let charset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "utf-8" : declaredCharset(body)
            let isUTF8 = charset.map { ["utf-8", "utf8", "us-ascii", "ascii"].contains($0) } ?? true
            if isUTF8, let clean = cleanUTF8(body) {
                return clean ? body : withoutControlBytes(body)
            } else {
                text = Array(Charset.decode(body, declared: charset).utf8)
            }
        }
        return withoutControlBytes(text)
    }

    /// The charset a page declares in its first 4 KB, lowercased; nil when it declares none.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(4096))
            if ASCIIBytes.firstOffset(of: "<?xml", in: head) == 0, let name = value(after: "encoding=", in: head) {
                return name
            }
            return value(after: "charset=", in: head)
        }
    }

    /// The name after `key` (quotes and spaces skipped), lowercased.
    private static func value(after key: StaticString, in head: UnsafeBufferPointer<UInt8>) -> String? {
        guard var index = ASCIIBytes.firstOffset(of: key, in: head).map({ $0 + key.utf8CodeUnitCount }) else { return nil }
        while index < head.count, [0x22, 0x27, 0x20].contains(head[index]) { index += 1 }
        var name: [UInt8] = []
        while index < head.count, name.count < 40 {
            let byte = ASCIIBytes.lower(head[index])
            let isNamePart =
                (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || [0x2D, 0x5F, 0x2E, 0x3A].contains(byte)
            guard isNamePart else { break }
            name.append(byte)
            index += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    /// Refuses a page whose first 8 KB are more than 1% control bytes: binary data, not HTML.
    /// Fewer are stray bytes, removed afterwards.
    private static func checkTextual(_ bytes: [UInt8], path: String) throws(VeilleError) {
        let head = bytes.prefix(8192)
        if head.lazy.filter(isControl).count * 100 > head.count {
            throw VeilleError(.binary, path: path, "The file is mostly control bytes, so it is binary data, not HTML.")
        }
    }

    /// In one pass, as every page goes through it: nil when `bytes` are not valid UTF-8, else
    /// whether they are free of control bytes.
    static func cleanUTF8(_ bytes: [UInt8]) -> Bool? {
        bytes.withUnsafeBufferPointer { buffer -> Bool? in
            var clean = true
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte < 0x20 || byte == 0x7F, isControl(byte) { clean = false }
                    index += 1
                    continue
                }
                guard let length = sequenceLength(buffer, at: index) else { return nil }
                index += length
            }
            return clean
        }
    }

    /// The length of the valid UTF-8 sequence at `index` (which is not ASCII); nil when invalid.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = buffer[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xED: (length, high) = (3, 0x9F)
        case 0xE1...0xEF: length = 3
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF4: (length, high) = (4, 0x8F)
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard index + length <= buffer.count, (low...high).contains(buffer[index + 1]) else { return nil }
        for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// `text` without C0 control bytes other than tab, line feed, form feed and carriage return,
    /// and without DEL; the same array when it has none.
    static func withoutControlBytes(_ text: [UInt8]) -> [UInt8] {
        let hasControl = text.withUnsafeBufferPointer { buffer in buffer.contains { $0 < 0x20 && isControl($0) || $0 == 0x7F } }
        return hasControl ? text.filter { !isControl($0) } : text
    }

    /// C0 control bytes other than tab, line feed, form feed and carriage return, and DEL.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
    }
}
