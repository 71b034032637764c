import Foundation

/// Counts the times Veille began reading a file in processing/ and never finished: a parser that
/// crashes on a file kills the daemon, systemd restarts it, and the file, still in processing/,
/// would crash it again, for ever. So before a file is normalised a marker `.NAME.reading` beside it
/// records one more attempt, and it is removed once normalising ends, however it ends. A file
/// whose marker already counts `limit` attempts is refused with its own reason and goes to failed/:
/// the daemon carries on.
///
/// The marker is written without a sync: it only has to outlive the process, not the machine. A
/// kill -9 that lands twice while the same file is being read would also set it aside; its reason
/// says what happened.
struct ReadingAttempts: Sendable {
    let folder: String

    /// Two unfinished readings set a file aside.
    static let limit = 2

    /// Records one more attempt at reading `file`, or refuses it when it already had `limit`.
    func begin(_ file: ClaimedFile) throws(VeilleError) {
        let marker = path(for: file)
        let previous = FileManager.default.contents(atPath: marker).flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
        guard previous < Self.limit else {
            unlink(marker)
            throw VeilleError(
                .unreadable, path: file.name,
                "Veille stopped \(previous) times while reading this file (\(Self.suspect(file)) crashed on it); it is set aside so that the daemon goes on."
            )
        }
        _ = FileManager.default.createFile(atPath: marker, contents: Data("\(previous + 1)".utf8))
        FaultInjection.reached(.reading)
    }

    /// Reading `file` ended, with a release or with a reason.
    func end(_ file: ClaimedFile) {
        unlink(path(for: file))
    }

    /// Runs `read` between `begin` and `end`.
    func reading<T>(_ file: ClaimedFile, _ read: () throws(VeilleError) -> T) throws(VeilleError) -> T {
        try begin(file)
        defer { end(file) }
        return try read()
    }

    /// The parser that crashed, as far as the file's first bytes tell.
    private static func suspect(_ file: ClaimedFile) -> String {
        let handle = FileHandle(forReadingAtPath: file.path)
        defer { try? handle?.close() }
        let head = Array((try? handle?.read(upToCount: 1024)) ?? Data())
        return ContentSniffer.looksLikePDF(head) ? "the PDF parser, poppler," : "a parser"
    }

    private func path(for file: ClaimedFile) -> String {
        (folder as NSString).appendingPathComponent("." + (file.path as NSString).lastPathComponent + ".reading")
    }
}
