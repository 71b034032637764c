import Foundation
import Logging
import Testing

@testable import VeilleCore

/// Paths of the repository, found from this file so tests run from any directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let config = root + "/Config"
    static let fixtures = root + "/Tests/VeilleCoreTests/Fixtures"

    static func fixture(_ name: String) throws -> [UInt8] {
        let data = try #require(FileManager.default.contents(atPath: fixtures + "/" + name), "missing fixture \(name)")
        return Array(data)
    }
}

/// ../shared, the team's evaluation material, which a user's clone does not have.
enum SharedCorpus {
    static let root = URL(fileURLWithPath: Repository.root).deletingLastPathComponent().appendingPathComponent("shared").path
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root + "/corpus/seeds/labels.tsv") }
    static let skipMessage = "../shared/corpus is absent (it is not part of the repository); skipping the corpus check"
}

/// A folder of its own for one test, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("veille-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(folder))) ?? []).sorted()
    }
}

/// The repository's own configuration, with the inbox and state moved into a temporary folder.
enum TestConfiguration {
    /// The body that normalisation keeps of an HTML page given as text, with the repository's
    /// boilerplate rules.
    static func body(ofPage html: String) throws -> String {
        let normaliser = Normaliser(boilerplate: try boilerplate(), timeZone: .gmt)
        let file = InboxFile(
            name: "page.html", bytes: Array(html.utf8), contentHash: "h", receivedAt: Date(timeIntervalSince1970: 1_764_000_000))
        return try normaliser.normalise(file).body
    }

    static func repository(in folder: TemporaryFolder) throws -> Configuration {
        let environment = ["VEILLE_INBOX": folder.file("Inbox"), "VEILLE_STATE": folder.file("State")]
        return try Configuration.load(path: Repository.config + "/veille.yaml", environment: environment)
    }

    /// An ingestor on a fresh state folder and inbox inside `folder`, with the repository's configuration.
    /// `withModel: false` leaves the base topic model out, for tests of the rules and corrections alone.
    static func ingestor(
        in folder: TemporaryFolder, withModel: Bool = true, settings: (inout Settings) -> Void = { _ in }
    ) throws -> Ingestor {
        var configuration = try repository(in: folder)
        settings(&configuration.settings)
        if !withModel { configuration.model = nil }
        let index = try ReleaseIndex(path: configuration.settings.layout.index)
        let logger = Logger(label: "test")
        let ingestor = Ingestor(pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
        _ = try ingestor.prepare()
        try FileManager.default.createDirectory(atPath: folder.file("Inbox"), withIntermediateDirectories: true)
        return ingestor
    }

    /// The topics shipped in Config/topics.
    static func topics() throws -> [TopicDefinition] {
        try TopicLoader().load(folder: Repository.config + "/topics")
    }

    /// The countries and organisations shipped in Config/entities.
    static func gazetteer() throws -> Gazetteer {
        try GazetteerLoader().load(folder: Repository.config + "/entities")
    }

    static func boilerplate() throws -> BoilerplateRules {
        try BoilerplateLoader().load(path: Repository.config + "/boilerplate.yaml")
    }
}

extension Repository {
    static func fixtureText(_ path: String) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: path), "cannot read \(path)")
        return String(decoding: data, as: UTF8.self)
    }
}
