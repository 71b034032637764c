/// A problem in a configuration file, located so that a person can go and fix it:
/// "Config/veille.yaml:4: poll_interval_seconds must be a number of seconds, not "fast"".
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem is with the file as a whole (missing, unreadable).
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int?, _ problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        guard let line else { return "\(file): \(problem)" }
        return "\(file):\(line): \(problem)"
    }
}

/// Every problem found in a configuration, so that one run of `check-config` lists them all.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigError]

    public init(_ errors: [ConfigError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
