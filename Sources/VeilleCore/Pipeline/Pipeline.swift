import Crypto
import Foundation
import Logging

/// Inbox → Normalise → Classify (topics, entities) → Index (with its story), for one claimed file.
///
/// The order makes a crash at any point safe. The index row is committed before the file moves
/// to the archive; if the process dies in between, the file is still in processing/ and the next
/// run finds its hash already indexed with an archive path where nothing is yet, and finishes
/// the move instead of indexing it twice.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    public let index: ReleaseIndex
    public let intake: Intake
    let normaliser: Normaliser
    let classifier: TopicClassifier
    let entities: EntityExtractor
    let logger: Logger

    public init(configuration: Configuration, index: ReleaseIndex, logger: Logger) {
        self.configuration = configuration
        self.index = index
        self.logger = logger
        intake = Intake(layout: configuration.settings.layout)
        normaliser = Normaliser(boilerplate: configuration.boilerplate, timeZone: configuration.settings.timeZone)
        classifier = TopicClassifier(topics: configuration.topics)
        entities = EntityExtractor(gazetteer: configuration.gazetteer)
    }

    /// Takes a claimed file to the index and the archive, or to failed/ with its reason. Throws only
    /// when the machine is at fault (disk, index); the file then stays in processing/ for a retry.
    public func process(_ file: ClaimedFile) throws(VeilleError) -> Outcome {
        let bytes: [UInt8]
        do throws(VeilleError) {
            bytes = try FileSystem.read(file.path, limit: configuration.settings.maxFileSize)
        } catch  where error.rejectsFile {
            return try reject(file, because: error, contentHash: nil)
        }
        let hash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let existing = try index.existing(contentHash: hash) {
            return try settleDuplicate(file, hash: hash, existing: existing)
        }
        var release: Release
        do throws(VeilleError) {
            release = try normaliser.normalise(
                InboxFile(name: file.name, bytes: bytes, contentHash: hash, receivedAt: file.receivedAt))
        } catch  where error.rejectsFile {
            return try reject(file, because: error, contentHash: hash)
        }
        release.topics = classifier.classify(release)
        release.entities = entities.entities(in: release)
        let day = Day(containing: file.receivedAt, in: configuration.settings.timeZone)
        let archivePath = try intake.archivePath(for: file.name, on: day)
        let relative = configuration.settings.layout.relative(archivePath)
        let now = Date()
        let id = try index.add(release, archivedPath: relative, receivedOn: day, at: now)
        try intake.archive(file, to: archivePath)
        logger.info(
            "indexed",
            metadata: ["file": "\(file.name)", "id": "\(id)", "topics": "\(release.assignedTopics.joined(separator: ","))"])
        return .indexed(IndexedRelease(id: id, release: release, archivedPath: relative, indexedAt: now))
    }

    /// The content is indexed already: either this very file, interrupted before its archive move,
    /// or a second copy, which is archived as a duplicate.
    private func settleDuplicate(_ file: ClaimedFile, hash: String, existing: (id: Int64, archivedPath: String))
        throws(VeilleError)
        -> Outcome
    {
        let layout = configuration.settings.layout
        let planned = layout.path(existing.archivedPath)
        if try FileSystem.status(planned) == nil {
            try FileSystem.createFolder((planned as NSString).deletingLastPathComponent)
            try intake.archive(file, to: planned)
            logger.notice("finished an interrupted archive move", metadata: ["file": "\(file.name)", "id": "\(existing.id)"])
            guard let entry = try index.release(id: existing.id) else {
                throw VeilleError(.index, path: file.name, "Release #\(existing.id) vanished from the index.")
            }
            return .indexed(entry)
        }
        let day = Day(containing: file.receivedAt, in: configuration.settings.timeZone)
        let archivePath = try intake.archivePath(for: file.name, on: day)
        try intake.archive(file, to: archivePath)
        let relative = layout.relative(archivePath)
        try index.log(
            IntakeRecord(
                at: Date(), fileName: file.name, contentHash: hash, outcome: .duplicate, reason: nil,
                releaseID: existing.id, path: relative))
        logger.info("duplicate", metadata: ["file": "\(file.name)", "of": "\(existing.id)", "archived": "\(relative)"])
        return .duplicate(fileName: file.name, of: existing.id, archivedPath: relative)
    }

    private func reject(_ file: ClaimedFile, because error: VeilleError, contentHash: String?) throws(VeilleError) -> Outcome {
        let failedPath = try intake.quarantine(file, because: error)
        let relative = configuration.settings.layout.relative(failedPath)
        logger.warning(
            "quarantined", metadata: ["file": "\(file.name)", "reason": "\(error.code.rawValue)", "detail": "\(error.reason)"])
        do {
            try index.log(
                IntakeRecord(
                    at: Date(), fileName: file.name, contentHash: contentHash, outcome: .failed,
                    reason: error.reason, releaseID: nil, path: relative))
        } catch {
            // The file and its reason are safe in failed/; only the digest's list of failures misses it.
            logger.error("could not log a quarantined file", metadata: ["file": "\(file.name)", "detail": "\(error.reason)"])
        }
        return .failed(fileName: file.name, error: error, failedPath: relative)
    }
}
