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

    /// Creates the state folders, then finishes the files a stopped run left in processing/.
    public func prepare() throws(VeilleError) -> [Outcome] {
        try pipeline.intake.prepare()
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
    public func take(_ entry: InboxEntry) throws(VeilleError) -> Outcome? {
        try withWriteLock { () throws(VeilleError) -> Outcome? in
            let file: ClaimedFile
            do throws(VeilleError) {
                file = try pipeline.intake.claim(entry, from: settings.inbox, at: Date())
            } catch  where error.code == .notFound {
                return nil
            }
            return try pipeline.process(file)
        }
    }

    /// Copies a file from anywhere into the pipeline, leaving the original where it is.
    public func takeCopy(of path: String) throws(VeilleError) -> Outcome {
        try withWriteLock { () throws(VeilleError) -> Outcome in
            let file: ClaimedFile
            do throws(VeilleError) {
                file = try pipeline.intake.claimCopy(of: path, limit: settings.maxFileSize, at: Date())
            } catch  where error.rejectsFile {
                // Nothing was copied, so there is nothing to quarantine: the original stays put.
                return .failed(fileName: (path as NSString).lastPathComponent, error: error, failedPath: path)
            }
            return try pipeline.process(file)
        }
    }

    /// Renders today's digest (in the configured time zone) and points `latest.md` at it.
    @discardableResult
    public func refreshDigest(now: Date = Date()) throws(VeilleError) -> String {
        try writeDigest(for: Day(containing: now, in: settings.timeZone), isLatest: true)
    }

    /// Renders the digest of `day` from the index into `digests/DAY.md` and `DAY.html` (with the
    /// index page and the feed); returns the Markdown's path. When the day's digest changed and
    /// `digest_command` is set, runs it with the HTML file's path.
    @discardableResult
    public func writeDigest(for day: Day, isLatest: Bool) throws(VeilleError) -> String {
        let rendered = try renderDigest(for: day)
        let writer = DigestWriter(folder: settings.layout.digests)
        let changed = try writer.write(
            rendered.markdown, html: rendered.html, for: day, isLatest: isLatest, language: settings.digestLanguage,
            timeZone: settings.timeZone)
        if changed, let command = settings.digestCommand {
            DigestHook(command: command, logger: logger).run(with: writer.htmlPath(for: day))
        }
        return writer.path(for: day)
    }

    /// The digest of `day` as Markdown and HTML, without writing it.
    public func renderDigest(for day: Day) throws(VeilleError) -> (markdown: String, html: String) {
        let builder = DigestBuilder(index: pipeline.index, topics: pipeline.configuration.topics, timeZone: settings.timeZone)
        let digest = try builder.digest(for: day)
        return (
            MarkdownDigest(language: settings.digestLanguage, timeZone: settings.timeZone).render(digest),
            HTMLDigest(language: settings.digestLanguage, timeZone: settings.timeZone).render(digest)
        )
    }

    private func withWriteLock<T>(_ body: () throws(VeilleError) -> T) throws(VeilleError) -> T {
        let lock = try FileLock(path: settings.layout.writeLock, wait: true)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}
