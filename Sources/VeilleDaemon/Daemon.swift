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
        if try FileSystem.createInbox(configuration.settings.inbox) {
            warnIfInboxIsClosed(configuration.settings.inbox, logger: logger)
        }
        logLoaded(configuration, pipeline: ingestor.pipeline, logger: logger)
        let resumed = try ingestor.prepare()
        if !resumed.isEmpty { logger.notice("resumed files left in processing", metadata: ["count": "\(resumed.count)"]) }
        let service = IngestService(configurationPath: configurationPath, ingestor: ingestor, logger: logger)
        return ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: service)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    }

    /// Logs what the configuration holds, and each of its warnings, so that a part lost on the way
    /// (an entities folder left out of an install) shows in the journal.
    static func logLoaded(_ configuration: Configuration, pipeline: Pipeline, logger: Logger) {
        var metadata = configuration.loadedSummary.mapValues { Logger.MetadataValue.string($0) }
        metadata["labels"] = "\(pipeline.learningSummary ?? "none yet")"
        logger.notice("configuration loaded", metadata: metadata)
        for warning in configuration.warnings {
            logger.warning("configuration warning", metadata: ["problem": "\(warning)"])
        }
    }

    /// Warns when the inbox the daemon just made cannot take analysts' files: not group-writable, or
    /// not setgid (a folder made by someone else is left as its maker wanted).
    static func warnIfInboxIsClosed(_ inbox: String, logger: Logger) {
        guard FileSystem.inboxLacksGroupBits(inbox) else { return }
        logger.warning(
            "the inbox is not group-writable and setgid (2775); analysts of the group may be unable to drop files",
            metadata: ["inbox": "\(inbox)", "fix": "restart the service, or chmod 2775 the inbox as root"])
    }
}
