import GRDB
import Synchronization

/// Story signatures already read from the index, so that each new release compares itself with
/// the week's releases without parsing their words again. A signature never changes once written;
/// the key holds its text hash, language, date and the lengths of its stored words and names as
/// well as its id, so an entry stands for the same signature whichever index it was read from
/// (an index built without entities has the same ids and texts, but shorter names).
final class SignatureCache: Sendable {
    struct Key: Hashable, Sendable {
        var releaseID: Int64
        var textHash: Int64
        var language: String
        var published: String?
        var stemsLength: Int
        var keysLength: Int

        init(row: Row) {
            releaseID = row["release_id"]
            textHash = row["text_hash"]
            language = row["language"]
            published = row["published_on"]
            stemsLength = row["stems_length"] ?? 0
            keysLength = row["keys_length"] ?? 0
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

    /// Forgets every signature, for a daemon gone idle: the next release reads its candidates again.
    func removeAll() {
        entries.withLock { $0 = [:] }
    }

    func store(_ signatures: [Key: StorySignature]) {
        entries.withLock { entries in
            if entries.count + signatures.count > Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries.merge(signatures) { _, new in new }
        }
    }
}
