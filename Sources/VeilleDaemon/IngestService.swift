import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
import VeilleCore

/// `veille watch`: watches the inbox until SIGTERM or SIGINT, and reloads its configuration on SIGHUP.
///
/// Wake-ups come from inotify (at once), from a timer every poll interval (for what inotify
/// cannot see), and from SIGHUP. On shutdown the file in hand is finished, then the loop ends.
public struct IngestService: Service, CustomStringConvertible {
    private let configurationPath: String
    private let initial: Ingestor
    private let logger: Logger
    private let notifier = SystemdNotifier()

    public init(configurationPath: String, ingestor: Ingestor, logger: Logger) {
        self.configurationPath = configurationPath
        self.initial = ingestor
        self.logger = logger
    }

    /// ServiceLifecycle names each service in its logs by its description. Without one, Swift
    /// prints the whole value by reflection: the configuration, the topic model's ten thousand
    /// weights, a string of many megabytes built at every start (half the start's page faults).
    public var description: String { "IngestService(\(configurationPath))" }

    public func run() async throws {
        let signal = WakeSignal()
        let settings = initial.pipeline.configuration.settings
        // Trap SIGHUP before telling systemd we are ready, so that no reload can kill the daemon.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let useInotify = settings.inotify
        var watch = useInotify ? InboxWatch(inbox: settings.inbox) { signal.deliver($0) } : nil
        let mode = watch == nil ? "polling" : "inotify+polling"
        var loop = IngestLoop(ingestor: initial, logger: logger, notifier: notifier, watching: mode)
        let interval = SharedValue(settings.pollInterval)
        logger.info(
            "watching the inbox",
            metadata: [
                "inbox": "\(settings.inbox)", "state": "\(settings.state)", "mode": "\(mode)",
                "poll_s": "\(settings.pollInterval)",
            ])
        await withDiscardingTaskGroup { group in
            group.addTask { await Self.tick(every: interval, signal) }
            group.addTask { for await _ in hangups { signal.requestReload() } }
            let catchUp = { () -> InboxNews in
                watch?.catchUp()
                return signal.takeNews()
            }
            loop.pass(InboxNews(), catchUp: catchUp)
            notifier.ready(status: loop.status)
            if let next = loop.nextLook { group.addTask { await Self.wake(signal, at: next) } }
            for await _ in signal.wakeups.cancelOnGracefulShutdown() {
                let (news, reload) = signal.take()
                if reload { reloadConfiguration(into: &loop, interval: interval) }
                if useInotify, news.lostTrack || watch == nil {
                    watch = InboxWatch(inbox: loop.settings.inbox) { signal.deliver($0) }
                }
                loop.pass(news, catchUp: catchUp)
                if Task.isShuttingDownGracefully { break }
                if let next = loop.nextLook { group.addTask { await Self.wake(signal, at: next) } }
            }
            notifier.stopping()
            group.cancelAll()
        }
        logger.info("stopped", metadata: ["status": "\(loop.status)"])
    }

    /// One extra look at `date`, when a waiting file will have settled: without inotify, a file is
    /// then taken within the poll interval of its arrival instead of one to two intervals after.
    private static func wake(_ signal: WakeSignal, at date: Date) async {
        try? await Task.sleep(for: .milliseconds(max(10, Int(date.timeIntervalSinceNow * 1000) + 10)))
        signal.wake()
    }

    private static func tick(every interval: SharedValue<Double>, _ signal: WakeSignal) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(Int(interval.current * 1000)))
            signal.wake()
        }
    }

    /// Loads the configuration again; an invalid one is logged and the running one kept. The inbox
    /// and state folders stay as they are until a restart, since files are in flight between them.
    private func reloadConfiguration(into loop: inout IngestLoop, interval: SharedValue<Double>) {
        notifier.reloading()
        defer { notifier.ready(status: loop.status) }
        var configuration: Configuration
        do {
            configuration = try Configuration.load(path: configurationPath)
        } catch {
            for problem in error.errors {
                logger.error("configuration reload refused; keeping the running one", metadata: ["problem": "\(problem)"])
            }
            return
        }
        let running = loop.ingestor.pipeline
        if configuration.settings.inbox != loop.settings.inbox || configuration.settings.state != loop.settings.state {
            logger.warning("inbox and state folder changes take effect after a restart")
            configuration.settings.inbox = loop.settings.inbox
            configuration.settings.state = loop.settings.state
        }
        let pipeline = Pipeline(configuration: configuration, index: running.index, logger: logger)
        loop.replace(Ingestor(pipeline: pipeline, logger: logger))
        interval.current = configuration.settings.pollInterval
        logger.notice("configuration reloaded")
        Daemon.logLoaded(configuration, pipeline: pipeline, logger: logger)
    }
}
