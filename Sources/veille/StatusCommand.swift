import ArgumentParser
import Foundation
import VeilleCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether the daemon runs, what waits in the inbox, today's figures and the last error.",
        discussion: """
            Reads the state folder only, so it works whether the daemon runs or not, and for users \
            who may only read that folder. The daemon counts as running while it holds its lock.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print the status as one JSON object, for scripts and monitoring.")
    var json = false

    func run() throws {
        let configuration = try options.loadConfigurationForReading()
        _ = options.bootstrapLogging(quietByDefault: true)
        let settings = configuration.settings
        let running = FileLock.isHeld(path: settings.layout.daemonLock)
        let report = DaemonStatus.read(from: settings.layout)
        if json {
            let status = try Terminal.attempt { () throws(VeilleError) -> StatusReport in
                try Self.report(configuration, running: running, daemon: report)
            }
            print(try status.json())
            return
        }
        print("daemon      " + Self.describeDaemon(running: running, report: report, now: Date()))
        print("inbox       " + Self.describeBacklog(settings))
        let today = try Terminal.attempt { () throws(VeilleError) -> String in try Self.describeToday(configuration) }
        print("today       " + today)
        print("last error  " + Self.describeLastError(report, running: running, zone: settings.timeZone))
        print("learning    " + Self.describeLearning(report, weight: settings.learnedWeight))
    }

    /// The figures `--json` prints.
    static func report(_ configuration: Configuration, running: Bool, daemon report: DaemonStatus?) throws(VeilleError)
        -> StatusReport
    {
        let settings = configuration.settings
        let backlog = backlog(settings)
        let daemon = StatusReport.Daemon(
            running: running, pid: report?.pid, startedAt: report?.startedAt, watching: report?.watching,
            indexed: report?.indexed, duplicates: report?.duplicates, failed: report?.failed)
        var today: StatusReport.Today?
        var releases = 0
        if try FileSystem.status(settings.layout.index) != nil {
            let index = try ReleaseIndex(path: settings.layout.index, readOnly: true)
            let day = Day(containing: Date(), in: settings.timeZone)
            let digest = try DigestBuilder(index: index, topics: configuration.topics, timeZone: settings.timeZone).digest(for: day)
            today = StatusReport.Today(
                day: "\(day)", timeZone: settings.timeZone.identifier, indexed: digest.releases.count,
                duplicates: digest.duplicates.count, failed: digest.failures.count)
            releases = try index.count()
        }
        return StatusReport(
            daemon: daemon, inbox: StatusReport.Inbox(path: settings.inbox, waiting: backlog.waiting, processing: backlog.processing),
            today: today, releases: releases, lastError: report?.lastError, lastErrorAt: report?.lastErrorAt,
            failing: report?.failing ?? false, learning: report?.learning)
    }

    static func describeDaemon(running: Bool, report: DaemonStatus?, now: Date) -> String {
        guard running else {
            guard let report else { return "not running (it never ran on this state folder)" }
            return "not running (last started \(stamp(report.startedAt, zone: .current)), pid \(report.pid))"
        }
        guard let report else { return "running (starting up)" }
        return "running, pid \(report.pid), up \(duration(now.timeIntervalSince(report.startedAt))) (\(report.watching))"
    }

    /// Files waiting in the inbox, counted now: regular files and links not hidden or temporary.
    static func describeBacklog(_ settings: Settings) -> String {
        let backlog = backlog(settings)
        return "\(counted(backlog.waiting, "file")) waiting, \(backlog.processing) in processing"
    }

    static func backlog(_ settings: Settings) -> (waiting: Int, processing: Int) {
        let inbox = (try? FileSystem.list(settings.inbox)) ?? []
        let waiting = inbox.filter { name in
            guard !InboxScanner.isIgnored(name),
                let kind = try? FileSystem.status(RawPath(folder: settings.inbox, name: name))?.kind
            else { return false }
            return kind == .regular || kind == .symlink
        }.count
        let processing = ((try? FileSystem.list(settings.layout.processing)) ?? []).filter { !InboxScanner.isIgnored($0) }
        return (waiting, processing.count)
    }

    static func describeToday(_ configuration: Configuration) throws(VeilleError) -> String {
        let settings = configuration.settings
        let day = Day(containing: Date(), in: settings.timeZone)
        guard try FileSystem.status(settings.layout.index) != nil else { return "\(day): nothing indexed yet (no index)" }
        let index = try ReleaseIndex(path: settings.layout.index, readOnly: true)
        let builder = DigestBuilder(index: index, topics: configuration.topics, timeZone: settings.timeZone)
        let digest = try builder.digest(for: day)
        let releases = digest.releases.count
        return "\(day) (\(settings.timeZone.identifier)): \(counted(releases, "release")) indexed, "
            + "\(counted(digest.duplicates.count, "duplicate")), \(digest.failures.count) failed"
    }

    static func describeLastError(_ report: DaemonStatus?, running: Bool, zone: TimeZone) -> String {
        guard let report, let error = report.lastError, let at = report.lastErrorAt else { return "none" }
        let state = !running ? "when it last ran" : report.failing ? "still failing; retrying with backoff" : "recovered"
        return "\(stamp(at, zone: zone)) (\(state)): \(error)"
    }

    /// The daemon's last check of what analysts' labels teach.
    static func describeLearning(_ report: DaemonStatus?, weight: Double) -> String {
        if weight == 0 { return "off (learned_weight 0): the topic rules decide alone" }
        return report?.learning ?? "nothing yet: no analyst label when the daemon last classified a release"
    }

    static func stamp(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    /// "3 d 4 h", "2 h 5 min", "12 min 3 s", "40 s".
    static func duration(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3600, total % 3600 / 60)
        if days > 0 { return "\(days) d \(hours) h" }
        if hours > 0 { return "\(hours) h \(minutes) min" }
        if minutes > 0 { return "\(minutes) min \(total % 60) s" }
        return "\(total) s"
    }
}
