import Foundation

/// Everything Veille reads from `Config/`: settings, topics, boilerplate rules and the entity
/// gazetteer, checked together.
public struct Configuration: Sendable, Equatable {
    /// Where the settings file is when neither `--config` nor `VEILLE_CONFIG` says otherwise.
    public static let defaultPath = "Config/veille.yaml"

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
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        let settings = try SettingsLoader(environment: environment, workingDirectory: workingDirectory).load(path: absolute)
        var problems: [ConfigError] = []
        var topics: [TopicDefinition] = []
        var boilerplate = BoilerplateRules.none
        do { topics = try TopicLoader().load(folder: settings.topics) } catch { problems += error.errors }
        do { boilerplate = try BoilerplateLoader().load(path: settings.boilerplate) } catch { problems.append(error) }
        var gazetteer = Gazetteer.empty
        do { gazetteer = try GazetteerLoader().load(folder: settings.entities) } catch { problems += error.errors }
        var model: TopicModel?
        if let path = settings.model, FileManager.default.fileExists(atPath: path) {
            do { model = try TopicModelFile.read(path: path) } catch { problems.append(error) }
        }
        var watchList = WatchList.empty
        do { watchList = try WatchListLoader().load(path: settings.watchList) } catch { problems.append(error) }
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        var configuration = Configuration(
            path: absolute, settings: settings, topics: topics, boilerplate: boilerplate, gazetteer: gazetteer, model: model)
        configuration.watchList = watchList
        return configuration
    }

    /// Each topic's threshold, by id.
    public var thresholds: [String: Double] {
        Dictionary(topics.map { ($0.id, $0.threshold) }, uniquingKeysWith: { first, _ in first })
    }

    /// The path `--config` or `VEILLE_CONFIG` names, else the default.
    public static func path(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        option ?? environment["VEILLE_CONFIG"] ?? defaultPath
    }
}
