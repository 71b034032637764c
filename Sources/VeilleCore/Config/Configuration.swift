import Foundation

/// Everything Veille reads from `Config/`: settings, topics, boilerplate rules and the entity
/// gazetteer, checked together.
public struct Configuration: Sendable, Equatable {
    /// Where the settings file is when neither `--config` nor `VEILLE_CONFIG` says otherwise and
    /// there is one here: a checkout of the project.
    public static let defaultPath = "Config/veille.yaml"
    /// Where `make install` and the Debian package put the settings file.
    public static let installedPath = "/etc/veille/veille.yaml"

    public var path: String
    public var settings: Settings
    public var topics: [TopicDefinition]
    public var boilerplate: BoilerplateRules
    /// The countries and organisations to recognise.
    public var gazetteer: Gazetteer
    /// The base topic model blended with the rules, when its file is there.
    public var model: TopicModel?
    /// What the desk follows, for the digest's ranking.
    public var watchList: WatchList = .empty

    public init(
        path: String, settings: Settings, topics: [TopicDefinition], boilerplate: BoilerplateRules,
        gazetteer: Gazetteer = .empty, model: TopicModel? = nil
    ) {
        self.path = path
        self.settings = settings
        self.topics = topics
        self.boilerplate = boilerplate
        self.gazetteer = gazetteer
        self.model = model
    }

    /// Loads and checks the configuration at `path` (relative to the working directory), listing
    /// every problem found in any of its files.
    public static func load(
        path: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ConfigErrors) -> Configuration {
        let usable = try loadUsable(path: path, environment: environment, workingDirectory: workingDirectory)
        guard usable.problems.isEmpty else { throw ConfigErrors(usable.problems) }
        return usable.configuration
    }

    /// Loads what can be used of the configuration at `path`: the valid topic files, and the
    /// boilerplate and entities when their files are valid, with every problem found. Commands
    /// that only read the index use it so that one broken topic file does not stop them; only
    /// an unusable settings file is thrown, since it says where the index is.
    public static func loadUsable(
        path: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ConfigErrors) -> (configuration: Configuration, problems: [ConfigError]) {
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        let settings = try SettingsLoader(environment: environment, workingDirectory: workingDirectory).load(path: absolute)
        let topics = TopicLoader().loadEach(folder: settings.topics)
        var problems = topics.problems
        var boilerplate = BoilerplateRules.none
        do { boilerplate = try BoilerplateLoader().load(path: settings.boilerplate) } catch { problems += error.errors }
        var gazetteer = Gazetteer.empty
        do { gazetteer = try GazetteerLoader().load(folder: settings.entities) } catch { problems += error.errors }
        var model: TopicModel?
        if let path = settings.model, FileManager.default.fileExists(atPath: path) {
            do { model = try TopicModelFile.read(path: path) } catch { problems.append(error) }
        }
        var watchList = WatchList.empty
        do { watchList = try WatchListLoader().load(path: settings.watchList) } catch { problems.append(error) }
        var configuration = Configuration(
            path: absolute, settings: settings, topics: topics.topics, boilerplate: boilerplate, gazetteer: gazetteer,
            model: model)
        configuration.watchList = watchList
        return (configuration, problems)
    }

    /// Each topic's threshold, by id.
    public var thresholds: [String: Double] {
        Dictionary(topics.map { ($0.id, $0.threshold) }, uniquingKeysWith: { first, _ in first })
    }

    /// The settings file to read: `--config`, else `VEILLE_CONFIG`, else `Config/veille.yaml` when
    /// the working directory has one, else `/etc/veille/veille.yaml` when it exists. When none
    /// exists, the default, so that the message names the file a newcomer is expected to have.
    public static func path(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> String {
        if let chosen = option ?? environment["VEILLE_CONFIG"] { return chosen }
        if exists(defaultPath) { return defaultPath }
        return exists(installedPath) ? installedPath : defaultPath
    }
}
