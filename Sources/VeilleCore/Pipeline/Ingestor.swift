import Foundation
import Logging

/// Moves files from where they are into the pipeline and keeps the day's digest current: the
/// one piece of logic behind both `veille watch` and `veille ingest`.
///
/// Each file is claimed and finished while holding the state folder's write lock, so a daemon and
/// a one-shot `veille ingest` can share a state folder.
public struct Ingestor: Sendable {
    public let pipeline: Pipeline
    let logger: Logger

    public init(pipeline: Pipeline, logger: Logger) {
        self.pipeline = pipeline
        self.logger = logger
    }

    var settings: Settings { pipeline.configuration.settings }

    /// Creates the state folders, removes the temporary files a killed run left half-written, then
    /// finishes the files it left in processing/.
    public func prepare() throws(VeilleError) -> [Outcome] {
        try pipeline.intake.prepare()
        try withWriteLock { () throws(VeilleError) in try pipeline.intake.removeAbandonedTemporaries() }
        return try finishLeftovers()
    }

    /// Processes whatever is in processing/: files whose run stopped before it finished them.
    public func finishLeftovers() throws(VeilleError) -> [Outcome] {
        try withWriteLock { () throws(VeilleError) -> [Outcome] in
            var outcomes: [Outcome] = []
            for file in try pipeline.intake.leftovers(at: Date()) {
                logger.notice("resuming a file left in processing", metadata: ["file": "\(file.name)"])
                outcomes.append(try pipeline.process(file))
            }
            return outcomes
        }
    }

    /// Claims one inbox entry and takes it through the pipeline. Returns nil when the file
    /// vanished before it could be claimed, which is not an error: someone took it back.
    public func take(_ entry: InboxEntry) throws(VeilleError) -> Outcome? { try take([entry]).first }

    /// Copies a file from anywhere into the pipeline, leaving the original where it is.
    public func takeCopy(of path: String) throws(VeilleError) -> Outcome {
        guard let outcome = try takeCopies(of: [path]).first else {
            throw VeilleError(.io, path: path, "The file could not be taken in.")
        }
        return outcome
    }

    /// How many files one batch claims: enough to spread the work over the cores and share a
    /// commit, few enough that a batch's releases stay small in memory and a new file waits little.
    public static let batchSize = 64

    /// Claims inbox entries and takes them through the pipeline together, in order. Entries that
    /// vanished before they could be claimed are left out: someone took them back.
    public func take(_ entries: [InboxEntry]) throws(VeilleError) -> [Outcome] {
        try withWriteLock { () throws(VeilleError) -> [Outcome] in try pipeline.process(batch: try claim(entries)) }
    }

    /// Takes batches of inbox entries one after the other, as `take(_:)` takes one: the next batch is
    /// claimed and read, normalised and classified on every core while this thread commits and
    /// archives the one before, so that parsing does not wait on the index nor the index on parsing.
    /// `goOn` is asked before each further batch is claimed; `taken` hears each batch's outcomes.
    ///
    /// The order of each file's steps is `take(_:)`'s: a file moves to the archive only once its
    /// row is committed. When a commit fails, the batch being prepared goes back to the inbox with
    /// the failed one's new files; nothing of it was committed.
    public func take(
        batches: [[InboxEntry]], goOn: () -> Bool, taken: (_ batch: [InboxEntry], _ outcomes: [Outcome]) -> Void
    ) throws(VeilleError) {
        guard let first = batches.first else { return }
        try withWriteLock { () throws(VeilleError) in
            var next: PreparingBatch? = PreparingBatch.start(pipeline, try claim(first))
            for (position, batch) in batches.enumerated() {
                guard let current = next?.result() else { return }
                next = nil
                var claimFailure: VeilleError?
                if position + 1 < batches.count, goOn() {
                    do throws(VeilleError) {
                        next = PreparingBatch.start(pipeline, try claim(batches[position + 1]))
                    } catch {
                        claimFailure = error
                    }
                }
                let outcomes: [Outcome]
                do throws(VeilleError) {
                    outcomes = try pipeline.finish(current)
                } catch {
                    if let waiting = next?.result() {
                        for item in waiting.items {
                            if let inbox = item.inbox { pipeline.intake.putBack(item.file, to: inbox, logger: logger) }
                        }
                    }
                    throw error
                }
                taken(batch, outcomes)
                if let claimFailure { throw claimFailure }
            }
        }
    }

    /// Claims inbox entries into processing/, leaving out those that vanished first.
    private func claim(_ entries: [InboxEntry]) throws(VeilleError) -> [Pipeline.BatchItem] {
        var items: [Pipeline.BatchItem] = []
        for entry in entries {
            do throws(VeilleError) {
                let file = try pipeline.intake.claim(entry, from: settings.inbox, at: Date())
                items.append(Pipeline.BatchItem(file: file, inbox: RawPath(folder: settings.inbox, name: entry.rawName)))
            } catch  where error.code == .notFound {
                continue
            }
        }
        return items
    }

    /// Copies files from anywhere into the pipeline together, leaving the originals where they are.
    public func takeCopies(of paths: [String]) throws(VeilleError) -> [Outcome] {
        try withWriteLock { () throws(VeilleError) -> [Outcome] in
            var outcomes = [Outcome?](repeating: nil, count: paths.count)
            var items: [(position: Int, item: Pipeline.BatchItem)] = []
            for (position, path) in paths.enumerated() {
                do throws(VeilleError) {
                    let file = try pipeline.intake.claimCopy(of: path, limit: settings.maxFileSize, at: Date())
                    items.append((position, Pipeline.BatchItem(file: file)))
                } catch  where error.rejectsFile {
                    outcomes[position] = .failed(fileName: (path as NSString).lastPathComponent, error: error, failedPath: path)
                }
            }
            for (entry, outcome) in zip(items, try pipeline.process(batch: items.map(\.item))) {
                outcomes[entry.position] = outcome
            }
            return outcomes.compactMap { $0 }
        }
    }

    /// Renders today's digest (in the configured time zone) and points `latest.md` at it.
    @discardableResult
    public func refreshDigest(now: Date = Date()) throws(VeilleError) -> String {
        try writeDigest(for: Day(containing: now, in: settings.timeZone), isLatest: true)
    }

    /// Renders the digest of each of `days` and today's, pointing `latest.md` at today's: after a
    /// batch that straddled midnight, or a restart, the day before gets its last releases too.
    ///
    /// A digest holds its day's releases (their texts, topics and entities are read by id as it
    /// needs them): still megabytes after a backlog. The allocator's free pages are handed back
    /// before (what the batches freed) and after (what the digest freed), so that neither stays
    /// on top of the other: the next digest may be made on another thread, whose arena would not
    /// reuse them.
    public func refreshDigests(for days: Set<Day>, now: Date = Date()) throws(VeilleError) {
        let today = Day(containing: now, in: settings.timeZone)
        FreeMemory.returnToSystem()
        defer { FreeMemory.returnToSystem() }
        for day in days.sorted() where day != today { try writeDigest(for: day, isLatest: false) }
        try writeDigest(for: today, isLatest: true)
    }

    /// Gives back what the work kept in memory for speed: the story signatures, SQLite's caches,
    /// and the allocator's free pages. For a daemon that has drained its inbox and will wait.
    public func releaseMemory() {
        SignatureCache.shared.removeAll()
        pipeline.index.releaseMemory()
        FreeMemory.returnToSystem()
    }

    /// The day of the newest intake record, whose digest a run killed before its refresh left stale.
    public func lastIntakeDay() throws(VeilleError) -> Day? {
        try pipeline.index.latestIntakeDate().map { Day(containing: $0, in: settings.timeZone) }
    }

    /// Renders the digest of `day` from the index into `digests/DAY.md`, `DAY.html` and `DAY.json`
    /// (with the releases' reading copies, the index page and the feed); returns the Markdown's
    /// path. When the day's digest changed and `digest_command` is set, runs it with the HTML
    /// file's path.
    @discardableResult
    public func writeDigest(for day: Day, isLatest: Bool) throws(VeilleError) -> String {
        let rendered = try renderDigest(for: day)
        let writer = DigestWriter(folder: settings.layout.digests)
        let changed = try writer.write(
            rendered.markdown, html: rendered.html, for: day, isLatest: isLatest, language: settings.digestLanguage,
            timeZone: settings.timeZone, readingCopies: rendered.readingCopies, texts: pipeline.index.withTexts,
            summary: rendered.summary)
        if changed, let command = settings.digestCommand {
            DigestHook(command: command, logger: logger).run(with: writer.htmlPath(for: day))
        }
        return writer.path(for: day)
    }

    /// Writes again the digests of `days` that were already written, and today's: after an
    /// analyst's label or a reindex, so that what the digests say follows the index whether or
    /// not the daemon runs. Returns the days rewritten.
    @discardableResult
    public func rewriteDigests(of days: Set<Day>, now: Date = Date()) throws(VeilleError) -> [Day] {
        let today = Day(containing: now, in: settings.timeZone)
        let written = Set(DigestArchive(folder: settings.layout.digests).days())
        let chosen = days.filter { written.contains($0) || $0 == today }.sorted()
        for day in chosen { try writeDigest(for: day, isLatest: day == today) }
        return chosen
    }

    /// The days that have a digest in `digests/`, newest first.
    public func writtenDigestDays() -> [Day] { DigestArchive(folder: settings.layout.digests).days() }

    /// The digest of `day` as Markdown and HTML, its releases' reading copies and its summary,
    /// without writing them.
    public func renderDigest(for day: Day) throws(VeilleError) -> RenderedDigest {
        let configuration = pipeline.configuration
        var builder = DigestBuilder(index: pipeline.index, topics: configuration.topics, timeZone: settings.timeZone)
        builder.watchList = configuration.watchList
        let digest = try builder.digest(for: day)
        return RenderedDigest(digest, settings: settings)
    }

    private func withWriteLock<T>(_ body: () throws(VeilleError) -> T) throws(VeilleError) -> T {
        let lock = try FileLock(path: settings.layout.writeLock, wait: true)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}
