import Foundation

/// `labels.tsv` of a backup: one analyst's decision a line, `content_hash topic assigned
/// decided_at` separated by tabs, under a header; readable, and enough to put labels back on a
/// rebuilt index.
public enum LabelFile {
    /// The first line, naming the columns.
    static let header = "content_hash\ttopic\tassigned\tdecided_at"

    /// The file's text for `records`, header first.
    public static func text(_ records: [LabelRecord]) -> String {
        let formatter = ISO8601DateFormatter()
        let lines = records.map { "\($0.contentHash)\t\($0.topic)\t\($0.assigned ? 1 : 0)\t\(formatter.string(from: $0.decidedAt))" }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// The records of a labels.tsv; a line that is not four fields with a valid date is an error
    /// naming the file and the line.
    public static func read(_ path: String) throws(VeilleError) -> [LabelRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VeilleError(.notFound, path: path, "There is no labels file here (a backup holds labels.tsv).")
        }
        let formatter = ISO8601DateFormatter()
        var records: [LabelRecord] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where number > 0 {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let date = formatter.date(from: fields[3]), ["0", "1"].contains(fields[2]) else {
                throw VeilleError(.io, path: path, "Line \(number + 1) is not: content hash, topic, 0 or 1, date.")
            }
            records.append(LabelRecord(contentHash: fields[0], topic: fields[1], assigned: fields[2] == "1", decidedAt: date))
        }
        return records
    }
}
