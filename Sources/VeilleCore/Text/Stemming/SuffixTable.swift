/// Longest-suffix lookup with the semantics of Snowball's `[substring] among (...)` in backward mode.
///
/// Snowball finds the *longest* listed suffix the word ends with and then runs that entry's rule; if the
/// rule's condition fails, the step fails — it never falls back to a shorter entry. Callers get exactly
/// that: one match (the longest) or none.
///
/// Layout, chosen so a lookup touches little memory: the suffixes are grouped by their last byte and,
/// within a group, sorted longest first, so a lookup only compares the few entries that end with the
/// word's last byte and stops at the first that matches.
struct SuffixTable<Rule: Sendable>: Sendable {
    struct Match {
        /// Where the matched suffix starts in the word.
        let start: Int
        let length: Int
        let rule: Rule
    }

    private struct Entry: Sendable {
        let offset: Int32  // into `suffixBytes`
        let length: Int32
        let rule: Rule
    }

    private let suffixBytes: [UInt8]
    private let entries: [Entry]
    /// `entries[groupStart[b] ..< groupStart[b + 1]]` are the suffixes ending with byte `b`.
    private let groupStart: [Int32]

    init(_ table: [(suffix: StaticString, rule: Rule)]) {
        var spelled: [(bytes: [UInt8], rule: Rule)] = table.map { row in
            (row.suffix.withUTF8Buffer { Array($0) }, row.rule)
        }
        precondition(spelled.allSatisfy { !$0.bytes.isEmpty }, "empty suffixes are not supported")
        spelled.sort { lhs, rhs in
            let (left, right) = (lhs.bytes[lhs.bytes.count - 1], rhs.bytes[rhs.bytes.count - 1])
            return left != right ? left < right : lhs.bytes.count > rhs.bytes.count
        }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var groupStart = [Int32](repeating: 0, count: 257)
        for row in spelled {
            entries.append(Entry(offset: Int32(bytes.count), length: Int32(row.bytes.count), rule: row.rule))
            bytes.append(contentsOf: row.bytes)
            groupStart[Int(row.bytes[row.bytes.count - 1]) + 1] += 1
        }
        for index in 1..<groupStart.count {
            groupStart[index] += groupStart[index - 1]
        }
        self.suffixBytes = bytes
        self.entries = entries
        self.groupStart = groupStart
    }

    /// Table rows giving several suffixes the same rule.
    static func rows(_ suffixes: [StaticString], _ rule: Rule) -> [(suffix: StaticString, rule: Rule)] {
        suffixes.map { (suffix: $0, rule: rule) }
    }

    /// The longest suffix of `word` found in the table that starts at or after `lowerBound`.
    ///
    /// `lowerBound` implements Snowball's `setlimit tomark pV for (...)`: inside RV the word is seen as if
    /// it began at `pV`, so a suffix that would reach in front of `pV` cannot match.
    @inline(__always)
    func longestMatch(in word: StemBuffer, notBefore lowerBound: Int = 0) -> Match? {
        let end = word.count
        guard end > lowerBound else { return nil }
        let last = Int(word[end - 1])
        var index = Int(groupStart[last])
        let stop = Int(groupStart[last + 1])
        return suffixBytes.withUnsafeBufferPointer { bytes -> Match? in
            while index < stop {
                let entry = entries[index]
                let length = Int(entry.length)
                if length <= end - lowerBound {
                    let suffix = UnsafeBufferPointer(rebasing: bytes[Int(entry.offset)..<Int(entry.offset) + length])
                    if word.hasSuffix(suffix, endingAt: end) {
                        return Match(start: end - length, length: length, rule: entry.rule)
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// The entry equal to the whole word, if any (Snowball's `[substring] atlimit among (...)`).
    @inline(__always)
    func wholeWordMatch(in word: StemBuffer) -> Rule? {
        guard let match = longestMatch(in: word), match.start == 0 else { return nil }
        return match.rule
    }
}
