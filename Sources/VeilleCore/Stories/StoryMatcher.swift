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
    static let sameStoryThreshold = 0.32
    /// The threshold for two releases that both date their event, within `windowDays` of each
    /// other: agreeing dates are evidence too.
    static let datedStoryThreshold = 0.2
    /// A shared name or number weighs this many times a shared word.
    static let keyWeight = 2.0
    /// Taken off the similarity of two releases that name weekdays, none in common (see `Weekdays`),
    /// when every candidate of the story names others: a report naming none, or the same, leaves
    /// the story's day open, and a follow-up names the day it was written. On dev and train, 0.11
    /// to 0.5 give the same stories.
    static let weekdayPenalty = 0.15
    /// A story whose candidates include one less alike than this share of the threshold is not
    /// joined: a release close to the latest report of a story of talks, but not to its first,
    /// tells of the next round. On dev, 0.55 to 0.7 give the same stories.
    static let memberShare = 0.6

    struct Candidate: Sendable {
        var id: Int64
        var storyID: Int64
        var signature: StorySignature
        /// Its norms under the weights of the day it was indexed.
        var norms: Weights.Norms
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
    /// A story is joined only when none of its releases among the candidates dates or numbers its
    /// event otherwise, and none is far from alike (`memberShare`): an undated release does not
    /// bridge two rounds of talks a week apart.
    func match(_ signature: StorySignature, among candidates: [Candidate], weights: Weights) -> Match? {
        if let same = candidates.first(where: { $0.signature.textHash == signature.textHash }) {
            return Match(storyID: same.storyID, releaseID: same.id, kind: .exact, score: 1)
        }
        let norms = weights.norms(signature)
        // Stories with a candidate that names no weekday, or one the release names: no penalty.
        let openDay = Set(candidates.filter { !Weekdays.disagree(signature.weekdays, $0.signature.weekdays) }.map(\.storyID))
        var matches: [Match] = []
        var conflicting = Set<Int64>()
        var distant = Set<Int64>()
        for candidate in candidates {
            guard Self.mayBeSameEvent(signature, candidate.signature) else {
                conflicting.insert(candidate.storyID)
                continue
            }
            let near = signature.minHash.similarity(to: candidate.signature.minHash)
            // Days of the month are weaker evidence than full dates: they rule out this candidate,
            // not its story, which the new release may still join through another of its releases.
            if near < Self.nearDuplicateThreshold, Self.daysOfMonthDisagree(signature, candidate.signature) { continue }
            let match =
                near >= Self.nearDuplicateThreshold
                ? Match(storyID: candidate.storyID, releaseID: candidate.id, kind: .near, score: near)
                : Match(
                    storyID: candidate.storyID, releaseID: candidate.id, kind: .related,
                    score: weights.similarity(signature, norms, candidate.signature, candidate.norms)
                        - (openDay.contains(candidate.storyID) ? 0 : Self.weekdayPenalty))
            let threshold = Self.bothDated(signature, candidate.signature) ? Self.datedStoryThreshold : Self.sameStoryThreshold
            if match.kind == .near || match.score >= threshold {
                matches.append(match)
            } else if match.score < threshold * Self.memberShare {
                distant.insert(candidate.storyID)
            }
        }
        // A near duplicate joins whatever its story holds: it is the same release.
        return matches.filter { $0.kind == .near || !(conflicting.contains($0.storyID) || distant.contains($0.storyID)) }
            .max { $0.score < $1.score }
    }

    /// True when `later` has no publication date but names a year after the year `dated` was
    /// published: it was written after that event, and reports another (the 2025 round of talks,
    /// not the 2021 one). A release with its own date says when it was written already.
    static func writtenAfter(_ later: StorySignature, _ dated: StorySignature) -> Bool {
        guard later.published == nil, let year = later.latestYear, let published = dated.published else { return false }
        return year > published.year
    }

    /// True when a release that does not date its event names days of the month ("YEREVAN, April
    /// 13", "this Thursday, December 14") and none lies within `windowDays` of the other's: its
    /// event's days, or the days of the month it names if it has none. Two meetings of one
    /// dispute, one undated, are told alike with the same names.
    static func daysOfMonthDisagree(_ a: StorySignature, _ b: StorySignature) -> Bool {
        guard a.eventDays.isEmpty || b.eventDays.isEmpty else { return false }
        let (first, second) = (daysInYear(a), daysInYear(b))
        guard !first.isEmpty, !second.isEmpty else { return false }
        let year = 12 * 31
        return !first.contains { day in
            second.contains { other in
                let apart = abs(day - other) % year
                return min(apart, year - apart) <= windowDays
            }
        }
    }

    /// A release's event days given to the day, else the days of the month it names, as days of
    /// a year of 31-day months.
    private static func daysInYear(_ signature: StorySignature) -> [Int] {
        guard !signature.eventDays.isEmpty else { return signature.monthDays }
        return signature.eventDays.filter { $0.count == 1 }.map { $0.lowerBound % (12 * 31) }
    }

    /// True when both releases give their event's dates (`mayBeSameEvent` then says they agree).
    static func bothDated(_ a: StorySignature, _ b: StorySignature) -> Bool { !a.eventDays.isEmpty && !b.eventDays.isEmpty }

    /// False when both releases number their event differently ("62e" and "64e sommet"), when
    /// both give their event's dates and none of one's lies within `windowDays` of the other's,
    /// when a release without a publication date names a year later than the other's, or when
    /// both name countries and none in common: two Security Council statements alike word for
    /// word, one on an attack in Dagestan, the other in Nigeria.
    static func mayBeSameEvent(_ a: StorySignature, _ b: StorySignature) -> Bool {
        guard Ordinals.mayBeSameEvent(a.ordinals, b.ordinals) else { return false }
        guard a.countries.isEmpty || b.countries.isEmpty || !a.countries.isDisjoint(with: b.countries) else { return false }
        guard !writtenAfter(a, b), !writtenAfter(b, a) else { return false }
        guard !a.eventDays.isEmpty, !b.eventDays.isEmpty else { return true }
        return a.eventDays.contains { first in
            b.eventDays.contains { second in
                first.lowerBound - windowDays <= second.upperBound && second.lowerBound - windowDays <= first.upperBound
            }
        }
    }
}

/// Inverse document frequencies over every release indexed (the `story_feature_frequency`
/// table), and the weighted cosine of two signatures. Squared weights are worked out once per
/// feature of the new release; each indexed release keeps the norms it had when it was indexed,
/// so comparing with a candidate merges two sorted integer arrays and reads two numbers.
struct Weights {
    /// Each feature's squared inverse document frequency.
    private var squared: [UInt64: Double] = [:]
    /// How many releases the frequencies were counted over.
    private(set) var total = 0
    /// In how many of them each feature of the new release is found.
    private var frequency: [UInt64: Int] = [:]

    /// In how many releases `feature` is found; 0 for a feature nobody has.
    func documents(_ feature: UInt64) -> Int { frequency[feature] ?? 0 }

    /// A signature's squared norms: its stems (compared only within a language) and its keys.
    struct Norms: Sendable, Equatable {
        var stems = 0.0
        var keys = 0.0
    }

    /// `frequency` says in how many of `total` releases each feature of the new release is found.
    init(frequency: [UInt64: Int], total: Int) {
        self.total = total
        self.frequency = frequency
        let count = Double(max(1, total))
        squared.reserveCapacity(frequency.count)
        for (feature, documents) in frequency {
            let idf = log(1 + count / Double(max(1, documents)))
            squared[feature] = idf * idf
        }
    }

    /// The weights of a pool of signatures counted among themselves: for tests and tools that
    /// compare releases without an index.
    init(pool: [StorySignature]) {
        var frequency: [UInt64: Int] = [:]
        for signature in pool {
            for feature in signature.stemHashes + signature.keyHashes { frequency[feature, default: 0] += 1 }
        }
        self.init(frequency: frequency, total: pool.count)
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
