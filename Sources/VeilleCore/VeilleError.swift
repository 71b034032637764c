/// Why a file or an operation failed, in words fit for a quarantine note and a log line.
///
/// `reason` is one plain sentence a person can act on. `path` names the file concerned, so that
/// every message says which file it is about.
public struct VeilleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is: the log's `reason` key, and what tests check.
    public enum Code: String, Sendable {
        // The release itself is unusable: it goes to failed/.
        case empty
        case binary
        case tooLarge = "too-large"
        case undecodable
        case noText = "no-text"
        case notRegularFile = "not-regular-file"
        case unreadable
        // The machine is at fault: the file is kept and tried again.
        case io
        case index
        case config
        // The person asked for something that cannot be done: nothing to retry.
        case query
        case notFound = "not-found"
    }

    public var code: Code
    public var path: String?
    public var reason: String

    public init(_ code: Code, path: String? = nil, _ reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// True when the file is at fault, so that trying again cannot help and it is quarantined.
    public var rejectsFile: Bool {
        switch code {
        case .empty, .binary, .tooLarge, .undecodable, .noText, .notRegularFile, .unreadable: true
        case .io, .index, .config, .query, .notFound: false
        }
    }

    public var description: String {
        guard let path else { return reason }
        return "\(path): \(reason)"
    }
}
