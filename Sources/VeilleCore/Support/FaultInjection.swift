import Foundation
import Glibc

/// Test-only: makes the state folder behave as if its disk were full or mounted read-only, which
/// tests cannot arrange without mount privileges.
///
/// Set `VEILLE_TEST_FAULT` to a file path. While a file exists there, every write Veille makes
/// inside the folder that holds it fails with the error the file names: `ENOSPC` (the default,
/// a full disk: files, folders and index commits fail, renames still work) or `EROFS` (a
/// read-only folder: renames into or out of it fail too). Without the variable, nothing changes.
///
/// Between the steps whose order matters for crash safety, `VEILLE_TEST_STEP_PAUSE_MS` makes the
/// pipeline pause that long, and `VEILLE_TEST_KILL_AT=STEP` makes the process kill itself with
/// SIGKILL the first time it reaches that step, so that a test lands a kill in each window for
/// certain rather than by luck.
enum FaultInjection {
    /// The points between two steps where a kill must lose and duplicate nothing.
    enum Step: String, CaseIterable, Sendable {
        /// The file is in processing/, nothing recorded.
        case claimed
        /// The file is about to be normalised; a kill here stands for a parser that crashes.
        case reading
        /// A release is committed; its file is not yet archived.
        case releaseCommitted = "release-committed"
        /// A duplicate's record is committed; its file is not yet archived.
        case duplicateCommitted = "duplicate-committed"
        /// A refused file's reason is written; nothing recorded yet.
        case reasonWritten = "reason-written"
        /// A refused file's record is committed; the file is not yet in failed/.
        case failureCommitted = "failure-committed"
    }

    private static let environment = ProcessInfo.processInfo.environment
    private static let stepPause = environment["VEILLE_TEST_STEP_PAUSE_MS"].flatMap(UInt32.init)
    private static let killStep = environment["VEILLE_TEST_KILL_AT"].flatMap(Step.init(rawValue:))
    private static let flag = environment["VEILLE_TEST_FAULT"].flatMap { $0.isEmpty ? nil : $0 }
    private static let folder = flag.map { ($0 as NSString).deletingLastPathComponent + "/" }

    /// Marks that the pipeline is between two crash-sensitive steps: pauses, or dies, if a test asks.
    static func reached(_ step: Step) {
        if step == killStep { kill(getpid(), SIGKILL) }
        if let stepPause, stepPause > 0 { usleep(stepPause * 1000) }
    }

    /// The error a write to `path` must fail with now, or nil when it may go ahead.
    static func fault(writingTo path: String) -> Int32? {
        guard let flag, let folder, path.hasPrefix(folder) || path + "/" == folder else { return nil }
        guard let contents = FileManager.default.contents(atPath: flag) else { return nil }
        return String(decoding: contents, as: UTF8.self).contains("EROFS") ? EROFS : ENOSPC
    }

    /// The error a rename from `source` to `destination` must fail with now, or nil.
    static func fault(moving source: String, to destination: String) -> Int32? {
        let fault = fault(writingTo: destination) ?? fault(writingTo: source)
        return fault == EROFS ? fault : nil
    }

    /// True, with `errno` set, when a write to `path` must fail now.
    static func refuses(writingTo path: String) -> Bool {
        guard let fault = fault(writingTo: path) else { return false }
        errno = fault
        return true
    }
}
