import Foundation
import Testing

@testable import VeilleCore

/// The inbox the daemon makes when it is missing: group-writable and setgid whatever the umask,
/// with the setgid bit coming from the parent where systemd forbids chmod to set it.
struct InboxFolderTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test func missingInboxIsMadeGroupWritableAndSetgid() throws {
        let folder = try TemporaryFolder()
        let inbox = folder.file("state/inbox")
        #expect(try FileSystem.createInbox(inbox))
        #expect(mode(inbox) == 0o2775)
        #expect(!FileSystem.inboxLacksGroupBits(inbox))
        #expect(try !FileSystem.createInbox(inbox), "an existing inbox is left alone")
    }

    @Test func inboxUnderASetgidStateFolderIsSetgid() throws {
        let folder = try TemporaryFolder()
        let state = folder.file("state")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        #expect(chmod(state, 0o2750) == 0)
        #expect(try FileSystem.createInbox(state + "/inbox"))
        #expect(mode(state + "/inbox") == 0o2775)
    }

    @Test func folderWithoutTheGroupBitsIsReported() throws {
        let folder = try TemporaryFolder()
        let inbox = folder.file("inbox")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        #expect(chmod(inbox, 0o750) == 0)
        #expect(FileSystem.inboxLacksGroupBits(inbox))
    }
}
