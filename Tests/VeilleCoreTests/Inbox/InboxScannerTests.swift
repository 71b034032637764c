import Foundation
import Testing

@testable import VeilleCore

struct InboxScannerTests {
    let folder: TemporaryFolder
    var scanner: InboxScanner

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("Inbox"), withIntermediateDirectories: true)
        scanner = InboxScanner(inbox: folder.file("Inbox"))
    }

    /// Sets the file's modification time, to play out a writer on the scanner's clock.
    private func touch(_ relative: String, at date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let time = timespec(tv_sec: Int(seconds), tv_nsec: Int((date.timeIntervalSince1970 - seconds) * 1e9))
        var times = [time, time]
        _ = utimensat(AT_FDCWD, folder.file(relative), &times, 0)
    }

    @Test mutating func fileIsReadyOnceQuietForTheSettleTime() throws {
        try folder.write("Inbox/a.txt", "texte")
        let start = Date()
        #expect(try scanner.look(now: start).ready.isEmpty)
        #expect(try scanner.look(now: start.addingTimeInterval(0.2)).ready.isEmpty)
        #expect(try scanner.look(now: start.addingTimeInterval(InboxScanner.settleTime)).ready.map(\.name) == ["a.txt"])
    }

    @Test mutating func fileThatKeepsGrowingIsNotReady() throws {
        try folder.write("Inbox/a.txt", "début")
        let start = Date()
        _ = try scanner.look(now: start)
        try folder.write("Inbox/a.txt", "début et suite")
        touch("Inbox/a.txt", at: start.addingTimeInterval(1.5))
        #expect(try scanner.look(now: start.addingTimeInterval(2)).ready.isEmpty)
        #expect(try scanner.look(now: start.addingTimeInterval(4)).ready.map(\.name) == ["a.txt"])
    }

    @Test mutating func fileLastWrittenLongAgoIsReadyAtFirstSight() throws {
        try folder.write("Inbox/a.txt", "texte")
        let now = Date()
        touch("Inbox/a.txt", at: now.addingTimeInterval(-5))
        #expect(try scanner.look(now: now).ready.map(\.name) == ["a.txt"])
    }

    @Test mutating func waitingFileSaysWhenItWillBeReady() throws {
        try folder.write("Inbox/a.txt", "texte")
        let now = Date()
        touch("Inbox/a.txt", at: now)
        let look = try scanner.look(now: now)
        #expect(look.waiting == 1)
        let next = try #require(look.nextReady)
        #expect(next.timeIntervalSince(now) > 0.5 && next.timeIntervalSince(now) <= InboxScanner.settleTime + 0.01)
    }

    @Test mutating func fileClosedAfterWritingIsReadyAtOnce() throws {
        try folder.write("Inbox/a.txt", "texte")
        scanner.note(Array("a.txt".utf8), complete: true, at: Date())
        #expect(try scanner.look(now: Date()).ready.map(\.name) == ["a.txt"])
    }

    @Test mutating func fileStillOpenForWritingWaitsForItsClose() throws {
        try folder.write("Inbox/a.txt", "texte")
        let start = Date()
        scanner.note(Array("a.txt".utf8), complete: false, at: start)
        _ = try scanner.look(now: start)
        #expect(try scanner.look(now: start.addingTimeInterval(5)).ready.isEmpty)
        scanner.note(Array("a.txt".utf8), complete: true, at: start.addingTimeInterval(6))
        #expect(try scanner.look(now: start.addingTimeInterval(6)).ready.map(\.name) == ["a.txt"])
    }

    @Test(arguments: [".hidden.txt", "draft.txt~", "page.html.part", "x.tmp", "report.crdownload", ".a.txt.swp", "OUT.PART"])
    mutating func hiddenAndTemporaryNamesAreLeftAlone(name: String) throws {
        try folder.write("Inbox/\(name)", "texte")
        scanner.note(Array(name.utf8), complete: true, at: Date())
        let look = try scanner.look(now: Date())
        #expect(look.ready.isEmpty)
        #expect(look.waiting == 0)
    }

    @Test mutating func foldersAndFIFOsAreSkippedNotRead() throws {
        try FileManager.default.createDirectory(atPath: folder.file("Inbox/sub"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.file("Inbox/pipe"), 0o644) == 0)
        let look = try scanner.look(now: Date())
        #expect(look.ready.isEmpty)
        #expect(Set(look.skipped.map(\.name)) == ["sub", "pipe"])
    }

    @Test mutating func afterAnOverflowAFileHeardBeingWrittenIsJudgedByTwoLooks() throws {
        // Its close event was lost with the overflow: waiting for it would take 30 s.
        try folder.write("Inbox/a.txt", "texte")
        let start = Date()
        scanner.note(Array("a.txt".utf8), complete: false, at: start)
        _ = try scanner.look(now: start)
        scanner.forgetEvents()
        #expect(try scanner.look(now: start.addingTimeInterval(InboxScanner.settleTime)).ready.map(\.name) == ["a.txt"])
    }

    @Test mutating func socketIsSkippedNotRead() throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in folder.file("Inbox/s").utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        let look = try scanner.look(now: Date())
        #expect(look.skipped.map(\.name) == ["s"])
        #expect(look.ready.isEmpty)
    }

    @Test mutating func symbolicLinkIsReadySoThatIntakeCanQuarantineIt() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.file("Inbox/link.txt"), withDestinationPath: "/etc/hostname")
        #expect(try scanner.look(now: Date()).ready.map(\.status.kind) == [.symlink])
    }

    @Test mutating func nameThatIsNotUTF8IsStillListedAndMovable() throws {
        let raw: [UInt8] = Array("r".utf8) + [0xE9] + Array("sum.txt".utf8)  // "résumé" in Latin-1
        let path = RawPath(folder: folder.file("Inbox"), name: raw)
        let created = path.withCString { creat($0, 0o644) }
        #expect(created >= 0)
        close(created)
        scanner.note(raw, complete: true, at: Date())
        let entry = try #require(try scanner.look(now: Date()).ready.first)
        #expect(entry.rawName == raw)
        #expect(entry.name == "r\u{FFFD}sum.txt")
        try FileSystem.move(RawPath(folder: folder.file("Inbox"), name: entry.rawName), to: folder.file("moved.txt"))
        #expect(folder.exists("moved.txt"))
    }
}
