import Foundation
import Logging
import Testing

@testable import VeilleCore

/// The pipeline on a real state folder: files end up indexed and archived, or in failed/ with a
/// reason, and never both or neither.
struct PipelineTests {
    let folder: TemporaryFolder
    let ingestor: Ingestor

    init() throws {
        folder = try TemporaryFolder()
        ingestor = try TestConfiguration.ingestor(in: folder)
    }

    private var archived: [String] {
        (FileManager.default.enumerator(atPath: folder.file("State/archive"))?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".txt")
        }
    }

    private func drop(_ name: String, _ text: String) throws -> Outcome? {
        try folder.write("Inbox/\(name)", text)
        var scanner = InboxScanner(inbox: folder.file("Inbox"))
        _ = try scanner.look(now: Date())
        let later = Date().addingTimeInterval(InboxScanner.settleTime)
        let entry = try #require(try scanner.look(now: later).ready.first { $0.name == name })
        return try ingestor.take(entry)
    }

    @Test func releaseIsIndexedArchivedAndTakenOutOfTheInbox() throws {
        let outcome = try drop(
            "accord.txt",
            "Accord de coopération signé\n\nLe ministre des affaires étrangères a signé un accord bilatéral avec son homologue.")
        guard case .indexed(let entry) = try #require(outcome) else {
            throw Failure("not indexed: \(String(describing: outcome))")
        }
        #expect(entry.release.assignedTopics == ["diplomacy"])
        #expect(entry.archivedPath.hasPrefix("archive/"))
        #expect(folder.exists("State/" + entry.archivedPath))
        #expect(folder.list("Inbox").isEmpty)
        #expect(folder.list("State/processing").isEmpty)
    }

    @Test func memoryGivenBackWhenIdleIsReadAgainByTheNextRelease() throws {
        let text = """
            Sommet de Lomé sur la sécurité maritime

            Les chefs d’État ouest-africains se réunissent jeudi à Lomé pour adopter un plan commun contre la piraterie.

            Le plan prévoit des patrouilles conjointes, un centre de coordination à Abidjan et un fonds régional.
            """
        guard case .indexed(let first) = try #require(try drop("a.txt", text)) else { throw Failure("a.txt not indexed") }
        ingestor.releaseMemory()
        let copy = text + "\n\nLe sommet s’ouvrira à 10 heures au palais des congrès."
        guard case .indexed(let second) = try #require(try drop("b.txt", copy)) else { throw Failure("b.txt not indexed") }
        let stored = try #require(try ingestor.pipeline.index.release(id: second.id))
        #expect(stored.storyID == first.id, "the signature of a.txt is read from the index again")
    }

    @Test func duplicateIsArchivedOnceMoreButIndexedOnce() throws {
        let text = "Titre\n\nLe même texte, déposé deux fois par deux analystes différents."
        _ = try drop("a.txt", text)
        let second = try drop("b.txt", text)
        guard case .duplicate(_, let id, let path) = try #require(second) else { throw Failure("not a duplicate") }
        #expect(id == 1)
        #expect(folder.exists("State/" + path))
        #expect(try ingestor.pipeline.index.count() == 1)
        #expect(archived.count == 2)
    }

    @Test func unusableFileGoesToFailedWithItsReasonBeside() throws {
        let outcome = try drop("vide.txt", "")
        guard case .failed(_, let error, let path) = try #require(outcome) else { throw Failure("not failed") }
        #expect(error.code == .empty)
        #expect(path == "failed/vide.txt")
        #expect(folder.contents("State/failed/vide.txt.reason.txt")?.hasPrefix("The file is empty.\n") == true)
        #expect(archived.isEmpty)
    }

    @Test func sameNameTwiceNeverOverwritesAnArchivedFile() throws {
        _ = try drop("communique.txt", "Un\n\nPremier communiqué du jour sur la coopération.")
        _ = try drop("communique.txt", "Deux\n\nSecond communiqué du jour sur la coopération.")
        #expect(archived.sorted().map { ($0 as NSString).lastPathComponent } == ["communique-2.txt", "communique.txt"])
    }

    @Test func fileLeftInProcessingAfterACommitIsArchivedNotIndexedAgain() throws {
        // A run that died between committing the row and moving the file leaves it in processing/.
        _ = try drop("first.txt", "Titre\n\nUn communiqué interrompu juste après son indexation.")
        let entry = try #require(try ingestor.pipeline.index.release(id: 1))
        let archivedFile = folder.file("State/" + entry.archivedPath)
        try FileManager.default.moveItem(atPath: archivedFile, toPath: folder.file("State/processing/first.txt"))
        let resumed = try ingestor.finishLeftovers()
        guard case .indexed(let again) = try #require(resumed.first) else { throw Failure("not resumed") }
        #expect(again.id == 1)
        #expect(FileManager.default.fileExists(atPath: archivedFile))
        #expect(try ingestor.pipeline.index.count() == 1)
        #expect(folder.list("State/processing").isEmpty)
    }

    @Test func symbolicLinkIsQuarantinedWithoutBeingFollowed() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.file("Inbox/passwd.txt"), withDestinationPath: "/etc/passwd")
        var scanner = InboxScanner(inbox: folder.file("Inbox"))
        let entry = try #require(try scanner.look(now: Date()).ready.first)
        guard case .failed(_, let error, _) = try #require(try ingestor.take(entry)) else { throw Failure("not failed") }
        #expect(error.code == .notRegularFile)
        #expect(try FileSystem.status(folder.file("State/failed/passwd.txt"))?.kind == .symlink)
        #expect(try ingestor.pipeline.index.count() == 0)
    }

    @Test func fileThatVanishesBetweenTheLookAndTheClaimIsNotAnError() throws {
        try folder.write("Inbox/parti.txt", "Titre\n\nRepris par son auteur avant d’être pris.")
        var scanner = InboxScanner(inbox: folder.file("Inbox"))
        scanner.note(Array("parti.txt".utf8), complete: true, at: Date())
        let entry = try #require(try scanner.look().ready.first)
        try FileManager.default.removeItem(atPath: folder.file("Inbox/parti.txt"))
        #expect(try ingestor.take(entry) == nil)
        #expect(folder.list("State/failed").isEmpty)
        #expect(try ingestor.pipeline.index.intake(during: Date.distantPast..<Date.distantFuture).isEmpty)
    }

    @Test func oversizedFileIsRefusedWithTheLimitInTheReason() throws {
        let outcome = try drop("gros.txt", String(repeating: "Texte trop long. ", count: 700_000))
        guard case .failed(_, let error, _) = try #require(outcome) else { throw Failure("not failed") }
        #expect(error.code == .tooLarge)
        #expect(error.reason.contains("10 MB limit"))
    }

    @Test func digestListsTheDayAndPointsLatestAtIt() throws {
        _ = try drop(
            "accord.txt",
            "Accord de coopération signé\n\nLe ministre des affaires étrangères a signé un accord bilatéral avec son homologue.")
        _ = try drop("vide.txt", "")
        let path = try ingestor.refreshDigest()
        let text = try #require(folder.contents("State/digests/latest.md"))
        #expect(path.hasSuffix(".md"))
        #expect(text.contains("## Diplomacy\n\n1 story.\n\n<a id=\"s1\"></a>\n\n### Accord de coopération signé"))
        #expect(folder.contents("State/digests/reading/1.html")?.contains("Accord de coopération signé") == true)
        #expect(text.contains("- `vide.txt` — The file is empty."))
    }

    /// Writes the texts into the inbox and returns their entries, all ready, oldest first.
    private func dropAll(_ texts: [String]) throws -> [InboxEntry] {
        for (number, text) in texts.enumerated() { try folder.write("Inbox/\(number).txt", text) }
        var scanner = InboxScanner(inbox: folder.file("Inbox"))
        _ = try scanner.look(now: Date())
        return try scanner.look(now: Date().addingTimeInterval(InboxScanner.settleTime)).ready.sorted {
            Int($0.name.dropLast(4)) ?? 0 < Int($1.name.dropLast(4)) ?? 0
        }
    }

    private static func text(_ number: Int) -> String {
        "Communiqué numéro \(number) sur la sécurité\n\nLe ministre a reçu la délégation numéro \(number) pour un accord."
    }

    /// Batches taken in turn, the next prepared while the one before is committed: a copy in a
    /// later batch is still found to be the duplicate of the first.
    @Test func aCopyInALaterBatchIsTheDuplicateOfTheFirst() throws {
        let texts = (0..<5).map(Self.text) + [Self.text(1)] + (5..<7).map(Self.text)
        let entries = try dropAll(texts)
        var outcomes: [Outcome] = []
        var taken = 0
        try ingestor.take(batches: [Array(entries[0..<3]), Array(entries[3..<6]), Array(entries[6...])], goOn: { true }) {
            batch, batchOutcomes in
            taken += batch.count
            outcomes += batchOutcomes
        }
        #expect(taken == 8)
        let indexed = outcomes.compactMap { outcome -> String? in
            if case .indexed(let entry) = outcome { return entry.release.fileName }
            return nil
        }
        #expect(indexed == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "6.txt", "7.txt"])
        guard case .duplicate(let name, let original, _) = outcomes[5] else { throw Failure("not a duplicate: \(outcomes[5])") }
        #expect(name == "5.txt")
        #expect(try ingestor.pipeline.index.release(id: original)?.release.fileName == "1.txt")
        #expect(folder.list("Inbox").isEmpty)
        #expect(folder.list("State/processing").isEmpty)
    }

    @Test func stoppingLeavesTheBatchesNotClaimedInTheInbox() throws {
        let entries = try dropAll((0..<6).map(Self.text))
        var outcomes: [Outcome] = []
        try ingestor.take(batches: [Array(entries[0..<2]), Array(entries[2..<4]), Array(entries[4...])], goOn: { false }) {
            _, batchOutcomes in outcomes += batchOutcomes
        }
        #expect(outcomes.count == 2)
        #expect(folder.list("Inbox").sorted() == ["2.txt", "3.txt", "4.txt", "5.txt"])
        #expect(folder.list("State/processing").isEmpty)
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
