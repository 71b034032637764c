import Foundation
import Glibc

/// Writes digests into `digests/` atomically: `YYYY-MM-DD.md`, `.html` and `.json` (its summary)
/// per day, the releases' reading copies in `reading/`, `latest.md` pointing at the newest day,
/// `index.html` listing every day, and the Atom feed `feed.xml`.
public struct DigestWriter: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// `digests/2026-11-23.md`.
    public func path(for day: Day) -> String { (folder as NSString).appendingPathComponent("\(day).md") }

    /// `digests/2026-11-23.html`.
    public func htmlPath(for day: Day) -> String { (folder as NSString).appendingPathComponent("\(day).html") }

    public var latestPath: String { (folder as NSString).appendingPathComponent("latest.md") }
    public var indexPath: String { (folder as NSString).appendingPathComponent("index.html") }
    public var feedPath: String { (folder as NSString).appendingPathComponent("feed.xml") }

    /// Replaces the day's files whole (a reader sees the old digest or the new one, never a part),
    /// refreshes the index page and the feed, and, when `isLatest`, points `latest.md` at the day.
    /// `texts` gives the releases of `readingCopies` with their texts, when they come without
    /// (`ReleaseIndex.withTexts`): only those whose copy is not written yet are asked for.
    /// Returns true when the day's digest changed.
    @discardableResult
    public func write(
        _ markdown: String, html: String, for day: Day, isLatest: Bool, language: DigestLanguage, timeZone: TimeZone,
        readingCopies: [IndexedRelease] = [],
        texts: ([IndexedRelease]) throws(VeilleError) -> [IndexedRelease] = { $0 }, summary: DaySummary? = nil
    ) throws(VeilleError) -> Bool {
        try FileSystem.createFolder(folder)
        try writeReadingCopies(of: readingCopies, texts: texts, language: language, timeZone: timeZone)
        if let summary { try FileSystem.writeAtomically(summary.json, to: summaryPath(for: day)) }
        let previous = FileManager.default.contents(atPath: path(for: day))
        let htmlMissing = try FileSystem.status(htmlPath(for: day)) == nil
        let changed = htmlMissing || previous.map { Array($0) } != Array(markdown.utf8)
        try FileSystem.writeAtomically(Array(markdown.utf8), to: path(for: day))
        try FileSystem.writeAtomically(Array(html.utf8), to: htmlPath(for: day))
        if isLatest { try pointLatest(at: day) }
        let archive = DigestArchive(folder: folder)
        let page = DigestIndexPage.render(archive.entries(limit: .max), language: language, timeZone: timeZone)
        try FileSystem.writeAtomically(Array(page.utf8), to: indexPath)
        try FileSystem.writeAtomically(
            Array(AtomFeed.render(archive.entries(limit: AtomFeed.length), language: language).utf8), to: feedPath)
        return changed
    }

    /// `digests/2026-11-23.json`.
    public func summaryPath(for day: Day) -> String { (folder as NSString).appendingPathComponent("\(day).json") }

    /// `digests/reading/12.html`.
    public func readingCopyPath(for id: Int64) -> String {
        (folder as NSString).appendingPathComponent(StoryFacts.readingCopy(of: id))
    }

    /// Writes the reading copies not written yet: a copy never changes once written, so a day of
    /// a thousand releases writes only its new ones, reading their texts a chunk at a time.
    private func writeReadingCopies(
        of entries: [IndexedRelease], texts: ([IndexedRelease]) throws(VeilleError) -> [IndexedRelease],
        language: DigestLanguage, timeZone: TimeZone
    ) throws(VeilleError) {
        guard !entries.isEmpty else { return }
        try FileSystem.createFolder((folder as NSString).appendingPathComponent(ReadingCopy.folder))
        var missing: [IndexedRelease] = []
        for entry in entries where try FileSystem.status(readingCopyPath(for: entry.id)) == nil { missing.append(entry) }
        for start in stride(from: 0, to: missing.count, by: Digest.textChunk) {
            for entry in try texts(Array(missing[start..<min(start + Digest.textChunk, missing.count)])) {
                let html = ReadingCopy.render(entry, language: language, timeZone: timeZone)
                try FileSystem.writeAtomically(Array(html.utf8), to: readingCopyPath(for: entry.id))
            }
        }
    }

    /// Swaps `latest.md` to a relative link to the day's file in one rename.
    private func pointLatest(at day: Day) throws(VeilleError) {
        let temporary = (folder as NSString).appendingPathComponent(".latest.md.\(getpid()).tmp")
        unlink(temporary)
        guard symlink("\(day).md", temporary) == 0 else { throw FileSystem.failure(.io, temporary, "cannot be created") }
        guard rename(temporary, latestPath) == 0 else {
            let error = FileSystem.failure(.io, latestPath, "cannot be replaced")
            unlink(temporary)
            throw error
        }
        FileSystem.syncFolder(folder)
    }
}
