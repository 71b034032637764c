import Foundation
import Testing

@testable import VeilleCore

struct TextDecodingTests {
    @Test func readsUTF8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoding.decode(Array("Sécurité".utf8), path: "a") == "Sécurité")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Sécurité".utf8), path: "a") == "Sécurité")
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let littleEndian: [UInt8] = [0xFF, 0xFE] + "Lomé".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + "Lomé".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(littleEndian, path: "a") == "Lomé")
        #expect(try TextDecoding.decode(bigEndian, path: "a") == "Lomé")
    }

    @Test func recognisesUTF16WithoutAByteOrderMark() throws {
        let text = "Communiqué de presse du ministère"
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoding.decode(littleEndian, path: "a") == text)
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() throws {
        // "l’été à Lomé « œuvrer »" in Windows-1252.
        let bytes: [UInt8] = [
            0x6C, 0x92, 0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x4C, 0x6F, 0x6D, 0xE9, 0x20, 0xAB, 0x20, 0x9C, 0x75, 0x76,
            0x72, 0x65, 0x72, 0x20, 0xBB,
        ]
        #expect(try TextDecoding.decode(bytes, path: "a") == "l’été à Lomé « œuvrer »")
    }

    @Test func composesDecomposedAccents() throws {
        let decoded = try TextDecoding.decode(Array("se\u{301}curite\u{301}".utf8), path: "a")
        #expect(decoded.unicodeScalars.count == "sécurité".unicodeScalars.count)
    }

    @Test(
        arguments: [
            ([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x7F, 0x00, 0x10, 0x11, 0x00], VeilleError.Code.binary),
            (Array("hello\u{0}world, a text with a NUL byte in it".utf8), .binary),
            ((0..<200).map { UInt8($0 % 8) + 1 }, .binary),
        ] as [([UInt8], VeilleError.Code)])
    func refusesBinaryData(bytes: [UInt8], code: VeilleError.Code) {
        #expect(throws: VeilleError.self) { try TextDecoding.decode(bytes, path: "x") }
        do {
            _ = try TextDecoding.decode(bytes, path: "x")
        } catch {
            #expect(error.code == code)
            #expect(error.rejectsFile)
        }
    }

    @Test(
        arguments: [
            (Array("{\\rtf1\\ansi ...".utf8), "an RTF document"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "a PNG image"),
            ([0x1F, 0x8B, 0x08, 0x00], "a gzip-compressed file"),
            ([0x7F, 0x45, 0x4C, 0x46, 0x02], "an executable program (ELF)"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14], "a ZIP archive"),
        ] as [([UInt8], String)])
    func namesKnownBinaryFormats(bytes: [UInt8], name: String) {
        do {
            try ContentSniffer.checkReadable(bytes, path: "x")
            Issue.record("accepted \(name)")
        } catch {
            #expect(error.code == .binary)
            #expect(error.reason.contains(name))
        }
    }
}
