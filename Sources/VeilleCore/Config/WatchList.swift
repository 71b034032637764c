/// The entities and terms the desk follows ("Togo", "CEDEAO", "Boko Haram"): a story that names
/// one ranks higher in the digest and says which. Matched on folded words, so case and accents
/// do not matter.
public struct WatchList: Sendable, Equatable {
    /// Each entry as written, with its folded words.
    public struct Entry: Sendable, Equatable {
        public var name: String
        var words: [String]
    }

    public var entries: [Entry]

    public static let empty = WatchList(entries: [])

    public init(entries: [Entry]) { self.entries = entries }

    public init(names: [String]) {
        entries = names.map { Entry(name: $0, words: FoldedText($0).words) }.filter { !$0.words.isEmpty }
    }

    /// The entries found in `text` as whole words, in the order of the list.
    func matches(in text: FoldedText) -> [String] {
        guard !entries.isEmpty else { return [] }
        let words = text.words
        return entries.filter { entry in
            guard let first = entry.words.first else { return false }
            return words.indices.contains { start in
                words[start] == first && start + entry.words.count <= words.count
                    && Array(words[start..<(start + entry.words.count)]) == entry.words
            }
        }.map(\.name)
    }
}
