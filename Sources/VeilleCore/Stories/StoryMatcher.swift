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
        var best: Match?
        for candidate in candidates where Self.mayBeSameEvent(signature, candidate.signature) {
            let near = signature.minHash.similarity(to: candidate.signature.minHash)
            let match =
                near >= Self.nearDuplicateThreshold
                ? Match(storyID: candidate.storyID, releaseID: candidate.id, kind: .near, score: near)
                : Match(
                    storyID: candidate.storyID, releaseID: candidate.id, kind: .related,
                    score: weights.similarity(signature, candidate.signature))
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

/// Inverse document frequencies over the releases compared, and the weighted cosine of two signatures.
struct Weights {
    private var frequency: [String: Int] = [:]
    private let count: Double

    init(pool: [StorySignature]) {
        count = Double(pool.count)
        for signature in pool {
            for stem in signature.stems { frequency["s:" + stem, default: 0] += 1 }
            for key in signature.keys { frequency[key, default: 0] += 1 }
        }
    }

    private func weight(_ feature: String, times factor: Double) -> Double {
        let idf = log(1 + count / Double(max(1, frequency[feature] ?? 1)))
        return idf * factor
    }

    /// Cosine over weighted features: words only between releases of one language, names,
    /// entities and numbers always.
    func similarity(_ a: StorySignature, _ b: StorySignature) -> Double {
        var shared = 0.0
        var normA = 0.0
        var normB = 0.0
        func add(_ features: Set<String>, _ other: Set<String>, prefix: String, factor: Double, isA: Bool) {
            for feature in features {
                let w = weight(prefix + feature, times: factor)
                if isA { normA += w * w } else { normB += w * w }
                if isA, other.contains(feature) { shared += w * w }
            }
        }
        if a.language == b.language {
            add(a.stems, b.stems, prefix: "s:", factor: 1, isA: true)
            add(b.stems, a.stems, prefix: "s:", factor: 1, isA: false)
        }
        add(a.keys, b.keys, prefix: "", factor: StoryMatcher.keyWeight, isA: true)
        add(b.keys, a.keys, prefix: "", factor: StoryMatcher.keyWeight, isA: false)
        guard normA > 0, normB > 0 else { return 0 }
        return shared / (normA * normB).squareRoot()
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
