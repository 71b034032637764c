import Foundation
import Testing

@testable import VeilleCore

/// Generated hostile and broken inputs: each one ends indexed or in failed/ with a clear reason,
/// quickly, without a crash, a hang, or anything read from outside the file.
struct HostileInputTests {
    enum Expected: Sendable, CustomStringConvertible {
        /// Indexed, its text containing the first string and never the second.
        case indexed(containing: String, never: String?)
        /// Refused with this code.
        case refused(VeilleError.Code)
        /// Either outcome is sound, as long as it is decided (with a reason when refused).
        case decided(never: String?)

        var description: String {
            switch self {
            case .indexed(let text, _): "indexed with \"\(text)\""
            case .refused(let code): "refused: \(code.rawValue)"
            case .decided: "decided"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: @Sendable () -> [UInt8]
        var expected: Expected
        var testDescription: String { "\(name) → \(expected)" }
    }

    static let french = "Communiqué sur la sécurité\n\nLe ministre a présenté la stratégie de sécurité nationale aux députés."

    static let cases: [Case] = [
        Case(name: "empty.txt", bytes: { [] }, expected: .refused(.empty)),
        Case(name: "blank.txt", bytes: { Array(" \n\t  \r\n   \n".utf8) }, expected: .refused(.noText)),
        Case(
            name: "nul.txt", bytes: { Array("Titre\n\nTexte".utf8) + [0, 0, 0] + Array("suite".utf8) },
            expected: .refused(.binary)),
        Case(
            name: "image.html", bytes: { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 1, count: 100) },
            expected: .refused(.binary)),
        Case(
            name: "program.html", bytes: { [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 100) },
            expected: .refused(.binary)),
        Case(
            name: "archive.html", bytes: { [0x1F, 0x8B, 0x08, 0x00] + Array(repeating: 3, count: 100) },
            expected: .refused(.binary)),
        Case(
            name: "invalid-utf8.txt",
            bytes: {
                Array("Titre\n\nLa s".utf8) + [0xE9] + Array("curit".utf8) + [0xE9, 0xC3, 0x28]
                    + Array(" du pays est assurée.".utf8)
            }, expected: .indexed(containing: "sécurité", never: nil)),
        Case(
            name: "utf16-bom.txt", bytes: { [0xFF, 0xFE] + french.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } },
            expected: .indexed(containing: "sécurité nationale", never: nil)),
        Case(
            name: "utf16-no-bom.txt", bytes: { french.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } },
            expected: .indexed(containing: "sécurité nationale", never: nil)),
        Case(
            name: "latin1.html",
            bytes: {
                latin1("<html><body><h1>Sécurité</h1><p>La stratégie de sécurité nationale a été présentée.</p></body></html>")
            }, expected: .indexed(containing: "stratégie de sécurité", never: nil)),
        Case(
            name: "cp1252.txt",
            bytes: { latin1("Titre\n\nL") + [0x92] + latin1("accord sur le c") + [0x9C] + latin1("ur du problème a été signé.") },
            expected: .indexed(containing: "L’accord sur le cœur", never: nil)),
        Case(
            name: "unknown-charset.html",
            bytes: {
                Array(
                    "<html><head><meta charset=\"x-klingon-99\"></head><body><p>La sécurité du pays est assurée par la police.</p></body></html>"
                        .utf8)
            }, expected: .decided(never: nil)),
        Case(
            name: "nested.html",
            bytes: {
                Array(
                    ("<html><body>" + String(repeating: "<div>", count: 100_000) + "Texte enfoui"
                        + String(repeating: "</div>", count: 100_000) + "<p>La sécurité est assurée.</p></body></html>").utf8)
            }, expected: .decided(never: nil)),
        // A single line of 1 MB; README gives the time and memory for one of 10 MB, the limit.
        Case(
            name: "line.txt", bytes: { Array(("Titre\n\n" + String(repeating: "la sécurité du pays ", count: 50_000)).utf8) },
            expected: .indexed(containing: "sécurité", never: nil)),
        Case(
            name: "xxe.xhtml",
            bytes: {
                Array(
                    xml(entity: "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", body: "Avant &xxe; après, la sécurité du pays.")
                        .utf8)
            }, expected: .indexed(containing: "sécurité", never: "root:")),
        Case(
            name: "xxe.xml",
            bytes: {
                Array(
                    xml(
                        entity:
                            "<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> %ext; <!ENTITY xxe SYSTEM \"file:///etc/hostname\">",
                        body: "Texte &xxe; sur la sécurité du pays."
                    ).utf8)
            }, expected: .decided(never: "root:")),
        Case(
            name: "laughs.html", bytes: { Array(xml(entity: laughs, body: "&lol9; La sécurité du pays.").utf8) },
            expected: .decided(never: "lollollollollollollollollollol")),
        Case(
            name: "quadratic.html",
            bytes: {
                Array(
                    xml(
                        entity: "<!ENTITY a \"\(String(repeating: "x", count: 50_000))\">",
                        body: String(repeating: "&a;", count: 50_000) + " La sécurité du pays."
                    ).utf8)
            }, expected: .decided(never: String(repeating: "x", count: 100_000))),
    ]

    static func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }

    static func xml(entity: String, body: String) -> String {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\(entity)]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>\(body)</p></body></html>"
    }

    static let laughs =
        "<!ENTITY lol \"lol\">"
        + (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }.joined()

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func hostileInputEndsWithAClearDecision(_ input: Case) throws {
        let folder = try TemporaryFolder()
        let ingestor = try TestConfiguration.ingestor(in: folder)
        let path = try folder.write("sources/" + input.name, input.bytes())
        let start = Date()
        let outcome = try ingestor.takeCopy(of: path)
        #expect(Date().timeIntervalSince(start) < 30, "took \(Date().timeIntervalSince(start)) s")
        switch (input.expected, outcome) {
        case (.indexed(let text, let never), .indexed(let entry)):
            #expect(entry.release.body.contains(text) || entry.release.title.contains(text))
            if let never { #expect(!entry.release.body.contains(never) && !entry.release.title.contains(never)) }
        case (.refused(let code), .failed(_, let error, _)):
            #expect(error.code == code)
            #expect(error.reason.hasSuffix("."), "a sentence: \(error.reason)")
        case (.decided(let never), .indexed(let entry)):
            if let never { #expect(!entry.release.body.contains(never) && !entry.release.title.contains(never)) }
        case (.decided, .failed(_, let error, _)):
            #expect(error.rejectsFile && !error.reason.isEmpty)
        default:
            Issue.record("expected \(input.expected), got \(outcome)")
        }
        if case .indexed = outcome {
            #expect(try ingestor.pipeline.index.search(SearchQuery("root")).isEmpty, "nothing of /etc/passwd in the index")
        }
    }

    @Test func fileOverTheLimitIsRefusedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        let ingestor = try TestConfiguration.ingestor(in: folder)
        // A sparse file of 50 GB: reading it whole would take minutes and all the memory there is.
        let path = try folder.write("sources/huge.txt", [])
        #expect(truncate(path, 50 << 30) == 0)
        let start = Date()
        guard case .failed(_, let error, _) = try ingestor.takeCopy(of: path) else { throw Failure("not refused") }
        #expect(error.code == .tooLarge)
        #expect(error.reason == "The file is 51200 MB, over the 10 MB limit (max_file_size).")
        #expect(Date().timeIntervalSince(start) < 1)
    }
}
