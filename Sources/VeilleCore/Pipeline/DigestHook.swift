import Foundation
import Logging

/// Runs the `digest_command` setting after a day's digest changes, with the HTML digest's path
/// as its argument: `/bin/sh -c 'COMMAND "$1"' veille PATH`, so the path needs no quoting.
struct DigestHook {
    let command: String
    let logger: Logger

    /// Waits for the command; a failure is logged, never thrown, since the digest itself is written.
    func run(with path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "veille", path]
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                logger.warning(
                    "digest command failed", metadata: ["command": "\(command)", "status": "\(process.terminationStatus)"])
            }
        } catch {
            logger.warning("digest command could not start", metadata: ["command": "\(command)", "detail": "\(error)"])
        }
    }
}
