import Foundation
import Synchronization

extension Pipeline {
    /// A claimed file, and where it goes back to if a machine fault stops it before anything about
    /// it is committed.
    public struct BatchItem: Sendable {
        public var file: ClaimedFile
        public var inbox: RawPath?

        public init(file: ClaimedFile, inbox: RawPath? = nil) {
            self.file = file
            self.inbox = inbox
        }
    }

    /// Takes many claimed files through the pipeline at once, with the same outcome for each as
    /// `process(_:returningTo:)` and in the same order.
    ///
    /// Reading, hashing, normalising and classifying run on every core. Then, on this thread, the
    /// new releases are committed in one transaction, moved to the archive, and their archive
    /// folders synced once: one commit and a few syncs for the batch instead of two syncs per
    /// file. Duplicates, failures and resumed files take the one-file path, which knows how to
    /// finish interrupted moves. The order stays safe: every row is committed before its file moves.
    public func process(batch items: [BatchItem]) throws(VeilleError) -> [Outcome] {
        try finish(prepare(batch: items))
    }

    /// A batch read, normalised and classified, not yet committed: what `finish(_:)` takes.
    public struct PreparedBatch: Sendable {
        public let items: [BatchItem]
        fileprivate let prepared: [Prepared]

        fileprivate init(items: [BatchItem], prepared: [Prepared]) {
            self.items = items
            self.prepared = prepared
        }

        /// The batch with nothing worked out: each file takes the one-file path.
        init(unprepared items: [BatchItem]) {
            self.init(items: items, prepared: Array(repeating: .elsewhere, count: items.count))
        }
    }

    /// The first half of `process(batch:)`, on every core: it writes nothing to the index, so it
    /// may run while this pipeline's writer commits the batch before.
    public func prepare(batch items: [BatchItem]) -> PreparedBatch {
        PreparedBatch(items: items, prepared: prepare(items.map(\.file)))
    }

    /// The second half of `process(batch:)`, on this thread: commits the new releases, archives
    /// their files, and takes the others through the one-file path.
    public func finish(_ batch: PreparedBatch) throws(VeilleError) -> [Outcome] {
        let (items, prepared) = (batch.items, batch.prepared)
        var outcomes = [Outcome?](repeating: nil, count: items.count)
        var fresh: [(position: Int, release: Release, signature: StorySignature)] = []
        var hashes = Set<String>()
        for (position, result) in prepared.enumerated() {
            guard case .ready(let release, let signature) = result, !items[position].file.resumed,
                hashes.insert(release.contentHash).inserted, try index.existing(contentHash: release.contentHash) == nil
            else { continue }
            fresh.append((position, release, signature))
        }
        if !fresh.isEmpty {
            let committed: [Committed]
            do throws(VeilleError) {
                committed = try commit(fresh.map { (items[$0.position].file, $0.release, $0.signature) })
            } catch {
                for entry in fresh {
                    if let inbox = items[entry.position].inbox {
                        intake.putBack(items[entry.position].file, to: inbox, logger: logger)
                    }
                }
                throw error
            }
            // From here a fault leaves the files in processing/, where the next pass finishes them.
            for (entry, outcome) in zip(fresh, try archive(committed)) { outcomes[entry.position] = outcome }
        }
        for (position, item) in items.enumerated() where outcomes[position] == nil {
            outcomes[position] = try process(item.file, returningTo: item.inbox)
        }
        return outcomes.compactMap { $0 }
    }

    fileprivate enum Prepared: Sendable {
        /// With its story signature, made here rather than in the single writer's transaction.
        case ready(Release, StorySignature)
        /// Unreadable, refused, or a machine fault: the one-file path will say which, again.
        case elsewhere
    }

    /// Normalised and classified releases and their story signatures, in the order of `files`,
    /// worked out on every core.
    private func prepare(_ files: [ClaimedFile]) -> [Prepared] {
        let results = Mutex([Prepared](repeating: .elsewhere, count: files.count))
        let classifier = learning.current(index: index, logger: logger)
        DispatchQueue.concurrentPerform(iterations: files.count) { position in
            let file = files[position]
            do throws(VeilleError) {
                let bytes = try FileSystem.read(file.path, limit: configuration.settings.maxFileSize)
                let releases = try attempts.reading(file) { () throws(VeilleError) in
                    try normaliser.normaliseAll(
                        InboxFile(
                            name: file.name, bytes: bytes, contentHash: Self.contentHash(of: bytes), receivedAt: file.receivedAt))
                }
                // An e-mail carrying several releases takes the one-file path, which commits them together.
                guard releases.count == 1, var release = releases.first else { return }
                release.topics = classifier.classify(release)
                release.entities = entities.entities(in: release)
                let signature = StorySignature(release)
                results.withLock { $0[position] = .ready(release, signature) }
            } catch {
                return
            }
        }
        return results.withLock { $0 }
    }

    private struct Committed {
        var file: ClaimedFile
        var entry: IndexedRelease
        var path: String
    }

    /// Commits the releases in one transaction, each naming its archive path.
    private func commit(_ entries: [(file: ClaimedFile, release: Release, signature: StorySignature)]) throws(VeilleError)
        -> [Committed]
    {
        let zone = configuration.settings.timeZone
        var planned: [(file: ClaimedFile, release: Release, path: String, day: Day, signature: StorySignature)] = []
        for entry in entries {
            let day = Day(containing: entry.file.receivedAt, in: zone)
            planned.append(
                (entry.file, entry.release, try intake.archivePath(for: entry.file.name, on: day), day, entry.signature))
        }
        let now = Date()
        let ids = try index.add(planned.map { ($0.release, layout.relative($0.path), $0.day, $0.signature) }, at: now)
        FaultInjection.reached(.releaseCommitted)
        return zip(planned, ids).map { entry, id in
            Committed(
                file: entry.file,
                entry: IndexedRelease(id: id, release: entry.release, archivedPath: layout.relative(entry.path), indexedAt: now),
                path: entry.path)
        }
    }

    /// Moves each committed file to its archive path, then syncs each archive folder once.
    private func archive(_ committed: [Committed]) throws(VeilleError) -> [Outcome] {
        var folders = Set<String>()
        for item in committed {
            try FileSystem.move(item.file.path, to: item.path)
            folders.insert((item.path as NSString).deletingLastPathComponent)
            logger.info(
                "indexed",
                metadata: [
                    "file": "\(item.file.name)", "id": "\(item.entry.id)",
                    "topics": "\(item.entry.release.assignedTopics.joined(separator: ","))",
                ])
        }
        for folder in folders { FileSystem.syncFolder(folder) }
        return committed.map { .indexed($0.entry) }
    }
}
