import Foundation
import Testing

@testable import VeilleCore

/// The crash-loop guard's count of unfinished readings, and the reason it gives.
struct ReadingAttemptsTests {
    @Test(arguments: [
        ("pdf/fr-communique.pdf", "(the PDF parser, poppler, crashed on it)"),
        ("en-small-arms-workshop.txt", "(a parser crashed on it)"),
    ])
    func thirdAttemptAfterTwoUnfinishedReadingsIsRefusedNamingTheParser(fixture: String, parser: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("processing/release", try Repository.fixture(fixture))
        let attempts = ReadingAttempts(folder: folder.file("processing"))
        let file = ClaimedFile(path: path, name: "release", receivedAt: Date())
        // Two readings that began and never ended, as when poppler takes the process down.
        try attempts.begin(file)
        try attempts.begin(file)
        do throws(VeilleError) {
            try attempts.begin(file)
            Issue.record("a third reading was allowed")
        } catch {
            #expect(error.code == .unreadable)
            #expect(error.reason.contains("Veille stopped 2 times while reading this file \(parser)"))
        }
        #expect(!folder.exists("processing/.release.reading"), "the marker goes with the refusal")
    }
}
