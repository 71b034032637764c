import Foundation

/// "reindexed 1200/5000" redrawn in place on stderr while a long command runs, and nothing at all
/// when stderr is not a terminal, so logs and pipes stay clean.
final class Progress {
    let label: String
    private let isShown = isatty(STDERR_FILENO) == 1
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(label: String) { self.label = label }

    func report(_ done: Int, _ total: Int) {
        guard isShown, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        drawn = true
        let counts = total > 0 ? "\(done)/\(total)" : "\(done)"
        FileHandle.standardError.write(Data("\r\(label) \(counts)\u{1B}[K".utf8))
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
