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
    /// The day the digest was last written for, and whether files came in since.
    private var digestDay: Day?
    private var digestIsStale = true
    private var failures = 0
    private var retryAfter = Date.distantPast
    private var lastError: String?
    private(set) var counts = (indexed: 0, duplicates: 0, failed: 0)

    init(ingestor: Ingestor, logger: Logger, notifier: SystemdNotifier) {
        self.ingestor = ingestor
        self.scanner = InboxScanner(inbox: ingestor.pipeline.configuration.settings.inbox)
        self.logger = logger
        self.notifier = notifier
    }

    var settings: Settings { ingestor.pipeline.configuration.settings }

    /// One-line status for systemd and the logs.
    var status: String {
        "\(counts.indexed) indexed, \(counts.duplicates) duplicates, \(counts.failed) failed since start"
    }

    /// Applies inotify's news, then looks at the inbox and takes every ready file, unless a recent
    /// failure asks to wait. Stops between files when a graceful shutdown begins.
    mutating func pass(_ news: InboxNews, now: Date = Date()) {
        for event in news.events { scanner.note(event.name, complete: event.complete, at: now) }
        notifier.watchdog()
        guard now >= retryAfter else { return }
        do throws(VeilleError) {
            if try ensureInbox() { digestIsStale = true }
            // Files a failed pass left in processing/ are finished first.
            for outcome in try ingestor.finishLeftovers() { record(outcome) }
            let look = try scanner.look(now: now)
            reportSkips(look.skipped)
            for entry in look.ready {
                if Task.isShuttingDownGracefully { break }
                if let outcome = try ingestor.take(entry) { record(outcome) }
                scanner.forget(entry.rawName)
                notifier.watchdog()
            }
            let today = Day(containing: now, in: settings.timeZone)
            if digestIsStale || digestDay != today {
                try ingestor.refreshDigest(now: now)
                digestDay = today
                digestIsStale = false
                notifier.status(status)
            }
            recovered()
        } catch {
            backOff(after: error, now: now)
        }
    }

    /// Swaps in a new ingestor after a configuration reload.
    mutating func replace(_ ingestor: Ingestor) {
        self.ingestor = ingestor
        digestIsStale = true
    }

    /// The inbox was deleted or never made: create it again rather than stop. True when it was.
    private func ensureInbox() throws(VeilleError) -> Bool {
        guard try FileSystem.createInbox(settings.inbox) else { return false }
        logger.warning("the inbox was missing; created it again", metadata: ["inbox": "\(settings.inbox)"])
        return true
    }

    private mutating func record(_ outcome: Outcome) {
        digestIsStale = true
        switch outcome {
        case .indexed: counts.indexed += 1
        case .duplicate: counts.duplicates += 1
        case .failed: counts.failed += 1
        }
    }

    private mutating func reportSkips(_ skipped: [InboxEntry]) {
        for entry in skipped where reportedSkips.insert(entry.rawName).inserted {
            let what = entry.status.kind == .directory ? "a folder" : "not a regular file (FIFO, socket or device)"
            logger.warning("left in the inbox: \(what)", metadata: ["file": "\(entry.name)"])
        }
        reportedSkips.formIntersection(skipped.map(\.rawName))
    }

    /// Waits 2, 4, 8… up to 60 seconds after consecutive failures, logging each new error once.
    private mutating func backOff(after error: VeilleError, now: Date) {
        failures += 1
        let delay = min(60, pow(2, Double(min(failures, 6))))
        retryAfter = now.addingTimeInterval(delay)
        if error.description != lastError {
            logger.error(
                "pass failed; files stay where they are and will be retried",
                metadata: ["reason": "\(error.code.rawValue)", "detail": "\(error.description)", "retry_in_s": "\(Int(delay))"])
            lastError = error.description
        }
        notifier.status("retrying in \(Int(delay)) s: \(error.description)")
    }

    private mutating func recovered() {
        if failures > 0 { logger.notice("recovered; passes run normally again") }
        failures = 0
        lastError = nil
        retryAfter = .distantPast
    }
}
