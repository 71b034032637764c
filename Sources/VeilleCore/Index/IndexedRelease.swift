import Foundation
import GRDB

/// A release as the index holds it: the release, its id, and where its file was archived.
public struct IndexedRelease: Sendable, Equatable {
    public var id: Int64
    public var release: Release
    /// Relative to the state folder, such as `archive/2026/11/23/communique.html`.
    public var archivedPath: String
    public var indexedAt: Date
    /// The id of the story's first release: releases about one event share it. Nil for releases
    /// indexed before stories existed.
    public var storyID: Int64? = nil
}

/// What became of one file taken in: the log that the digest's counts and failures come from.
public struct IntakeRecord: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable {
        case indexed
        case duplicate
        case failed
    }

    public var at: Date
    public var fileName: String
    public var contentHash: String?
    public var outcome: Outcome
    public var reason: String?
    /// The release indexed, or the one this file duplicates.
    public var releaseID: Int64?
    /// Where the file went, relative to the state folder.
    public var path: String

    public init(
        at: Date, fileName: String, contentHash: String?, outcome: Outcome, reason: String?, releaseID: Int64?, path: String
    ) {
        self.at = at
        self.fileName = fileName
        self.contentHash = contentHash
        self.outcome = outcome
        self.reason = reason
        self.releaseID = releaseID
        self.path = path
    }
}

extension IndexedRelease {
    /// Decodes a `release` row; topics come from `release_topic`.
    init(row: Row, topics: [TopicScore], entities: [Entity] = []) {
        id = row["id"]
        storyID = row["story_id"]
        archivedPath = row["archived_path"]
        indexedAt = row["indexed_at"]
        release = Release(
            fileName: row["file_name"], contentHash: row["content_hash"],
            format: ReleaseFormat(rawValue: row["format"]) ?? .text, title: row["title"],
            titleOrigin: TitleOrigin(rawValue: row["title_origin"]) ?? .firstLine, body: row["body"],
            language: Language(rawValue: row["language"]) ?? .other,
            published: (row["published_on"] as String?).flatMap(PublicationDate.init(iso:)), source: row["source"],
            receivedAt: row["received_at"], topics: topics
        )
        release.entities = entities
        release.languageCode = row["language_code"]
    }
}

extension IntakeRecord {
    init(row: Row) {
        at = row["at"]
        fileName = row["file_name"]
        contentHash = row["content_hash"]
        outcome = Outcome(rawValue: row["outcome"]) ?? .failed
        reason = row["reason"]
        releaseID = row["release_id"]
        path = row["path"]
    }
}
