import Foundation

/// Search relevance over a labelled corpus: each judged query names the files that must appear
/// in its first five results. Reports the recall at 5 and the mean reciprocal rank of the first
/// expected file.
public struct SearchEvaluation: Sendable {
    public struct Judgement: Sendable {
        public var query: String
        public var expected: [String]
        /// Files in rank order, as the search returned them.
        public var found: [String]
        /// A query the parser refused, with why.
        public var failure: String?

        public var recall: Double {
            let top = Set(found.prefix(SearchEvaluation.depth))
            return Double(expected.filter(top.contains).count) / Double(max(expected.count, 1))
        }

        public var reciprocalRank: Double {
            guard let rank = found.firstIndex(where: expected.contains) else { return 0 }
            return 1 / Double(rank + 1)
        }
    }

    public static let depth = 5
    public var judgements: [Judgement]

    /// Reads `queries` (a header line, then `query <TAB> file,file… [<TAB> note]`; `#` lines are
    /// comments) and runs each over an index in memory of the evaluation's releases.
    public init(queries path: String, evaluation: Evaluation) throws(VeilleError) {
        let index: ReleaseIndex
        do { index = try ReleaseIndex.inMemory() } catch { throw VeilleError(.index, "The evaluation index failed: \(error)") }
        let day = Day(containing: Date(), in: .gmt)
        for case let release? in evaluation.outcomes.map(\.release) {
            var release = release
            release.contentHash = release.fileName
            _ = try index.add(release, archivedPath: release.fileName, receivedOn: day, at: Date())
        }
        judgements = []
        let text = String(decoding: try FileSystem.read(path, limit: 1 << 20), as: UTF8.self)
        for (offset, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, fields[0] != "query" else {
                if fields.first == "query" { continue }
                throw VeilleError(.config, path: "\(path):\(offset + 1)", "expected a query and its files separated by a tab")
            }
            let expected = fields[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            do throws(VeilleError) {
                let hits = try index.search(SearchQuery(fields[0]), filters: SearchFilters(limit: 10))
                judgements.append(Judgement(query: fields[0], expected: expected, found: hits.map(\.release.release.fileName)))
            } catch {
                judgements.append(Judgement(query: fields[0], expected: expected, found: [], failure: error.reason))
            }
        }
    }

    public var recallAt5: Double { mean(judgements.map(\.recall)) }
    public var meanReciprocalRank: Double { mean(judgements.map(\.reciprocalRank)) }

    private func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    public var report: String {
        var lines = [
            String(
                format: "search: %d judged queries   recall@5 %.3f   MRR %.3f", judgements.count, recallAt5, meanReciprocalRank)
        ]
        for judgement in judgements where judgement.recall < 1 {
            let missing = judgement.expected.filter { !judgement.found.prefix(Self.depth).contains($0) }
            lines.append("  \"\(judgement.query)\": missing \(missing.joined(separator: ", ")) from the top 5")
            if let failure = judgement.failure { lines.append("      refused: \(failure)") }
        }
        return lines.joined(separator: "\n")
    }
}
