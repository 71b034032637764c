import Crypto
import Foundation
import Logging

/// Inbox → Normalise → Classify (topics, entities) → Index (with its story), for one claimed file.
///
/// The order makes a kill at any instant safe. Every outcome is first committed to the index
/// (the release, or the intake record of a duplicate or a failure, naming where the file will
/// go), and only then is the file moved there. If the process dies in between, the file is still
/// in processing/; the next run finds the committed row whose path is still empty and finishes
/// the move instead of recording the file a second time.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    public let index: ReleaseIndex
    public let intake: Intake
    let normaliser: Normaliser
    let learning: LearningClassifier
    let entities: EntityExtractor
    let attempts: ReadingAttempts
    let logger: Logger

    public init(configuration: Configuration, index: ReleaseIndex, logger: Logger) {
        self.configuration = configuration
        self.index = index
        self.logger = logger
        intake = Intake(layout: configuration.settings.layout)
        normaliser = Normaliser(configuration: configuration)
        learning = LearningClassifier(configuration: configuration)
        entities = EntityExtractor(gazetteer: configuration.gazetteer)
        attempts = ReadingAttempts(folder: configuration.settings.layout.processing)
    }

    var layout: StateLayout { configuration.settings.layout }

    /// What the learned part made of analysts' labels when it last learned, nil before any label.
    public var learningSummary: String? { learning.summary }

    /// Takes a claimed file to the index and the archive, or to failed/ with its reason. Throws only
    /// when the machine is at fault (disk, index). The file then goes back to `inbox` when that is
    /// given and nothing was committed for it yet; otherwise it stays in processing/ for a retry.
    public func process(_ file: ClaimedFile, returningTo inbox: RawPath? = nil) throws(VeilleError) -> Outcome {
        var committed = false
        do throws(VeilleError) {
            return try process(file, committed: &committed)
        } catch {
            if !committed, let inbox { intake.putBack(file, to: inbox, logger: logger) }
            throw error
        }
    }

    private func process(_ file: ClaimedFile, committed: inout Bool) throws(VeilleError) -> Outcome {
        let bytes: [UInt8]
        do throws(VeilleError) {
            bytes = try FileSystem.read(file.path, limit: configuration.settings.maxFileSize)
        } catch  where error.rejectsFile {
            return try reject(file, because: error, contentHash: nil, committed: &committed)
        }
        let hash = Self.contentHash(of: bytes)
        if let existing = try index.existing(contentHash: hash) {
            return try settleDuplicate(file, hash: hash, existing: existing, committed: &committed)
        }
        var releases: [Release]
        do throws(VeilleError) {
            releases = try attempts.reading(file) { () throws(VeilleError) in
                try normaliser.normaliseAll(
                    InboxFile(name: file.name, bytes: bytes, contentHash: hash, receivedAt: file.receivedAt))
            }
        } catch  where error.rejectsFile {
            return try reject(file, because: error, contentHash: hash, committed: &committed)
        }
        let classifier = learning.current(index: index, logger: logger)
        for position in releases.indices {
            releases[position].topics = classifier.classify(releases[position])
            releases[position].entities = entities.entities(in: releases[position])
        }
        let day = Day(containing: file.receivedAt, in: configuration.settings.timeZone)
        let archivePath = try intake.archivePath(for: file.name, on: day)
        let relative = layout.relative(archivePath)
        let now = Date()
        // 1. Commit the releases (an e-mail may carry several), naming their archive path, in one
        // transaction; 2. move the file there.
        let ids = try index.add(releases.map { ($0, relative, day) }, at: now)
        committed = true
        FaultInjection.reached(.releaseCommitted)
        try intake.archive(file, to: archivePath)
        for (id, release) in zip(ids, releases) {
            logger.info(
                "indexed",
                metadata: ["file": "\(file.name)", "id": "\(id)", "topics": "\(release.assignedTopics.joined(separator: ","))"])
        }
        return .indexed(IndexedRelease(id: ids[0], release: releases[0], archivedPath: relative, indexedAt: now))
    }

    /// The SHA-256 of a file's bytes in hexadecimal: what duplicates are recognised by.
    static func contentHash(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The content is indexed already: either this very file, interrupted before its archive move,
    /// or a second copy, which is archived as a duplicate.
    private func settleDuplicate(
        _ file: ClaimedFile, hash: String, existing: (id: Int64, archivedPath: String), committed: inout Bool
    ) throws(VeilleError) -> Outcome {
        let planned = layout.path(existing.archivedPath)
        if try FileSystem.status(planned) == nil {
            committed = true
            try FileSystem.createFolder((planned as NSString).deletingLastPathComponent)
            try intake.archive(file, to: planned)
            logger.notice("finished an interrupted archive move", metadata: ["file": "\(file.name)", "id": "\(existing.id)"])
            guard let entry = try index.release(id: existing.id) else {
                throw VeilleError(.index, path: file.name, "Release #\(existing.id) vanished from the index.")
            }
            return .indexed(entry)
        }
        let relative: String
        if let pending = try interruptedMove(of: file, outcome: .duplicate, contentHash: hash) {
            committed = true
            relative = pending.path
            try FileSystem.createFolder((layout.path(relative) as NSString).deletingLastPathComponent)
        } else {
            let day = Day(containing: file.receivedAt, in: configuration.settings.timeZone)
            relative = layout.relative(try intake.archivePath(for: file.name, on: day))
            try index.log(
                IntakeRecord(
                    at: Date(), fileName: file.name, contentHash: hash, outcome: .duplicate, reason: nil,
                    releaseID: existing.id, path: relative))
            committed = true
        }
        FaultInjection.reached(.duplicateCommitted)
        try intake.archive(file, to: layout.path(relative))
        logger.info("duplicate", metadata: ["file": "\(file.name)", "of": "\(existing.id)", "archived": "\(relative)"])
        return .duplicate(fileName: file.name, of: existing.id, archivedPath: relative)
    }

    /// Quarantines a file that cannot be indexed: its reason beside it in failed/, then its
    /// intake record, then the file itself.
    private func reject(_ file: ClaimedFile, because error: VeilleError, contentHash: String?, committed: inout Bool)
        throws(VeilleError) -> Outcome
    {
        let destination: String
        if let pending = try interruptedMove(of: file, outcome: .failed, contentHash: contentHash) {
            committed = true
            destination = layout.path(pending.path)
            try intake.writeReason(for: file, because: error, at: destination)
        } else {
            destination = try FileSystem.freePath(in: layout.failed, for: file.name)
            try intake.writeReason(for: file, because: error, at: destination)
            FaultInjection.reached(.reasonWritten)
            try index.log(
                IntakeRecord(
                    at: Date(), fileName: file.name, contentHash: contentHash, outcome: .failed,
                    reason: error.reason, releaseID: nil, path: layout.relative(destination)))
            committed = true
        }
        FaultInjection.reached(.failureCommitted)
        try intake.quarantine(file, to: destination)
        logger.warning(
            "quarantined", metadata: ["file": "\(file.name)", "reason": "\(error.code.rawValue)", "detail": "\(error.reason)"])
        return .failed(fileName: file.name, error: error, failedPath: layout.relative(destination))
    }

    /// The intake record committed for this very file by a run that stopped before moving it: one
    /// written since the file was claimed (its last status change), for the same content (or,
    /// for a file that could not be read, the same name), whose path is still empty.
    private func interruptedMove(of file: ClaimedFile, outcome: IntakeRecord.Outcome, contentHash: String?)
        throws(VeilleError) -> IntakeRecord?
    {
        guard file.resumed, let status = try FileSystem.status(file.path) else { return nil }
        let claimed = Date(timeIntervalSince1970: Double(status.changed) / 1e9).addingTimeInterval(-2)
        let records = try index.intake(since: claimed, outcome: outcome, contentHash: contentHash, fileName: file.name)
        for record in records where try FileSystem.status(layout.path(record.path)) == nil {
            logger.notice("finishing an interrupted move", metadata: ["file": "\(file.name)", "to": "\(record.path)"])
            return record
        }
        return nil
    }
}
