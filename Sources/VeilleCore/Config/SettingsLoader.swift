import Foundation
import Yams

/// Reads `veille.yaml`, checks every value, and applies `VEILLE_*` environment overrides.
struct SettingsLoader {
    /// The keys `veille.yaml` accepts, each with the environment variable that overrides it.
    static let keys: [(key: String, variable: String)] = [
        ("inbox", "VEILLE_INBOX"), ("state", "VEILLE_STATE"), ("poll_interval_seconds", "VEILLE_POLL_INTERVAL"),
        ("timezone", "VEILLE_TIMEZONE"), ("max_file_size", "VEILLE_MAX_FILE_SIZE"),
        ("digest_language", "VEILLE_DIGEST_LANGUAGE"), ("topics", "VEILLE_TOPICS"),
        ("boilerplate", "VEILLE_BOILERPLATE"), ("inotify", "VEILLE_INOTIFY"), ("entities", "VEILLE_ENTITIES"),
        ("digest_command", "VEILLE_DIGEST_COMMAND"), ("learned_weight", "VEILLE_LEARNED_WEIGHT"),
        ("model", "VEILLE_MODEL"), ("watchlist", "VEILLE_WATCHLIST"), ("digest_other", "VEILLE_DIGEST_OTHER"),
        ("pdf_max_pages", "VEILLE_PDF_MAX_PAGES"), ("pdf_time_limit_seconds", "VEILLE_PDF_TIME_LIMIT_SECONDS"),
    ]

    var environment: [String: String]
    /// Where relative paths given in the environment are taken from.
    var workingDirectory: String

    func load(path: String) throws(ConfigErrors) -> Settings {
        let file: YAMLFile
        do { file = try YAMLFile(path: path) } catch { throw ConfigErrors([error]) }
        let entries: [(key: String, keyNode: Node, value: Node)]
        do { entries = try file.rootMapping(known: Self.keys.map(\.key)) } catch { throw ConfigErrors([error]) }

        let folder = (path as NSString).deletingLastPathComponent
        // Each setting as the file writes it, then as the environment overrides it: both are checked,
        // so a mistake in the file is reported even while a variable hides it.
        var values: [String: [SettingValue]] = [:]
        for entry in entries {
            values[entry.key, default: []].append(
                SettingValue(text: entry.value.scalar?.string, node: entry.value, origin: .file(folder)))
        }
        for (key, variable) in Self.keys {
            if let text = environment[variable] {
                values[key, default: []].append(
                    SettingValue(text: text, node: nil, origin: .environment(variable, workingDirectory)))
            }
        }
        var problems: [ConfigError] = []
        func parse<T>(_ key: String, default fallback: T, _ convert: (String, SettingValue) -> T?, expected: String) -> T {
            var result = fallback
            for value in values[key] ?? [] {
                if let text = value.text, let converted = convert(text, value) {
                    result = converted
                    continue
                }
                let written = value.text.map { "\"\($0)\"" } ?? "a list or mapping"
                let problem = "\(key) must be \(expected), not \(written)"
                switch value.origin {
                case .file: problems.append(file.error(value.node, problem))
                case .environment(let variable, _):
                    problems.append(ConfigError(file: "environment variable \(variable)", line: nil, problem))
                }
            }
            return result
        }
        let path = { (text: String, value: SettingValue) -> String? in text.isEmpty ? nil : value.resolve(text) }
        var settings = Settings(
            inbox: parse(
                "inbox", default: (folder as NSString).appendingPathComponent("../Inbox"), path, expected: "a folder path"),
            state: parse(
                "state", default: (folder as NSString).appendingPathComponent("../State"), path, expected: "a folder path"),
            pollInterval: parse(
                "poll_interval_seconds", default: 2, { text, _ in Double(text).flatMap { (0.1...3600).contains($0) ? $0 : nil } },
                expected: "a number of seconds from 0.1 to 3600"),
            timeZone: parse(
                "timezone", default: TimeZone(identifier: "Africa/Lome") ?? .gmt, { text, _ in TimeZone(identifier: text) },
                expected: "a time zone name such as Africa/Lome or Europe/Paris"),
            maxFileSize: parse(
                "max_file_size", default: 10 << 20, { text, _ in ByteSize.parse(text) },
                expected: "a size such as 10 MB, 512 KB or a number of bytes, from 1 KB to 1 GB"),
            digestLanguage: parse(
                "digest_language", default: .en, { text, _ in DigestLanguage(rawValue: text) },
                expected: "en or fr"),
            topics: parse(
                "topics", default: (folder as NSString).appendingPathComponent("topics"), path, expected: "a folder path"),
            boilerplate: parse(
                "boilerplate", default: (folder as NSString).appendingPathComponent("boilerplate.yaml"), path,
                expected: "a file path"),
            entities: parse(
                "entities", default: (folder as NSString).appendingPathComponent("entities"), path, expected: "a folder path"),
            digestCommand: parse(
                "digest_command", default: String?.none, { text, _ in String??.some(text.isEmpty ? nil : text) },
                expected: "a command")
        )
        settings.inotify = parse("inotify", default: true, { text, _ in Self.onOff(text) }, expected: "on or off")
        settings.learnedWeight = parse(
            "learned_weight", default: 0.5, { text, _ in Double(text).flatMap { (0...1).contains($0) ? $0 : nil } },
            expected: "a number from 0 (rules alone) to 1")
        settings.model = parse(
            "model", default: (folder as NSString).appendingPathComponent("model/topics.tsv"),
            { text, value in String??.some(text.isEmpty ? nil : value.resolve(text)) }, expected: "a file path, or nothing")
        settings.watchList = parse(
            "watchlist", default: (folder as NSString).appendingPathComponent("watchlist.yaml"), path, expected: "a file path")
        settings.digestOther = parse("digest_other", default: true, { text, _ in Self.onOff(text) }, expected: "on or off")
        settings.pdfLimits.maximumPages = parse(
            "pdf_max_pages", default: 200, { text, _ in Int(text).flatMap { (1...100_000).contains($0) ? $0 : nil } },
            expected: "a number of pages from 1 to 100000")
        settings.pdfLimits.seconds = parse(
            "pdf_time_limit_seconds", default: 10, { text, _ in Double(text).flatMap { (0.1...3600).contains($0) ? $0 : nil } },
            expected: "a number of seconds from 0.1 to 3600")
        guard problems.isEmpty else { throw ConfigErrors(problems) }
        return settings.standardised()
    }

    /// "on", "yes", "true" or "off", "no", "false", in any case.
    static func onOff(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "on", "yes", "true": true
        case "off", "no", "false": false
        default: nil
        }
    }
}

/// A setting as written, with where it was written, which decides what a relative path means.
private struct SettingValue {
    enum Origin {
        case file(String)
        case environment(String, String)
    }

    var text: String?
    var node: Node?
    var origin: Origin

    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        switch origin {
        case .file(let folder), .environment(_, let folder): return (folder as NSString).appendingPathComponent(path)
        }
    }
}

extension Settings {
    /// The same settings with `..` and `.` removed from every path, so that logs show clean paths.
    func standardised() -> Settings {
        var copy = self
        copy.inbox = Self.clean(inbox)
        copy.state = Self.clean(state)
        copy.topics = Self.clean(topics)
        copy.boilerplate = Self.clean(boilerplate)
        copy.entities = Self.clean(entities)
        copy.model = model.map(Self.clean)
        copy.watchList = Self.clean(watchList)
        return copy
    }

    private static func clean(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardized.path
    }
}

/// Sizes as people write them: "10 MB", "512KB", "1 GB" or a plain number of bytes.
public enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(suffix: String, factor: Double)] = [
            ("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1024), ("B", 1), ("", 1),
        ]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number) else { continue }
            let bytes = Int(value * factor)
            return (1024...(1 << 30)).contains(bytes) ? bytes : nil
        }
        return nil
    }

    /// "10 MB", "1.5 KB", "812 bytes": for messages.
    public static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return Self.trim(Double(bytes) / Double(1 << 20)) + " MB" }
        if bytes >= 1 << 10 { return Self.trim(Double(bytes) / Double(1 << 10)) + " KB" }
        return "\(bytes) bytes"
    }

    private static func trim(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
