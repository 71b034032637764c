import Foundation
import GRDB

/// Where a new release finds the releases it may share a story with: an index (`story_feature`)
/// of each release's names, entities, numbers and rarest stems, filed under the days of its event.
/// A lookup reads the postings of the new release's features over its event's days and the days
/// around its arrival, so a busy week hides nothing and the cost follows how many releases share a
/// rare feature, not how many are indexed.
extension ReleaseIndex {
    /// How many of a release's stems it posts: the rarest ones, which name what it is about.
    static let postedStems = 16
    /// A feature that more releases than this post within the days looked at says too little
    /// to bring candidates: its postings are not read.
    static let commonFeature = 200
    /// The candidates compared at most, those sharing most features first: the same event shares
    /// many, and on the labelled corpora no match lies past the first 24.
    static let candidateLimit = 24
    /// Days around its arrival in which a release looks for releases without a stated date.
    static let arrivalWindow = 7

    /// The day number of an instant (UTC), in `PublicationDate.dayRange`'s numbering.
    static func dayNumber(_ date: Date) -> Int {
        let day = Day(containing: date, in: TimeZone(identifier: "UTC") ?? .current)
        return PublicationDate(year: day.year, month: day.month, day: day.day)?.dayRange.lowerBound ?? 0
    }

    /// The features a signature posts and looks up: every key and its rarest stems, as `weights`
    /// (worked out for this signature) count them.
    static func postedFeatures(of signature: StorySignature, weights: Weights) -> [Int64] {
        let rare = signature.stemHashes.map { (weights.documents($0), $0) }.sorted { $0 < $1 }.prefix(postedStems).map(\.1)
        return (signature.keyHashes + rare).map { Int64(bitPattern: $0) }
    }

    /// The days a release is filed under: its event's and the day it arrived, so that a release
    /// without a date, which looks around its arrival, finds it too.
    static func postingDays(of signature: StorySignature, receivedAt: Date) -> [Int] {
        Set(signature.eventDays.map(\.lowerBound) + [dayNumber(receivedAt)]).sorted()
    }

    /// Files the release's features under its days, and counts them in `frequencies`, which
    /// the frequency table gets at the end of the transaction.
    static func postFeatures(
        of id: Int64, signature: StorySignature, features: [Int64], receivedAt: Date, frequencies: BatchFrequencies,
        in db: Database
    ) throws {
        let post = try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_feature (feature, day, release_id) VALUES (?, ?, ?)")
        for day in postingDays(of: signature, receivedAt: receivedAt) {
            for feature in features { try post.execute(arguments: [feature, day, id]) }
        }
        for feature in signature.stemHashes + signature.keyHashes { frequencies.add(Int64(bitPattern: feature)) }
        frequencies.add(totalFeature)
    }

    /// A release's norms under today's weights: those stored with it while the index has not
    /// grown by more than half since (weights then move little), else worked out again and stored.
    /// A lookup that does not write (`persisting` false) takes the stored ones as they are.
    static func currentNorms(
        of signature: StorySignature, id: Int64, stored row: Row, total: Int, persisting: Bool, frequencies: BatchFrequencies,
        in db: Database
    ) throws -> Weights.Norms {
        if let storedTotal: Int = row["norm_total"], let stems: Double = row["norm_stems"], let keys: Double = row["norm_keys"],
            Double(total) <= Double(storedTotal) * 1.5 + 5 || !persisting
        {
            return Weights.Norms(stems: stems, keys: keys)
        }
        let weights = try storyWeights(for: signature, in: db, counting: false, frequencies: frequencies)
        let norms = weights.norms(signature)
        guard persisting else { return norms }
        try db.cachedStatement(
            sql: "UPDATE release_signature SET norm_stems = ?, norm_keys = ?, norm_total = ? WHERE release_id = ?"
        ).execute(arguments: [norms.stems, norms.keys, weights.total, id])
        return norms
    }

    /// `values` as a JSON array, for `IN (SELECT value FROM json_each(?))`: one prepared statement
    /// serves every length of list, where `IN (?, ?, …)` compiled a statement for each lookup.
    static func jsonArray(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// The frequency table's row that counts releases rather than a feature.
    static let totalFeature: Int64 = 0

    /// Weights for comparing `signature` with indexed releases: how rare each of its features is
    /// among every release indexed so far, those filed earlier in the transaction of `frequencies`
    /// included. `counting` adds the signature itself, for a release not indexed yet.
    static func storyWeights(
        for signature: StorySignature, in db: Database, counting: Bool = true,
        frequencies: BatchFrequencies = BatchFrequencies()
    ) throws -> Weights {
        var (frequency, total) = try frequencies.counts(of: signature.stemHashes + signature.keyHashes, in: db)
        guard counting else { return Weights(frequency: frequency, total: total) }
        // The new release counts itself, as it will once indexed.
        for feature in signature.stemHashes + signature.keyHashes { frequency[feature, default: 0] += 1 }
        return Weights(frequency: frequency, total: total + 1)
    }

    /// The releases that share most of the signature's features within the days its event may
    /// fall on, or around its arrival: at most `candidateLimit`, those sharing most first.
    static func storyCandidates(
        for id: Int64, signature: StorySignature, features: [Int64], receivedAt: Date, common: CommonFeatures, in db: Database
    ) throws -> [Int64] {
        let windows = searchWindows(signature: signature, receivedAt: receivedAt)
        let postings = try db.cachedStatement(
            sql: "SELECT release_id FROM story_feature WHERE feature = ? AND day BETWEEN ? AND ? LIMIT ?")
        var shared: [Int64: Int] = [:]
        for feature in features where !windows.contains(where: { common.covers(feature, $0) }) {
            var found: [Int64] = []
            for window in windows where found.count <= commonFeature {
                let posted = try postings.integers([feature, window.lowerBound, window.upperBound, commonFeature + 1])
                if posted.count > commonFeature { common.note(feature, window) }
                found += posted
            }
            guard found.count <= commonFeature else { continue }
            for release in Set(found) where release != id { shared[release, default: 0] += 1 }
        }
        return shared.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(candidateLimit).map(\.key)
    }

    /// The event's days widened by the story window (and a month, for dates given as a month),
    /// and the days around the release's arrival, merged where they overlap.
    private static func searchWindows(signature: StorySignature, receivedAt: Date) -> [ClosedRange<Int>] {
        let arrival = dayNumber(receivedAt)
        let reach = StoryMatcher.windowDays
        var windows = signature.eventDays.map { ($0.lowerBound - reach - 31)...($0.upperBound + reach) }
        windows.append((arrival - arrivalWindow)...(arrival + 1))
        windows.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int>] = []
        for window in windows {
            if let last = merged.last, window.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
            } else {
                merged.append(window)
            }
        }
        return merged
    }
}

extension ReleaseIndex {
    /// The story `release` would join if it were indexed now, found as `add` finds it but without
    /// writing anything: its story's id, or nil for a story of its own.
    public func storyLookup(for release: Release) throws(VeilleError) -> Int64? {
        try storyLookup(StorySignature(release), receivedAt: release.receivedAt)
    }

    /// The same for a signature already made: the lookup alone, as `bench stories` times it.
    func storyLookup(_ signature: StorySignature, receivedAt: Date) throws(VeilleError) -> Int64? {
        try read { db in
            try Self.findStory(for: -1, signature: signature, receivedAt: receivedAt, persistingNorms: false, in: db).0?
                .storyID
        }
    }
}

/// The features' frequency counts as one write transaction sees them. The counts its releases
/// add are written once per feature when the batch is done (one statement per feature, not one per
/// feature and release: about 300 a release), and its lookups add them to those they read, so that
/// each release is weighed as if every release before it had been counted as it was filed. Until
/// then the table does not change, so a count read once serves the rest of the batch.
final class BatchFrequencies {
    /// Counts read from the table; 0 for a feature it has no row for (a row counts at least one).
    private var stored: [Int64: Int] = [:]
    /// Counts added by the batch's releases, not written yet.
    private var pending: [Int64: Int] = [:]

    /// Counts one more release with `feature`.
    func add(_ feature: Int64) { pending[feature, default: 0] += 1 }

    /// In how many releases each of `hashes` is found (a feature found in none is left out), and
    /// how many releases there are; the batch's releases filed so far included.
    func counts(of hashes: [UInt64], in db: Database) throws -> (frequency: [UInt64: Int], total: Int) {
        var unread: [Int64] = []
        for feature in [ReleaseIndex.totalFeature] + hashes.map({ Int64(bitPattern: $0) }) where stored[feature] == nil {
            stored[feature] = 0
            unread.append(feature)
        }
        if !unread.isEmpty {
            let pairs = try db.cachedStatement(
                sql: "SELECT feature, releases FROM story_feature_frequency WHERE feature IN (SELECT value FROM json_each(?))"
            ).integers([ReleaseIndex.jsonArray(unread)], width: 2)
            for start in stride(from: 0, to: pairs.count, by: 2) { stored[pairs[start]] = Int(pairs[start + 1]) }
        }
        var frequency: [UInt64: Int] = [:]
        for hash in hashes {
            let feature = Int64(bitPattern: hash)
            let count = (stored[feature] ?? 0) + (pending[feature] ?? 0)
            if count > 0 { frequency[hash] = count }
        }
        let total = ReleaseIndex.totalFeature
        return (frequency, (stored[total] ?? 0) + (pending[total] ?? 0))
    }

    /// Adds the pending counts to the table, in the order of its key.
    func write(in db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO story_feature_frequency (feature, releases) VALUES (?, ?)
                ON CONFLICT(feature) DO UPDATE SET releases = releases + excluded.releases
                """)
        for (feature, count) in pending.sorted(by: { $0.key < $1.key }) {
            try upsert.execute(arguments: [feature, count])
            if let known = stored[feature] { stored[feature] = known + count }
        }
        pending.removeAll()
    }
}

/// Features that one write transaction's lookups found posted by more than `commonFeature`
/// releases within a window of days. Postings are only added within a transaction, so such a
/// feature is as common in any window that holds that one, and a later lookup of the same batch
/// skips reading its postings again: it would skip them anyway after reading them.
final class CommonFeatures {
    private var windows: [Int64: [ClosedRange<Int>]] = [:]

    /// Whether `feature` is known to be too common within `window`.
    func covers(_ feature: Int64, _ window: ClosedRange<Int>) -> Bool {
        windows[feature]?.contains { window.lowerBound <= $0.lowerBound && $0.upperBound <= window.upperBound } ?? false
    }

    func note(_ feature: Int64, _ window: ClosedRange<Int>) {
        windows[feature, default: []].append(window)
    }
}
