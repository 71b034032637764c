import Foundation

/// Turns a text file's bytes into a Swift string: a byte-order mark first, then UTF-16 without
/// one, then UTF-8, and Windows-1252 (the usual encoding of older French files) when the bytes are
/// not valid UTF-8. UTF-8 that was once misread as Windows-1252 ("sÃ©curitÃ©") is repaired. The
/// result is in Unicode NFC, so "é" is one character whichever way it came.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], path: String) throws(VeilleError) -> String {
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try utf8(bytes.dropFirst(3), path: path)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = try utf16(bytes.dropFirst(2), bigEndian: false, path: path)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes.dropFirst(2), bigEndian: true, path: path)
        } else if let bigEndian = utf16WithoutMark(bytes) {
            text = try utf16(bytes[...], bigEndian: bigEndian, path: path)
        } else if bytes.contains(0) {
            throw VeilleError(.binary, path: path, "The file contains NUL bytes, so it is binary data, not text.")
        } else {
            text = String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
        }
        try checkTextual(text, path: path)
        return Mojibake.repaired(text).precomposedStringWithCanonicalMapping
    }

    /// Refuses text made mostly of control characters: binary data that happened to decode.
    static func checkTextual(_ text: String, path: String) throws(VeilleError) {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20, ![0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value) { controls += 1 }
        }
        if total > 0, controls * 100 > total {
            throw VeilleError(.binary, path: path, "The file is mostly control characters, so it is binary data, not text.")
        }
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws(VeilleError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw VeilleError(.undecodable, path: path, "The file starts with a UTF-8 byte-order mark but is not valid UTF-8.")
        }
        return text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws(VeilleError) -> String {
        guard bytes.count % 2 == 0 else {
            throw VeilleError(.undecodable, path: path, "The file looks like UTF-16 but has an odd number of bytes.")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw VeilleError(.undecodable, path: path, "The file looks like UTF-16 but is not valid UTF-16.")
        }
        return text
    }

    /// Mostly-ASCII UTF-16 without a mark has a NUL in every other byte: true for big-endian,
    /// false for little-endian, nil when the bytes do not look like UTF-16.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let half = sample.count / 2
        if zeros.odd * 10 >= half * 4, zeros.even * 20 <= half { return false }
        if zeros.even * 10 >= half * 4, zeros.odd * 20 <= half { return true }
        return nil
    }

    /// Windows-1252: Latin-1 with typographic quotes, dashes, € and œ in 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The bytes 0x80–0x9F of Windows-1252 by the character they stand for.
    static let windows1252Bytes: [UInt32: UInt8] = Dictionary(
        cp1252High.enumerated().filter { $0.element != 0xFFFD }.map { ($0.element, UInt8(0x80 + $0.offset)) },
        uniquingKeysWith: { first, _ in first })

    /// 0x80–0x9F in Windows-1252; the five unassigned bytes map to U+FFFD.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
