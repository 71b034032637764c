import Foundation
import Logging
import Testing

@testable import VeilleCore

/// What a run killed between two steps leaves behind, and how the next run finishes it: each file
/// ends up recorded once and in one place.
struct CrashRecoveryTests {
    let folder: TemporaryFolder
    let ingestor: Ingestor
    var index: ReleaseIndex { ingestor.pipeline.index }
    var layout: StateLayout { ingestor.pipeline.configuration.settings.layout }
    static let text = "Accord signé\n\nLe ministre des affaires étrangères a signé un accord de coopération bilatérale."

    init() throws {
        folder = try TemporaryFolder()
        ingestor = try TestConfiguration.ingestor(in: folder)
    }

    private func intakeRows(named name: String) throws -> [IntakeRecord] {
        try index.intake(during: Date.distantPast..<Date.distantFuture).filter { $0.fileName == name }
    }

    /// A file as the killed run left it in processing/, with the row it had committed.
    private func leaveInProcessing(_ name: String, _ bytes: [UInt8], committing record: IntakeRecord?) throws {
        try folder.write("State/processing/\(name)", bytes)
        if let record { try index.log(record) }
    }

    @Test func duplicateLoggedBeforeAKillIsArchivedWithoutASecondRow() throws {
        _ = try ingestor.takeCopy(of: try folder.write("a.txt", Self.text))
        let planned = "archive/2026/01/01/b.txt"
        try leaveInProcessing(
            "b.txt", Array(Self.text.utf8),
            committing: IntakeRecord(
                at: Date(), fileName: "b.txt", contentHash: Pipeline.contentHash(of: Array(Self.text.utf8)),
                outcome: .duplicate, reason: nil, releaseID: 1, path: planned))
        let outcomes = try ingestor.finishLeftovers()
        #expect(outcomes == [.duplicate(fileName: "b.txt", of: 1, archivedPath: planned)])
        #expect(folder.exists("State/" + planned))
        #expect(try intakeRows(named: "b.txt").count == 1)
        #expect(folder.list("State/processing").isEmpty)
    }

    @Test func failureLoggedBeforeAKillIsQuarantinedWithoutASecondRow() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]
        try folder.write("State/failed/image.html.reason.txt", "The file is a PNG image.\n")
        try leaveInProcessing(
            "image.html", bytes,
            committing: IntakeRecord(
                at: Date(), fileName: "image.html", contentHash: Pipeline.contentHash(of: bytes), outcome: .failed,
                reason: "The file is a PNG image.", releaseID: nil, path: "failed/image.html"))
        let outcomes = try ingestor.finishLeftovers()
        guard case .failed(_, let error, let path) = try #require(outcomes.first) else { throw Failure("not failed") }
        #expect(error.code == .binary)
        #expect(path == "failed/image.html")
        #expect(try intakeRows(named: "image.html").count == 1)
        #expect(folder.list("State/failed") == ["image.html", "image.html.reason.txt"])
    }

    @Test func failureKilledBeforeItsRowIsRecordedOnceUnderTheSameName() throws {
        // The reason was written, then the run died before the row and the move.
        try folder.write("State/failed/vide.txt.reason.txt", "The file is empty.\n")
        try leaveInProcessing("vide.txt", [], committing: nil)
        _ = try ingestor.finishLeftovers()
        #expect(try intakeRows(named: "vide.txt").map(\.path) == ["failed/vide.txt"])
        #expect(folder.list("State/failed") == ["vide.txt", "vide.txt.reason.txt"])
    }

    @Test func oldRowOfTheSameContentIsNotTakenForAnInterruptedMove() throws {
        // A row written before this file was claimed belongs to another file, even if its path is empty.
        let bytes: [UInt8] = []
        try index.log(
            IntakeRecord(
                at: Date().addingTimeInterval(-3600), fileName: "vide.txt", contentHash: Pipeline.contentHash(of: bytes),
                outcome: .failed, reason: "The file is empty.", releaseID: nil, path: "failed/gone.txt"))
        try leaveInProcessing("vide.txt", bytes, committing: nil)
        _ = try ingestor.finishLeftovers()
        #expect(try intakeRows(named: "vide.txt").map(\.path) == ["failed/gone.txt", "failed/vide.txt"])
    }

    @Test func machineFaultBeforeTheCommitPutsTheFileBackInTheInbox() throws {
        let readOnly = try ReleaseIndex(path: layout.index, readOnly: true)
        let logger = Logger(label: "test")
        let pipeline = Pipeline(configuration: ingestor.pipeline.configuration, index: readOnly, logger: logger)
        let faulty = Ingestor(pipeline: pipeline, logger: logger)
        try folder.write("Inbox/accord.txt", Self.text)
        var scanner = InboxScanner(inbox: folder.file("Inbox"))
        scanner.note(Array("accord.txt".utf8), complete: true, at: Date())
        let entry = try #require(try scanner.look().ready.first)
        #expect(throws: VeilleError.self) { try faulty.take(entry) }
        #expect(folder.list("Inbox") == ["accord.txt"])
        #expect(folder.list("State/processing").isEmpty)
        // Once the index can be written again, the same file goes through.
        guard case .indexed = try #require(try ingestor.take(entry)) else { throw Failure("not indexed") }
    }

    @Test func temporaryFilesOfAKilledWriterAreRemovedAtStart() throws {
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
        try folder.write("State/digests/.2026-01-01.md.\(dead).tmp", "half a dig")
        try folder.write("State/failed/.x.txt.reason.txt.\(dead).tmp", "half a rea")
        try folder.write("State/digests/.2026-01-02.md.\(getpid()).tmp", "in progress")
        _ = try ingestor.prepare()
        #expect(folder.list("State/digests") == [".2026-01-02.md.\(getpid()).tmp"])
        #expect(folder.list("State/failed").isEmpty)
    }

    @Test func digestOfTheDayBeforeIsRewrittenWithToday() throws {
        let zone = ingestor.pipeline.configuration.settings.timeZone
        let yesterday = Day(containing: Date().addingTimeInterval(-86_400), in: zone)
        try ingestor.refreshDigests(for: [yesterday])
        #expect(folder.exists("State/digests/\(yesterday).md"))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("State/digests/latest.md")) != "\(yesterday).md"
        )
    }
}
