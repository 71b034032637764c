import Foundation
import Logging

/// Re-indexes every file of the archive into a new index, for an index that is lost or corrupted:
/// each file is normalised, classified and given its entities and story again, as on intake, but
/// stays where it is. A copy of a file already taken counts as a duplicate, once.
public struct ArchiveRebuild: Sendable {
    /// What a rebuild did with the archive's files.
    public struct Summary: Sendable, Equatable {
        public var indexed = 0
        public var duplicates = 0
        /// Archived files that can no longer be indexed, each with the reason.
        public var failed: [String: String] = [:]
    }

    let configuration: Configuration
    let logger: Logger

    public init(configuration: Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Fills the new index at `indexPath` (which must not exist) from the archive, in batches of one
    /// transaction each, calling `progress` with the files done and the total.
    public func run(into indexPath: String, progress: (Int, Int) -> Void = { _, _ in }) throws(VeilleError) -> Summary {
        guard try FileSystem.status(indexPath) == nil else {
            throw VeilleError(.io, path: indexPath, "A file is in the way of the new index; move it elsewhere first.")
        }
        let index = try ReleaseIndex(path: indexPath)
        let pipeline = Pipeline(configuration: configuration, index: index, logger: logger)
        let classifier = pipeline.learning.current(index: index, logger: logger)
        let files = try archivedFiles()
        var summary = Summary()
        var seen = Set<String>()
        var start = 0
        while start < files.count {
            var batch: [(release: Release, archivedPath: String, day: Day)] = []
            for file in files[start..<min(start + 64, files.count)] {
                do throws(VeilleError) {
                    let bytes = try FileSystem.read(file.path, limit: configuration.settings.maxFileSize)
                    let hash = Pipeline.contentHash(of: bytes)
                    guard seen.insert(hash).inserted else {
                        summary.duplicates += 1
                        continue
                    }
                    let name = (file.path as NSString).lastPathComponent
                    // Every release the file carries: an e-mail may carry several.
                    let releases = try pipeline.normaliser.normaliseAll(
                        InboxFile(name: name, bytes: bytes, contentHash: hash, receivedAt: receivedAt(file.path, on: file.day)))
                    for var release in releases {
                        release.topics = classifier.classify(release)
                        release.entities = pipeline.entities.entities(in: release)
                        batch.append((release, configuration.settings.layout.relative(file.path), file.day))
                    }
                } catch  where error.rejectsFile {
                    summary.failed[configuration.settings.layout.relative(file.path)] = error.description
                }
            }
            summary.indexed += try index.add(batch, at: Date()).count
            start += 64
            progress(min(start, files.count), files.count)
        }
        return summary
    }

    /// Every file under archive/YYYY/MM/DD/, in path order, with the day its folder names.
    func archivedFiles() throws(VeilleError) -> [(path: String, day: Day)] {
        let archive = configuration.settings.layout.archive
        guard try FileSystem.status(archive) != nil else { return [] }
        let paths: [String]
        do {
            paths = try FileManager.default.subpathsOfDirectory(atPath: archive).sorted()
        } catch {
            throw VeilleError(.io, path: archive, "The archive cannot be listed: \(error.localizedDescription)")
        }
        return paths.compactMap { relative in
            let parts = relative.split(separator: "/")
            guard parts.count == 4, !parts[3].hasPrefix("."), let day = Day(parts[0..<3].joined(separator: "-")) else {
                return nil
            }
            let path = (archive as NSString).appendingPathComponent(relative)
            guard case .regular = (try? FileSystem.status(path))??.kind else { return nil }
            return (path, day)
        }
    }

    /// When a file was received: its modification time when it falls on the day of its folder,
    /// else noon of that day (the archive keeps the day, not the time).
    private func receivedAt(_ path: String, on day: Day) -> Date {
        let zone = configuration.settings.timeZone
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        if let modified, Day(containing: modified, in: zone) == day { return modified }
        return day.interval(in: zone).lowerBound.addingTimeInterval(12 * 3600)
    }
}
