import Foundation
import Testing

/// The real `veille` binary, run as a user would run it, with its own inbox and state folder.
final class VeilleProcess {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The binary SwiftPM built beside the test bundle.
    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veille")
            .path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repository + "/.build/debug/veille"
    }

    let folder: String
    var environment: [String: String]
    /// Run `veille` through this program and these arguments first (`setpriv …`), when set.
    var launcher: [String] = []
    private var process: Process?
    /// The daemon's stderr goes to a file, so that a chatty run never blocks on a full pipe.
    private var logStart: UInt64 = 0

    /// A temporary inbox and state folder, with the repository's configuration.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("veille-it-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/Inbox", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/watch.log", contents: nil)
        environment = ProcessInfo.processInfo.environment
        environment["VEILLE_CONFIG"] = Self.repository + "/Config/veille.yaml"
        environment["VEILLE_INBOX"] = folder + "/Inbox"
        environment["VEILLE_STATE"] = folder + "/State"
        environment["VEILLE_POLL_INTERVAL"] = "0.5"
        environment["JOURNAL_STREAM"] = nil
        environment["NOTIFY_SOCKET"] = nil
    }

    deinit {
        if let process, process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    var inbox: String { folder + "/Inbox" }
    var state: String { folder + "/State" }

    private func makeProcess(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? Self.binary)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [Self.binary] + arguments
        process.environment = environment
        return process
    }

    /// Runs `veille ARGUMENTS` to completion: its exit status, stdout and stderr.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = makeProcess(arguments)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Starts `veille watch` and waits until it watches the inbox (it has finished what a previous
    /// run left) and a first digest exists.
    /// Starts `veille watch` and waits until it watches and has written its first digest, or, with
    /// `untilDigest: false`, only until it watches or dies.
    func startWatching(untilDigest: Bool = true) throws {
        let process = makeProcess(["watch"])
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/watch.log"))
        logStart = try log.seekToEnd()
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try log.close()
        self.process = process
        try waitUntil("the daemon to start watching") {
            self.log.contains("info watching the inbox") || !process.isRunning
        }
        guard untilDigest else { return }
        try waitUntil("the daemon's first digest") { FileManager.default.fileExists(atPath: self.state + "/digests/latest.md") }
    }

    /// Sends `signal` and, unless it is SIGHUP, waits for the daemon to exit: its status and its log.
    @discardableResult
    func send(_ signal: Int32) -> (status: Int32?, log: String) {
        guard let process else { return (nil, "") }
        kill(process.processIdentifier, signal)
        if signal == SIGHUP { return (nil, "") }
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        guard !process.isRunning else { return (nil, "") }
        return (process.terminationStatus, log)
    }

    /// What the daemon started last has logged so far.
    var log: String {
        let all = FileManager.default.contents(atPath: folder + "/watch.log") ?? Data()
        return String(decoding: all.dropFirst(Int(logStart)), as: UTF8.self)
    }

    var isRunning: Bool { process?.isRunning ?? false }
    var pid: Int32? { process?.processIdentifier }

    /// Drops a file as a careful tool does: written under a hidden name, then renamed into the inbox.
    func drop(_ name: String, _ bytes: [UInt8]) throws {
        let hidden = inbox + "/.\(name).part"
        try Data(bytes).write(to: URL(fileURLWithPath: hidden))
        try FileManager.default.moveItem(atPath: hidden, toPath: inbox + "/" + name)
    }

    func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { throw TimedOut(what: what) }
            usleep(50_000)
        }
    }

    func contents(_ relative: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + relative)) ?? []).sorted()
    }

    /// Every file under `relative`, as paths relative to it.
    func files(under relative: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder + "/" + relative)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + relative + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    static var fixturesFolder: String { repository + "/Tests/VeilleCoreTests/Fixtures" }

    static func fixture(_ name: String) throws -> [UInt8] {
        let path = fixturesFolder + "/" + name
        return Array(try #require(FileManager.default.contents(atPath: path), "missing fixture \(name)"))
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}
