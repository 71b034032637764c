/// Word-level F1 between two texts, as the extraction benchmark scores: words in lowercase, each
/// counted as often as it occurs.
enum WordF1 {
    static func score(_ found: String, _ expected: String) -> Double {
        let found = counts(found)
        let expected = counts(expected)
        let common = found.reduce(0) { $0 + min($1.value, expected[$1.key] ?? 0) }
        let precision = Double(common) / Double(max(1, found.values.reduce(0, +)))
        let recall = Double(common) / Double(max(1, expected.values.reduce(0, +)))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    private static func counts(_ text: String) -> [String: Int] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.reduce(into: [:]) { $0[String($1), default: 0] += 1 }
    }
}

/// PDFs written in the test, too large or too many to commit.
enum MinimalPDF {
    /// A valid PDF of `count` empty A4 pages, with its cross-reference table.
    static func pages(_ count: Int) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func add(_ body: String) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8)
        }
        add("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<count).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        add("<< /Type /Pages /Kids [\(kids)] /Count \(count) /MediaBox [0 0 595 842] >>")
        for _ in 0..<count { add("<< /Type /Page /Parent 2 0 R >>") }
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        out += Array(table.utf8)
        out += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
