import Logging
import ServiceLifecycle
import VeilleCore

/// Assembles the daemon: the one place `veille watch` and the tests build it from.
public enum Daemon {
    /// Prepares the state folder, finishes any file a stopped run left half-done, and returns the
    /// service group that runs the ingest loop until SIGTERM or SIGINT.
    public static func build(configurationPath: String, configuration: Configuration, logger: Logger) throws(VeilleError)
        -> ServiceGroup
    {
        let index = try ReleaseIndex(path: configuration.settings.layout.index)
        let ingestor = Ingestor(pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
        try FileSystem.createInbox(configuration.settings.inbox)
        let resumed = try ingestor.prepare()
        if !resumed.isEmpty { logger.notice("resumed files left in processing", metadata: ["count": "\(resumed.count)"]) }
        let service = IngestService(configurationPath: configurationPath, ingestor: ingestor, logger: logger)
        return ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: service)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    }
}
