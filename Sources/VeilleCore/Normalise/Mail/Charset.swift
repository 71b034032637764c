#if canImport(Glibc)
    import Glibc
#endif

/// Bytes in a declared charset, as text. UTF-8, US-ASCII, Latin-1 and Windows-1252 are decoded
/// here; any other charset the C library's iconv knows (ISO-8859-15, KOI8-R, Shift_JIS…) through
/// it. Without a charset, or with one nobody knows, UTF-8 when the bytes are valid UTF-8, else
/// Windows-1252, the usual case of mail written on Windows: never a failure.
enum Charset {
    static func decode(_ bytes: [UInt8], declared: String?) -> String {
        let name = declared?.lowercased().trimmedWhitespace ?? ""
        switch name {
        case "utf-8", "utf8", "us-ascii", "ascii", "":
            return String(validating: bytes, as: UTF8.self) ?? TextDecoding.windows1252(bytes)
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
            return TextDecoding.windows1252(bytes)
        default:
            return converted(bytes, from: name) ?? String(validating: bytes, as: UTF8.self) ?? TextDecoding.windows1252(bytes)
        }
    }

    /// Through iconv, to UTF-8; nil when iconv does not know the charset. A byte that does not
    /// belong to the charset becomes U+FFFD and the conversion goes on after it, so one bad byte
    /// cannot cost the rest of the text.
    private static func converted(_ bytes: [UInt8], from charset: String) -> String? {
        #if canImport(Glibc)
            let descriptor = iconv_open("UTF-8", charset)
            guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
            defer { iconv_close(descriptor) }
            var input = bytes.map { CChar(bitPattern: $0) }
            var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
            let produced: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
                output.withUnsafeMutableBufferPointer { outputBuffer in
                    var inputPointer = inputBuffer.baseAddress
                    var inputLeft = inputBuffer.count
                    var outputPointer = outputBuffer.baseAddress
                    var outputLeft = outputBuffer.count
                    while inputLeft > 0, iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft) == -1 {
                        guard errno == EILSEQ || errno == EINVAL, outputLeft >= 3 else { break }
                        for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                            outputPointer?.pointee = CChar(bitPattern: byte)
                            outputPointer = outputPointer?.successor()
                        }
                        outputLeft -= 3
                        inputPointer = inputPointer?.successor()
                        inputLeft -= 1
                    }
                    return outputBuffer.count - outputLeft
                }
            }
            return String(validating: output.prefix(produced).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
            return nil
        #endif
    }
}
