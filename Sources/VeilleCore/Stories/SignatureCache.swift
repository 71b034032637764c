import GRDB
import Synchronization

/// Story signatures already read from the index, so that each new release compares itself with
/// the week's releases without parsing their words again. A signature never changes once written;
/// the key holds its text hash, language and date as well as its id, so an entry can only ever
/// stand for the same signature, whichever index it was read from.
final class SignatureCache: Sendable {
    struct Key: Hashable, Sendable {
        var releaseID: Int64
        var textHash: Int64
        var language: String
        var published: String?

        init(row: Row) {
            releaseID = row["release_id"]
            textHash = row["text_hash"]
            language = row["language"]
            published = row["published_on"]
        }
    }

    static let shared = SignatureCache()
    /// Past this many, the cache starts afresh: a week of a busy desk fits well within it.
    static let capacity = 4_000

    private let entries = Mutex<[Key: StorySignature]>([:])

    func signatures(for keys: [Key]) -> [Key: StorySignature] {
        entries.withLock { entries in
            var found: [Key: StorySignature] = [:]
            for key in keys { if let signature = entries[key] { found[key] = signature } }
            return found
        }
    }

    func store(_ signatures: [Key: StorySignature]) {
        entries.withLock { entries in
            if entries.count + signatures.count > Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries.merge(signatures) { _, new in new }
        }
    }
}
