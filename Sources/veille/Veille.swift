import ArgumentParser
import Logging
import VeilleCore

@main
struct Veille: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veille",
        abstract: "Press monitoring: watch an inbox of press releases, index them, and write a daily digest.",
        discussion: """
            Settings come from --config, else VEILLE_CONFIG, else ./Config/veille.yaml, else \
            /etc/veille/veille.yaml; each can be overridden by a VEILLE_* environment variable; see \
            docs/configuration.md.

            Exit codes: 0 done; 1 not found, nothing matched, or some files failed; 64 bad usage; \
            74 the index or a file could not be read or written; 78 invalid configuration.
            """,
        version: VeilleVersion.version,
        subcommands: [
            WatchCommand.self, IngestCommand.self, SearchCommand.self, ShowCommand.self, DigestCommand.self,
            ExportCommand.self, ExtractCommand.self, ExplainCommand.self, LabelCommand.self, ReindexCommand.self,
            EvalCommand.self, TrainCommand.self, BenchCommand.self, StatusCommand.self, CheckConfigCommand.self,
            BackupCommand.self, RebuildCommand.self,
        ]
    )
}
