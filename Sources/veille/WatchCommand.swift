import ArgumentParser
import ServiceLifecycle
import VeilleCore
import VeilleDaemon

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch the inbox: index every release dropped there and keep today's digest current.",
        discussion: "Runs until SIGTERM or SIGINT (finishing the file in hand); SIGHUP reloads the configuration."
    )

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let configuration = try options.loadConfiguration()
        let logger = options.bootstrapLogging(quietByDefault: false)
        let layout = configuration.settings.layout
        let lock = try Terminal.attempt { () throws(VeilleError) -> FileLock? in
            try FileSystem.createFolder(layout.root)
            return try FileLock(path: layout.daemonLock, wait: false)
        }
        guard let lock else {
            Terminal.error("another veille watch is already running on \(layout.root)")
            throw ExitCode(ExitStatus.failure)
        }
        let path = Configuration.path(option: options.config)
        let group = try Terminal.attempt { () throws(VeilleError) -> ServiceGroup in
            try Daemon.build(configurationPath: path, configuration: configuration, logger: logger)
        }
        try await group.run()
        withExtendedLifetime(lock) {}
    }
}
