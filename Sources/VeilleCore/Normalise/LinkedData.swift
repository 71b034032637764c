import Foundation

/// What a page's JSON-LD blocks (schema.org NewsArticle, BlogPosting…) say about it.
struct LinkedData: Equatable {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var author: String?
    var description: String?

    /// Reads every block; the first value found for each field wins. Blocks that are not valid
    /// JSON, once out of a CDATA section or comment that some templates wrap them in, are ignored.
    init(blocks: [String]) {
        for block in blocks {
            let json = Self.unwrapped(block)
            guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
            else { continue }
            visit(object, depth: 0)
        }
    }

    /// The JSON inside a block that an XHTML-minded template wrapped in a CDATA section or a
    /// comment (`<![CDATA[ {…} ]]>`, `//<![CDATA[`, `<!-- {…} -->`), which browsers' JSON-LD
    /// readers look past.
    static func unwrapped(_ block: String) -> String {
        guard let open = block.firstIndex(where: { $0 == "{" || $0 == "[" }), block[..<open].contains("<!") else {
            return block
        }
        let opening = ["<![CDATA[", "<!--"].compactMap { block.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let opening else { return block }
        var inner = block[opening.upperBound...]
        if let closing = ["]]>", "-->"].compactMap({ inner.range(of: $0, options: .backwards) }).max(by: {
            $0.lowerBound < $1.lowerBound
        }) {
            inner = inner[..<closing.lowerBound]
        }
        var trimmed = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        for end in ["//", "/*"] where trimmed.hasSuffix(end) { trimmed.removeLast(end.count) }
        return trimmed
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 6 else { return }
        if let list = value as? [Any] {
            for item in list { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if Self.isCreativeWork(object) {
            headline = headline ?? Self.text(object["headline"])
            datePublished = datePublished ?? Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
            publisher = publisher ?? Self.name(object["publisher"])
            author = author ?? Self.name(object["author"])
            description = description ?? Self.text(object["description"])
        }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
    }

    /// Articles, postings, web pages: anything with a headline or a publication date.
    private static func isCreativeWork(_ object: [String: Any]) -> Bool {
        object["datePublished"] != nil || object["headline"] != nil
    }

    private static func text(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A person's or organisation's name: a string, `{"name": …}`, or the first of a list.
    private static func name(_ value: Any?) -> String? {
        if let list = value as? [Any] { return list.lazy.compactMap { name($0) }.first }
        if let object = value as? [String: Any] { return text(object["name"]) }
        guard let name = text(value), !name.hasPrefix("http") else { return nil }
        return name
    }
}
