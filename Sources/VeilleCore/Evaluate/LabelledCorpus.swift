import Foundation

/// A folder of releases with the topics a person gave each, read from its `labels.tsv`:
/// a header line, then `file <TAB> language <TAB> labels [<TAB> anything else]`, where `labels`
/// is a comma-separated list of topic ids or `none`. Paths are relative to the folder.
public struct LabelledCorpus: Sendable {
    public struct Item: Sendable {
        /// As written in labels.tsv, relative to the corpus folder.
        public var file: String
        public var language: Language
        public var topics: Set<String>
        /// The line of labels.tsv, for messages.
        public var line: Int
        /// The `why` column (the fifth), where same-event groups are named.
        public var note: String = ""
    }

    public var folder: String
    public var items: [Item]

    /// Reads `folder/labels.tsv`. Unknown topic ids are an error, since a typo there would
    /// silently count as a classifier mistake.
    public init(folder: String, knownTopics: Set<String>) throws(VeilleError) {
        self.folder = folder
        let path = (folder as NSString).appendingPathComponent("labels.tsv")
        let bytes = try FileSystem.read(path, limit: 64 << 20)
        var items: [Item] = []
        for (offset, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().dropFirst()
        {
            let number = offset + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 3, !fields[0].isEmpty else {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                throw VeilleError(.config, path: "\(path):\(number)", "expected file, language and labels separated by tabs")
            }
            let topics = Set(fields[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "none" })
            if let unknown = topics.subtracting(knownTopics).sorted().first {
                throw VeilleError(
                    .config, path: "\(path):\(number)",
                    "\"\(unknown)\" is not a configured topic (\(knownTopics.sorted().joined(separator: ", ")))")
            }
            items.append(
                Item(
                    file: fields[0], language: Language(rawValue: fields[1]) ?? .other, topics: topics, line: number,
                    note: fields.count > 4 ? fields[4] : ""))
        }
        guard !items.isEmpty else { throw VeilleError(.config, path: path, "lists no files") }
        self.items = items
    }

    public func path(of item: Item) -> String { (folder as NSString).appendingPathComponent(item.file) }
}
