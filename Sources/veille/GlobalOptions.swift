import ArgumentParser
import Foundation
import Logging
import VeilleCore

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The settings file.",
            discussion: "Default: $VEILLE_CONFIG, else ./Config/veille.yaml, else /etc/veille/veille.yaml.",
            valueName: "path"))
    var config: String?

    @Flag(name: .long, help: "Log debugging detail on stderr.")
    var verbose = false

    /// The configuration, or exit 78 with every problem listed on stderr.
    func loadConfiguration() throws -> Configuration {
        let path = Configuration.path(option: config)
        do {
            return try Configuration.load(path: path)
        } catch {
            Terminal.error("the configuration is invalid:\n" + error.errors.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitCode(ExitStatus.configuration)
        }
    }

    /// The configuration for `veille train`, which writes the model: a model file that cannot be
    /// read (one from an older Veille) is what training replaces, so only it is let through, with
    /// a warning. Any other problem stops training, since the topic files shape the model.
    func loadConfigurationForTraining() throws -> Configuration {
        let path = Configuration.path(option: config)
        do throws(ConfigErrors) {
            let usable = try Configuration.loadUsable(path: path)
            let modelPath = usable.configuration.settings.model
            let others = usable.problems.filter { $0.file != modelPath }
            guard others.isEmpty else { throw ConfigErrors(usable.problems) }
            for problem in usable.problems { Terminal.warning("\(problem); training replaces it") }
            return usable.configuration
        } catch {
            Terminal.error("the configuration is invalid:\n" + error.errors.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitCode(ExitStatus.configuration)
        }
    }

    /// The usable part of the configuration, for commands that only read the index (status,
    /// search, show, digest): a broken topic, boilerplate or entity file is named on stderr and
    /// left out rather than refused, so that analysts can still work while it is being fixed.
    /// Only a settings file that cannot be read stops them (exit 78).
    func loadConfigurationForReading() throws -> Configuration {
        let path = Configuration.path(option: config)
        do {
            let usable = try Configuration.loadUsable(path: path)
            if !usable.problems.isEmpty {
                Terminal.warning(
                    "the configuration has problems; going on with its valid part:\n"
                        + usable.problems.map { "  \($0)" }.joined(separator: "\n"))
            }
            return usable.configuration
        } catch {
            Terminal.error("the configuration is invalid:\n" + error.errors.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitCode(ExitStatus.configuration)
        }
    }

    /// Starts logging on stderr, one line per event. `quietByDefault` commands, which print their
    /// own results, log only errors unless --verbose asks for more.
    func bootstrapLogging(quietByDefault: Bool) -> Logger {
        let level: Logger.Level = verbose ? .debug : (quietByDefault ? .error : .info)
        LoggingSystem.bootstrap { LineLogHandler(label: $0, level: level) }
        return Logger(label: "veille")
    }
}

/// Exit statuses from sysexits(3), which shell scripts and systemd understand.
enum ExitStatus {
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let ioError: Int32 = 74
    static let configuration: Int32 = 78
}

/// Output helpers: results on stdout, problems on stderr, prefixed with the program's name.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("veille: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("veille: warning: \(message)\n".utf8))
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Runs `body`, reporting a VeilleError on stderr and exiting with the status that matches it.
    static func attempt<T>(_ body: () throws(VeilleError) -> T) throws(ExitCode) -> T {
        do {
            return try body()
        } catch {
            throw fail(error)
        }
    }

    /// Reports a VeilleError on stderr and returns the exit code that matches it.
    static func fail(_ error: VeilleError) -> ExitCode {
        Terminal.error(error.description)
        switch error.code {
        case .config: return ExitCode(ExitStatus.configuration)
        case .query: return ExitCode(ExitStatus.usage)
        case .notFound: return ExitCode(ExitStatus.failure)
        default: return ExitCode(ExitStatus.ioError)
        }
    }
}
