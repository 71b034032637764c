import Foundation
import Glibc

/// Test-only: makes the state folder behave as if its disk were full or mounted read-only, which
/// tests cannot arrange without mount privileges.
///
/// Set `VEILLE_TEST_FAULT` to a file path. While a file exists there, every write Veille makes
/// inside the folder that holds it fails with the error the file names: `ENOSPC` (the default,
/// a full disk: files, folders and index commits fail, renames still work) or `EROFS` (a
/// read-only folder: renames into or out of it fail too). Without the variable, nothing changes.
enum FaultInjection {
    private static let flag = ProcessInfo.processInfo.environment["VEILLE_TEST_FAULT"].flatMap { $0.isEmpty ? nil : $0 }
    private static let folder = flag.map { ($0 as NSString).deletingLastPathComponent + "/" }

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
