import Foundation
import Testing
import VeilleCore

/// `veille watch` killed with SIGKILL at random moments while files arrive in bursts, and
/// restarted each time: in the end every file dropped is accounted for exactly once. Half the
/// runs also name a step at which the daemon kills itself (VEILLE_TEST_KILL_AT), so that the
/// narrow windows between a commit and a move are hit for certain, not only by luck.
@Suite(.serialized)
struct FaultInjectionTests {
    /// What the test dropped: each file's name and what must become of it.
    enum Expected: Equatable {
        /// Valid content, shared by every file of the same group: one is indexed, the others are duplicates.
        case content(group: Int)
        /// Refused with this reason code.
        case refused(code: String)
    }

    static let seed = UInt64(ProcessInfo.processInfo.environment["VEILLE_FAULT_SEED"] ?? "") ?? 20_261_123
    static let bursts = 12

    @Test(.timeLimit(.minutes(5)))
    func killedAtRandomMomentsTheDaemonLosesAndDuplicatesNothing() throws {
        var random = SplitMix64(seed: Self.seed)
        let veille = try VeilleProcess()
        var dropped: [String: Expected] = [:]
        var groups: [[UInt8]] = []
        var (runs, kills, stepKills) = (1, 0, 0)
        try veille.startWatching()
        for burst in 0..<Self.bursts {
            let size = Int.random(in: 18...32, using: &random)
            let killAt = Int.random(in: 0..<size, using: &random)
            for position in 0..<size {
                let (name, bytes, expected) = Self.nextFile(number: dropped.count, groups: &groups, using: &random)
                dropped[name] = expected
                if Bool.random(using: &random) {
                    try veille.drop(name, bytes)
                } else {
                    try Data(bytes).write(to: URL(fileURLWithPath: veille.inbox + "/" + name))
                }
                if position == killAt {
                    let atStep = try Self.killAndRestart(veille, after: .random(in: 0...250, using: &random), using: &random)
                    (runs, kills, stepKills) = (runs + 1, kills + 1, stepKills + (atStep ? 1 : 0))
                }
            }
            // A second kill after the burst: while it is taken, or while the daemon idles.
            let wait = Int.random(in: 0...(burst.isMultiple(of: 3) ? 1500 : 400), using: &random)
            let atStep = try Self.killAndRestart(veille, after: wait, using: &random)
            (runs, kills, stepKills) = (runs + 1, kills + 1, stepKills + (atStep ? 1 : 0))
        }
        // The last run is left alone to finish everything.
        stepKills += veille.isRunning ? 0 : 1
        veille.send(SIGKILL)
        (runs, kills) = (runs + 1, kills + 1)
        veille.environment["VEILLE_TEST_KILL_AT"] = nil
        try veille.startWatching()
        try veille.waitUntil("every file to be taken", timeout: 120) {
            veille.list("Inbox").isEmpty && veille.list("State/processing").filter { !$0.hasPrefix(".") }.isEmpty
        }
        #expect(veille.send(SIGTERM).status == 0)

        let check = try Self.account(for: dropped, in: veille)
        print(
            "fault injection: seed \(Self.seed), runs \(runs), kills \(kills) (\(stepKills) at a chosen step), files \(dropped.count) "
                + "(\(groups.count) distinct valid contents), indexed \(check.indexed), duplicates \(check.duplicates), "
                + "failed \(check.failed), lost \(check.lost.count), duplicated \(check.duplicated.count)")
        #expect(kills >= 20)
        #expect(check.lost.isEmpty, "lost: \(check.lost.sorted())")
        #expect(check.duplicated.isEmpty, "recorded or placed more than once: \(check.duplicated.sorted())")
        #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
    }

    /// 60 % new valid releases, 20 % exact copies of an earlier one, 20 % files Veille must refuse.
    static func nextFile(number: Int, groups: inout [[UInt8]], using random: inout SplitMix64)
        -> (String, [UInt8], Expected)
    {
        let roll = Int.random(in: 0..<10, using: &random)
        if roll < 2, let group = groups.indices.randomElement(using: &random) {
            return ("copy-\(number).txt", groups[group], .content(group: group))
        }
        if roll < 4 {
            let file = GeneratedRelease.invalid(number, using: &random)
            return (file.name, file.bytes, .refused(code: file.code))
        }
        let file = GeneratedRelease.valid(number, using: &random)
        groups.append(file.bytes)
        return (file.name, file.bytes, .content(group: groups.count - 1))
    }

    /// The steps between which the pipeline can be made to kill itself (FaultInjection.Step).
    static let steps = ["claimed", "release-committed", "duplicate-committed", "reason-written", "failure-committed"]

    /// Kills the daemon after a while, unless it already killed itself at its chosen step, and
    /// starts it again; every other run chooses a step to die at. True when it had died at its step.
    static func killAndRestart(_ veille: VeilleProcess, after milliseconds: Int, using random: inout SplitMix64) throws
        -> Bool
    {
        usleep(useconds_t(milliseconds * 1000))
        let diedAtStep = !veille.isRunning
        veille.send(SIGKILL)
        veille.environment["VEILLE_TEST_KILL_AT"] = Bool.random(using: &random) ? steps.randomElement(using: &random) : nil
        try veille.startWatching()
        return diedAtStep
    }

    struct Accounting {
        var indexed = 0
        var duplicates = 0
        var failed = 0
        var lost: Set<String> = []
        var duplicated: Set<String> = []
        var problems: [String] = []
    }

    /// Compares what was dropped with the index, the archive, failed/ and the digest.
    static func account(for dropped: [String: Expected], in veille: VeilleProcess) throws -> Accounting {
        var result = Accounting()
        let index = try ReleaseIndex(path: veille.state + "/index.sqlite", readOnly: true)
        if try index.integrityCheck() != ["ok"] { result.problems.append("integrity_check: \(try index.integrityCheck())") }
        let records = try index.intake(during: Date.distantPast..<Date.distantFuture)
        let rows = Dictionary(grouping: records, by: \.fileName)
        let archived = veille.files(under: "State/archive").map { ($0 as NSString).lastPathComponent }
        let failed = veille.list("State/failed").filter { !$0.hasSuffix(".reason.txt") && !$0.hasPrefix(".") }
        let placed = Dictionary(grouping: archived + failed, by: { $0 })
        for name in Set(dropped.keys).union(rows.keys).union(placed.keys) {
            let (recorded, found) = (rows[name]?.count ?? 0, placed[name]?.count ?? 0)
            if dropped[name] == nil { result.problems.append("\(name) was never dropped") }
            if recorded == 0 || found == 0 { result.lost.insert(name) }
            if recorded > 1 || found > 1 { result.duplicated.insert(name) }
        }
        var indexedPerGroup: [Int: Int] = [:]
        for (name, expected) in dropped {
            guard let record = rows[name]?.first else { continue }
            switch (expected, record.outcome) {
            case (.content(let group), .indexed):
                indexedPerGroup[group, default: 0] += 1
                result.indexed += 1
            case (.content, .duplicate): result.duplicates += 1
            case (.refused(let code), .failed):
                result.failed += 1
                let note = veille.contents("State/failed/\(name).reason.txt") ?? ""
                if !note.contains("Code: \(code)") { result.problems.append("\(name): reason note \(note.debugDescription)") }
            default: result.problems.append("\(name): expected \(expected), recorded \(record.outcome)")
            }
        }
        let groups = Set(dropped.values.compactMap { if case .content(let group) = $0 { group } else { nil } })
        for group in groups where indexedPerGroup[group] != 1 {
            result.problems.append("content group \(group) indexed \(indexedPerGroup[group] ?? 0) times")
        }
        if try index.count() != groups.count {
            result.problems.append("index holds \(try index.count()), expected \(groups.count)")
        }
        result.problems += try checkDigests(of: index, in: veille)
        return result
    }

    /// Each day's digest lists exactly the releases the index holds for that day.
    static func checkDigests(of index: ReleaseIndex, in veille: VeilleProcess) throws -> [String] {
        let zone = TimeZone(identifier: "Africa/Lome") ?? .gmt
        let all = try index.releases(receivedDuring: Date.distantPast..<Date.distantFuture)
        var problems: [String] = []
        for day in Set(all.map { Day(containing: $0.release.receivedAt, in: zone) }) {
            let expected = Set(try index.releases(receivedDuring: day.interval(in: zone)).map(\.id))
            guard let digest = veille.contents("State/digests/\(day).md") else {
                problems.append("no digest for \(day)")
                continue
            }
            let listed = DigestText(digest)
            if Set(listed.ids) != expected { problems.append("digest \(day) lists \(listed.ids.count), index \(expected.count)") }
            if listed.announced != expected.count { problems.append("digest \(day) announces \(listed.announced ?? -1)") }
        }
        return problems
    }
}

/// What a Markdown digest says: the releases it announces and the ids its sources list (once per
/// release, though a story is listed under each of its topics).
struct DigestText {
    var announced: Int?
    var ids: [Int64] = []

    init(_ markdown: String) {
        for line in markdown.split(separator: "\n") {
            if line.hasPrefix("**"), let end = line.dropFirst(2).firstIndex(of: " ") {
                announced = Int(line[line.index(line.startIndex, offsetBy: 2)..<end])
            }
            // Every release the digest lists links its reading copy, `reading/ID.html`.
            for part in line.components(separatedBy: "](reading/").dropFirst() {
                if let id = Int64(part.prefix { $0.isNumber }), !ids.contains(id) { ids.append(id) }
            }
        }
    }
}
