import Foundation
import Logging
import ServiceLifecycle
import VeilleCore

/// The daemon's working state between wake-ups: the ingestor, what the inbox looked like, and
/// what to retry when. One pass looks at the inbox, takes every ready file, and refreshes the digest.
struct IngestLoop {
    private(set) var ingestor: Ingestor
    private var scanner: InboxScanner
    private let logger: Logger
    private let notifier: SystemdNotifier
    private var reportedSkips: Set<[UInt8]> = []
    /// When a file seen waiting will be ready: the service looks again then, not at the next poll.
    private(set) var nextLook: Date?
    /// The day the digest was last written for, and the days that received files since.
    private var digestDay: Day?
    private var staleDays: Set<Day> = []
    private var failures = 0
    private var retryAfter = Date.distantPast
    /// The cause of the failure last logged: its kind and system reason.
    private var lastError: String?
    /// What `veille status` reads, and what was last written of it.
    private(set) var report: DaemonStatus
    private var written: DaemonStatus?
    /// When the last file was taken, while memory kept for the work is not yet given back.
    private var busySince: Date?
    /// After this long with nothing to take, the daemon gives back the memory it kept for speed.
    static let idleAfter: TimeInterval = 10

    init(ingestor: Ingestor, logger: Logger, notifier: SystemdNotifier, watching: String, startedAt: Date = Date()) {
        self.ingestor = ingestor
        self.scanner = InboxScanner(inbox: ingestor.pipeline.configuration.settings.inbox)
        self.logger = logger
        self.notifier = notifier
        report = DaemonStatus(startedAt: startedAt, watching: watching)
    }

    var settings: Settings { ingestor.pipeline.configuration.settings }

    /// One-line status for systemd and the logs.
    var status: String {
        "\(report.indexed) indexed, \(counted(report.duplicates, "duplicate")), \(report.failed) failed since start; "
            + "\(report.waiting) waiting in the inbox"
    }

    /// Applies inotify's news, then looks at the inbox and takes every ready file, unless a recent
    /// failure asks to wait. Stops between files when a graceful shutdown begins.
    ///
    /// `catchUp` returns what inotify reported since: called right after the look, it tells of a
    /// file reopened for writing after a close, which must not be taken yet.
    mutating func pass(_ news: InboxNews, now: Date = Date(), catchUp: () -> InboxNews = { InboxNews() }) {
        // The watchdog hears from a pass that finished, not from the timer that started it: a pass
        // stuck on a file (or a worker that never returns) stops the pings, and systemd restarts us.
        defer { notifier.watchdog() }
        apply(news, now: now)
        guard now >= retryAfter else { return }
        do throws(VeilleError) {
            let before = report.indexed + report.duplicates + report.failed
            try takeReadyFiles(now: now, catchUp: catchUp)
            try refreshDigests(now: now)
            recovered()
            if report.indexed + report.duplicates + report.failed > before {
                busySince = now
            } else if let busy = busySince, now.timeIntervalSince(busy) >= Self.idleAfter {
                // Quiet for a while: what sped the work up is not needed while the daemon waits.
                ingestor.releaseMemory()
                busySince = nil
            }
        } catch {
            backOff(after: error, now: now)
        }
        saveReport()
    }

    /// Swaps in a new ingestor after a configuration reload.
    mutating func replace(_ ingestor: Ingestor) {
        self.ingestor = ingestor
        staleDays.insert(Day(containing: Date(), in: settings.timeZone))
    }

    private mutating func apply(_ news: InboxNews, now: Date) {
        if news.overflowed {
            logger.warning("inotify lost events (queue overflow); looking at the whole inbox")
            scanner.forgetEvents()
        }
        for event in news.events { scanner.note(event.name, complete: event.complete, at: now) }
    }

    private mutating func takeReadyFiles(now: Date, catchUp: () -> InboxNews) throws(VeilleError) {
        if try ensureInbox() { staleDays.insert(Day(containing: now, in: settings.timeZone)) }
        // Files a failed pass or a killed run left in processing/ are finished first.
        for outcome in try ingestor.finishLeftovers() { record(outcome) }
        let look = try scanner.look(now: now)
        nextLook = look.nextReady
        reportSkips(look.skipped)
        report.waiting = look.ready.count + look.waiting
        // A writer may have reopened a file after closing it, just before the look: hear of it now.
        let late = catchUp()
        apply(late, now: now)
        let lastWord = late.events.reduce(into: [[UInt8]: Bool]()) { $0[$1.name] = $1.complete }
        let ready = late.overflowed ? [] : look.ready.filter { lastWord[$0.rawName] != false }
        let batches = stride(from: 0, to: ready.count, by: Ingestor.batchSize).map {
            Array(ready[$0..<min($0 + Ingestor.batchSize, ready.count)])
        }
        // The state folder's lock is let go between runs of batches, so that a label or an ingest
        // waits seconds, not the whole backlog.
        for first in stride(from: 0, to: batches.count, by: Self.batchesPerRun) {
            guard !Task.isShuttingDownGracefully else { break }
            let run = Array(batches[first..<min(first + Self.batchesPerRun, batches.count)])
            try ingestor.take(batches: run, goOn: { !Task.isShuttingDownGracefully }) { batch, outcomes in
                for outcome in outcomes { record(outcome) }
                for entry in batch { scanner.forget(entry.rawName) }
                report.waiting -= batch.count
                report.learning = ingestor.pipeline.learningSummary
                notifier.watchdog()
            }
        }
    }

    /// How many batches one hold of the state folder's lock takes at most, the next one read while
    /// the one before is committed (`Ingestor.take(batches:goOn:taken:)`).
    static let batchesPerRun = 16

    /// Rewrites the digest of every day that received files since the last refresh, and today's.
    private mutating func refreshDigests(now: Date) throws(VeilleError) {
        let today = Day(containing: now, in: settings.timeZone)
        if digestDay == nil, let last = try ingestor.lastIntakeDay() { staleDays.insert(last) }
        guard !staleDays.isEmpty || digestDay != today else { return }
        try ingestor.refreshDigests(for: staleDays, now: now)
        digestDay = today
        staleDays = []
        notifier.status(status)
    }

    /// The inbox was deleted or never made: create it again rather than stop. True when it was.
    private func ensureInbox() throws(VeilleError) -> Bool {
        guard try FileSystem.createInbox(settings.inbox) else { return false }
        logger.warning("the inbox was missing; created it again", metadata: ["inbox": "\(settings.inbox)"])
        Daemon.warnIfInboxIsClosed(settings.inbox, logger: logger)
        return true
    }

    private mutating func record(_ outcome: Outcome) {
        staleDays.insert(Day(containing: Date(), in: settings.timeZone))
        switch outcome {
        case .indexed(let entry):
            staleDays.insert(Day(containing: entry.release.receivedAt, in: settings.timeZone))
            report.indexed += 1
        case .duplicate: report.duplicates += 1
        case .failed: report.failed += 1
        }
    }

    private mutating func reportSkips(_ skipped: [InboxEntry]) {
        for entry in skipped where reportedSkips.insert(entry.rawName).inserted {
            let what = entry.status.kind == .directory ? "a folder" : "not a regular file (FIFO, socket or device)"
            logger.warning("left in the inbox: \(what)", metadata: ["file": "\(entry.name)"])
        }
        reportedSkips.formIntersection(skipped.map(\.rawName))
    }

    /// Waits 2, 4, 8… up to 60 seconds after consecutive failures, logging each new cause once.
    ///
    /// A full disk fails whichever write comes first (a folder, a move, the digest), so the cause is
    /// the error's kind and its system reason ("no space left on device"), not the path it hit.
    private mutating func backOff(after error: VeilleError, now: Date) {
        failures += 1
        let delay = min(60, pow(2, Double(min(failures, 6))))
        retryAfter = now.addingTimeInterval(delay)
        let cause = error.code.rawValue + ":" + (error.reason.split(separator: ":").last.map(String.init) ?? error.reason)
        if cause != lastError {
            logger.error(
                "pass failed; files stay in the inbox or processing/ and will be retried",
                metadata: ["reason": "\(error.code.rawValue)", "detail": "\(error.description)", "retry_in_s": "\(Int(delay))"])
            lastError = cause
            report.lastError = error.description
            report.lastErrorAt = now
        }
        report.failing = true
        notifier.status("retrying in \(Int(delay)) s: \(error.description)")
    }

    private mutating func recovered() {
        if failures > 0 {
            logger.notice("recovered; passes run normally again")
            notifier.status(status)
        }
        failures = 0
        lastError = nil
        report.failing = false
        retryAfter = .distantPast
    }

    /// Writes status.json when a figure changed. A failure is not worth a pass of its own: a full
    /// disk is already reported, and the next pass tries again.
    private mutating func saveReport() {
        guard report != written else { return }
        do throws(VeilleError) {
            try report.write(to: settings.layout)
            written = report
        } catch {
            logger.debug("status.json not written", metadata: ["detail": "\(error)"])
        }
    }
}
