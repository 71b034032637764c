import Foundation
import Testing

/// Files written slowly, renamed in, gone, unreadable, oddly named, or not files at all; an inbox
/// deleted under the daemon; inotify turned off.
@Suite(.serialized)
struct OddFileTests {
    static func release(_ number: Int) -> [UInt8] {
        var random = SplitMix64(seed: UInt64(number))
        return GeneratedRelease.valid(number, using: &random).bytes
    }

    /// Writes `bytes` into the inbox in `chunks`, pausing `gap` seconds between them, and checks
    /// after each pause that the daemon has not taken the file yet.
    static func writeSlowly(_ veille: VeilleProcess, _ name: String, _ bytes: [UInt8], chunks: Int, gap: Double) throws {
        let handle = FileHandle.creating(veille.inbox + "/" + name)
        let size = (bytes.count + chunks - 1) / chunks
        for start in stride(from: 0, to: bytes.count, by: size) {
            try handle.write(contentsOf: Data(bytes[start..<min(bytes.count, start + size)]))
            usleep(useconds_t(gap * 1_000_000))
            #expect(veille.list("Inbox") == [name], "taken before it was complete")
            #expect(veille.files(under: "State/archive").isEmpty)
        }
        try handle.close()
    }

    @Test(arguments: [true, false])
    func slowWriterIsTakenOnlyWhenCompleteWithOrWithoutInotify(inotify: Bool) throws {
        let veille = try VeilleProcess()
        veille.environment["VEILLE_INOTIFY"] = inotify ? "on" : "off"
        try veille.startWatching()
        #expect(veille.log.contains(inotify ? "mode=inotify+polling" : "mode=polling"))
        // Without inotify only a quiet second tells a file is complete, so that writer must not pause longer.
        let bytes = Self.release(1)
        try Self.writeSlowly(veille, "lent.txt", bytes, chunks: inotify ? 4 : 8, gap: inotify ? 1.3 : 0.4)
        try veille.waitUntil("the complete file to be archived") { veille.files(under: "State/archive").count == 1 }
        let archived = try #require(veille.files(under: "State/archive").first)
        #expect(FileManager.default.contents(atPath: veille.state + "/archive/" + archived) == Data(bytes))

        // A file written elsewhere and renamed in is taken too.
        try Data(Self.release(2)).write(to: URL(fileURLWithPath: veille.folder + "/ailleurs.txt"))
        try FileManager.default.moveItem(atPath: veille.folder + "/ailleurs.txt", toPath: veille.inbox + "/ailleurs.txt")
        try veille.waitUntil("the renamed file to be archived") { veille.files(under: "State/archive").count == 2 }
        #expect(veille.send(SIGTERM).status == 0)
    }

    @Test func inboxDeletedWhileRunningIsCreatedAgainAndWatched() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        try FileManager.default.removeItem(atPath: veille.inbox)
        try veille.waitUntil("the daemon to create the inbox again") { veille.log.contains("the inbox was missing") }
        try veille.drop("un.txt", Self.release(1))
        try veille.waitUntil("a file dropped in the new inbox to be taken") { veille.files(under: "State/archive").count == 1 }

        // Deleted and made again by someone else at once (unless the daemon was quicker): the
        // daemon watches the new folder.
        try FileManager.default.removeItem(atPath: veille.inbox)
        try FileManager.default.createDirectory(atPath: veille.inbox, withIntermediateDirectories: true)
        try veille.drop("deux.txt", Self.release(2))
        try veille.waitUntil("a file dropped in the recreated inbox to be taken") {
            veille.files(under: "State/archive").count == 2
        }
        #expect(veille.send(SIGTERM).status == 0)
    }

    @Test func linksAreQuarantinedAndSpecialFilesSkippedWithoutBlocking() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        try FileManager.default.createSymbolicLink(atPath: veille.inbox + "/shadow.txt", withDestinationPath: "/etc/shadow")
        #expect(mkfifo(veille.inbox + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: veille.inbox + "/dossier", withIntermediateDirectories: false)
        let socket = try NotifySocket(path: veille.inbox + "/socket.txt")
        // A device needs CAP_MKNOD, which a container may lack; it is checked when it can be made.
        let device = mknod(veille.inbox + "/null.txt", S_IFCHR | 0o644, dev_t(1 << 8 | 3)) == 0  // makedev(1, 3): /dev/null
        try veille.drop("apres.txt", Self.release(1))
        try veille.waitUntil("the file dropped after them to be taken") { veille.files(under: "State/archive").count == 1 }
        try veille.waitUntil("the link to be quarantined") { veille.list("State/failed").count == 2 }

        #expect(veille.list("State/failed") == ["shadow.txt", "shadow.txt.reason.txt"])
        #expect(veille.contents("State/failed/shadow.txt.reason.txt")?.hasPrefix("The file is a symbolic link") == true)
        let left = ["dossier", "pipe.txt", "socket.txt"] + (device ? ["null.txt"] : [])
        #expect(veille.list("Inbox") == left.sorted())
        let stop = veille.send(SIGTERM)
        #expect(stop.status == 0)
        #expect(stop.log.contains("left in the inbox: not a regular file (FIFO, socket or device) file=pipe.txt"))
        #expect(stop.log.contains("left in the inbox: a folder file=dossier"))
        withExtendedLifetime(socket) {}
    }

    @Test func unreadableFileIsQuarantinedWithAClearReason() throws {
        let veille = try VeilleProcess()
        if getuid() == 0 {
            // Root reads any file: drop the two capabilities that let it, as the service user lacks them.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                Issue.record("running as root without setpriv: cannot make a file unreadable to the daemon")
                return
            }
            veille.launcher = ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        }
        try veille.startWatching()
        try Data(Self.release(1)).write(to: URL(fileURLWithPath: veille.folder + "/secret.txt"))
        #expect(chmod(veille.folder + "/secret.txt", 0) == 0)
        try FileManager.default.moveItem(atPath: veille.folder + "/secret.txt", toPath: veille.inbox + "/secret.txt")
        try veille.waitUntil("the unreadable file to be quarantined") { veille.list("State/failed").count == 2 }
        let reason = veille.contents("State/failed/secret.txt.reason.txt") ?? ""
        #expect(reason.hasPrefix("Veille may not read the file (permission denied); give the veille group read access."))
        #expect(reason.contains("Code: unreadable"))
        #expect(veille.send(SIGTERM).status == 0)
    }

    @Test func oddNamesAreTakenAndArchivedUnderSafeNames() throws {
        let veille = try VeilleProcess()
        try veille.startWatching()
        let long = String(repeating: "x", count: 251) + ".txt"
        for (number, name) in ["avec espace.txt", "saut\nde ligne.txt", "-tiret.txt", "--help"].enumerated() {
            try veille.drop(name, Self.release(number))
        }
        // 255 bytes, the most a name can have: written in place, as no longer temporary name exists.
        try Data(Self.release(8)).write(to: URL(fileURLWithPath: veille.inbox + "/" + long))
        // A name that is not UTF-8: "résumé" in Latin-1.
        let raw: [UInt8] = Array((veille.inbox + "/r").utf8) + [0xE9] + Array("sum".utf8) + [0xE9] + Array(".txt".utf8)
        let descriptor = open(raw.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        _ = Self.release(9).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try veille.waitUntil("every oddly named file to be archived") { veille.files(under: "State/archive").count == 6 }

        let names = Set(veille.files(under: "State/archive").map { ($0 as NSString).lastPathComponent })
        #expect(
            names.isSuperset(of: ["avec espace.txt", "saut de ligne.txt", "-tiret.txt", "--help", "r\u{FFFD}sum\u{FFFD}.txt"]))
        #expect(names.contains { $0.hasSuffix("xxx.txt") && $0.utf8.count == 200 })
        #expect(veille.list("Inbox").isEmpty)
        #expect(veille.send(SIGTERM).status == 0)
    }

    /// With the daemon stopped (SIGSTOP), a burst larger than the kernel's inotify queue makes it
    /// overflow; once resumed, the daemon says so and takes every file from a full look.
    @Test(.timeLimit(.minutes(4)))
    func burstThatOverflowsInotifyIsTakenWhole() throws {
        let limit =
            Int(
                (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16_384
        // Each drop is four events (create, modify and close of the hidden name, then the rename).
        let count = limit / 4 + 300
        try #require(count <= 12_000, "max_queued_events is \(limit): a burst to overflow it would take too long")
        let veille = try VeilleProcess()
        try veille.startWatching()
        let pid = try #require(veille.pid)
        kill(pid, SIGSTOP)
        let bytes = Self.release(1)
        for number in 0..<count { try veille.drop(String(format: "rafale-%05d.txt", number), bytes) }
        kill(pid, SIGCONT)
        try veille.waitUntil("the overflow to be noticed") { veille.log.contains("inotify lost events (queue overflow)") }
        // Files are claimed a batch at a time: the inbox empties before the last batch is archived.
        try veille.waitUntil("the whole burst to be taken", timeout: 200) {
            veille.list("Inbox").isEmpty && veille.list("State/processing").isEmpty
        }
        #expect(veille.files(under: "State/archive").count == count)
        print("inotify overflow: \(count) files dropped (max_queued_events \(limit)), all taken")
        #expect(veille.send(SIGTERM).status == 0)
    }
}
