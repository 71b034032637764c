import Foundation

/// Decides which story a new release belongs to, among the releases received shortly before it.
///
/// Three tests, strongest first: the same text once normalised (an exact duplicate), shingle
/// sketches that mostly agree (a near duplicate: the same release reposted with small edits),
/// and enough shared words, names, entities and numbers (the same story told by another outlet,
/// in either language). Words count for more the rarer they are among the candidates, so that
/// "Togo" in a Togolese press review says little and "Kpinkankandi" a lot.
struct StoryMatcher: Sendable {
    /// Releases published further apart than this are different events, however alike.
    static let windowDays = 3
    static let nearDuplicateThreshold = 0.5
    static let sameStoryThreshold = 0.31
    /// A shared name or number weighs this many times a shared word.
    static let keyWeight = 2.0

    struct Candidate: Sendable {
        var id: Int64
        var storyID: Int64
        var signature: StorySignature
    }

    enum Kind: String, Sendable {
        case exact
        case near
        case related
    }

    struct Match: Sendable, Equatable {
        var storyID: Int64
        var releaseID: Int64
        var kind: Kind
        var score: Double
    }

    /// The best match for `signature` among `candidates`, or nil when it starts a story of its own.
    func match(_ signature: StorySignature, among candidates: [Candidate]) -> Match? {
        if let same = candidates.first(where: { $0.signature.textHash == signature.textHash }) {
            return Match(storyID: same.storyID, releaseID: same.id, kind: .exact, score: 1)
        }
        let weights = Weights(pool: candidates.map(\.signature) + [signature])
        let norms = weights.norms(signature)
        var best: Match?
        for candidate in candidates where Self.mayBeSameEvent(signature, candidate.signature) {
            let near = signature.minHash.similarity(to: candidate.signature.minHash)
            let match =
                near >= Self.nearDuplicateThreshold
                ? Match(storyID: candidate.storyID, releaseID: candidate.id, kind: .near, score: near)
                : Match(
                    storyID: candidate.storyID, releaseID: candidate.id, kind: .related,
                    score: weights.similarity(signature, norms, candidate.signature, weights.norms(candidate.signature)))
            if match.kind == .near || match.score >= Self.sameStoryThreshold, match.score > best?.score ?? -1 {
                best = match
            }
        }
        return best
    }

    /// False when both releases state publication dates too far apart to report one event.
    static func mayBeSameEvent(_ a: StorySignature, _ b: StorySignature) -> Bool {
        guard let first = a.published?.dayRange, let second = b.published?.dayRange else { return true }
        return first.lowerBound - windowDays <= second.upperBound && second.lowerBound - windowDays <= first.upperBound
    }
}

/// Inverse document frequencies over the releases compared, and the weighted cosine of two
/// signatures. Works on the signatures' hashed features: squared weights are worked out once per
/// feature of the pool, norms once per signature, and two signatures meet by merging two sorted
/// integer arrays.
struct Weights {
    /// Each feature's squared inverse document frequency among the pool.
    private var squared: [UInt64: Double] = [:]

    /// A signature's squared norms: its stems (compared only within a language) and its keys.
    struct Norms {
        var stems = 0.0
        var keys = 0.0
    }

    init(pool: [StorySignature]) {
        var frequency: [UInt64: Int] = [:]
        for signature in pool {
            for feature in signature.stemHashes { frequency[feature, default: 0] += 1 }
            for feature in signature.keyHashes { frequency[feature, default: 0] += 1 }
        }
        let count = Double(pool.count)
        squared.reserveCapacity(frequency.count)
        for (feature, documents) in frequency {
            let idf = log(1 + count / Double(max(1, documents)))
            squared[feature] = idf * idf
        }
    }

    func norms(_ signature: StorySignature) -> Norms {
        Norms(
            stems: signature.stemHashes.reduce(0) { $0 + (squared[$1] ?? 0) },
            keys: signature.keyHashes.reduce(0) { $0 + (squared[$1] ?? 0) })
    }

    /// Cosine over weighted features: words only between releases of one language, names,
    /// entities and numbers always (weighing `StoryMatcher.keyWeight` times a word).
    func similarity(_ a: StorySignature, _ normsA: Norms, _ b: StorySignature, _ normsB: Norms) -> Double {
        let keyFactor = StoryMatcher.keyWeight * StoryMatcher.keyWeight
        let sameLanguage = a.language == b.language
        var shared = keyFactor * sharedWeight(a.keyHashes, b.keyHashes)
        if sameLanguage { shared += sharedWeight(a.stemHashes, b.stemHashes) }
        let normA = (sameLanguage ? normsA.stems : 0) + keyFactor * normsA.keys
        let normB = (sameLanguage ? normsB.stems : 0) + keyFactor * normsB.keys
        guard normA > 0, normB > 0 else { return 0 }
        return shared / (normA * normB).squareRoot()
    }

    /// The squared weights of the features both sorted arrays hold.
    private func sharedWeight(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var sum = 0.0
        a.forEachShared(with: b) { sum += squared[$0] ?? 0 }
        return sum
    }
}

extension PublicationDate {
    /// The days it may stand for, as day numbers: one day, or a whole month.
    var dayRange: ClosedRange<Int> {
        let base = (year * 12 + month - 1) * 31
        if let day { return base + day - 1...base + day - 1 }
        return base...base + 30
    }
}
