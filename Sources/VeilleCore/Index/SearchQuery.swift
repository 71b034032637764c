import Foundation

/// A search as a person types it, turned into an FTS5 query that cannot fail to parse:
/// words must all appear, `"an exact phrase"` must appear as written, and `word*` matches any
/// word starting with `word`. Accents and case never matter.
public struct SearchQuery: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case phrase(String)
    }

    public let parts: [Part]

    /// Parses `text`; an unclosed quote or a query with nothing to search for is refused with a
    /// message that says so.
    public init(_ text: String) throws(VeilleError) {
        var parts: [Part] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            if rest.first == "\"" {
                let afterQuote = rest.dropFirst()
                guard let end = afterQuote.firstIndex(of: "\"") else {
                    throw VeilleError(.query, "The query has an opening quote without a closing one: \(text)")
                }
                let phrase = afterQuote[..<end].trimmingCharacters(in: .whitespaces)
                if Self.hasWordCharacters(phrase) { parts.append(.phrase(phrase)) }
                rest = afterQuote[afterQuote.index(after: end)...]
                continue
            }
            let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? rest.endIndex
            let word = String(rest[..<end])
            rest = rest[end...]
            if word.hasSuffix("*"), Self.hasWordCharacters(String(word.dropLast())) {
                parts.append(.prefix(String(word.dropLast())))
            } else if Self.hasWordCharacters(word) {
                parts.append(.word(word))
            }
        }
        guard !parts.isEmpty else { throw VeilleError(.query, "The query has no words to search for.") }
        self.parts = parts
    }

    /// The FTS5 MATCH expression: every part quoted as an FTS5 string, so no character the user
    /// types can be taken for FTS5 syntax.
    public var ftsExpression: String {
        parts.map { part in
            switch part {
            case .word(let word): Self.quoted(word)
            case .phrase(let phrase): Self.quoted(phrase)
            case .prefix(let prefix): Self.quoted(prefix) + "*"
            }
        }.joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func hasWordCharacters(_ text: String) -> Bool { FoldedText(text).count > 0 }
}
