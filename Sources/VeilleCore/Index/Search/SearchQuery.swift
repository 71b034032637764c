import Foundation

/// A search as a person types it, turned into an FTS5 query that cannot fail to parse.
///
/// - `sahel armes`: both words, in any form: case, accents and endings do not matter, since the
///   index holds stems ("armes" finds "arme" and "armés"; "terrorisme" finds "terroristes");
/// - `"armes légères"`: these words, as written (ignoring case and accents), side by side;
/// - `terror*`: any word starting with "terror";
/// - `mali OR niger`: either word;
/// - `-exercice`: releases without that word;
/// - `title:cedeao` (or `titre:`), `body:` (or `texte:`): in the headline, or in the text only.
///
/// Every word is quoted as an FTS5 string, so nothing a user types can be taken for FTS5 syntax.
public struct SearchQuery: Sendable, Equatable {
    public enum Field: String, Sendable, Equatable {
        case title, body
    }

    public enum Term: Sendable, Equatable {
        /// Matched on its stem.
        case word(String)
        /// Folded words, matched exactly and side by side.
        case phrase([String])
        /// Folded words, the last one a prefix.
        case prefix([String])
    }

    public struct Part: Sendable, Equatable {
        public var field: Field?
        public var term: Term
    }

    /// Parts joined by OR; the query needs every positive clause and no excluded one.
    public struct Clause: Sendable, Equatable {
        public var alternatives: [Part]
        public var isExcluded: Bool
    }

    public let clauses: [Clause]

    static let fieldNames: [String: Field] = ["title": .title, "titre": .title, "body": .body, "texte": .body]

    /// Parses `text`, refusing with a message that says why a query with an unclosed quote, with
    /// nothing to search for, or with only excluded words.
    public init(_ text: String) throws(VeilleError) {
        var clauses: [Clause] = []
        var joinsPrevious = false
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            let lexeme = try Self.nextLexeme(&rest, query: text)
            if lexeme.text == "OR", !lexeme.quoted, lexeme.field == nil, !lexeme.excluded, let last = clauses.last,
                !last.isExcluded
            {
                joinsPrevious = true
                continue
            }
            guard let term = Self.term(lexeme) else { continue }
            let part = Part(field: lexeme.field, term: term)
            if joinsPrevious, !lexeme.excluded {
                clauses[clauses.count - 1].alternatives.append(part)
            } else {
                clauses.append(Clause(alternatives: [part], isExcluded: lexeme.excluded))
            }
            joinsPrevious = false
        }
        guard !clauses.isEmpty else { throw VeilleError(.query, "The query has no words to search for.") }
        guard clauses.contains(where: { !$0.isExcluded }) else {
            throw VeilleError(.query, "The query only excludes words (-word); say what to look for as well.")
        }
        self.clauses = clauses
    }

    /// The FTS5 MATCH expression.
    public var ftsExpression: String {
        let wanted = clauses.filter { !$0.isExcluded }.map(Self.expression).joined(separator: " AND ")
        let excluded = clauses.filter(\.isExcluded).map(Self.expression)
        guard !excluded.isEmpty else { return wanted }
        return "(\(wanted)) NOT (\(excluded.joined(separator: " OR ")))"
    }

    private static func expression(_ clause: Clause) -> String {
        let parts = clause.alternatives.map { part in
            let term: String
            switch part.term {
            case .word(let word): term = quoted(word)
            case .phrase(let words): term = quoted(words.map { "=" + $0 }.joined(separator: " "))
            case .prefix(let words): term = quoted(words.map { "=" + $0 }.joined(separator: " ")) + "*"
            }
            return part.field.map { "\($0.rawValue) : \(term)" } ?? term
        }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Lexeme {
        var text: String
        var quoted = false
        var excluded = false
        var field: Field?
    }

    /// One word or quoted phrase, with its `-` and `field:` prefixes.
    private static func nextLexeme(_ rest: inout Substring, query: String) throws(VeilleError) -> Lexeme {
        var lexeme = Lexeme(text: "")
        if rest.first == "-", rest.dropFirst().first.map({ !$0.isWhitespace }) ?? false {
            lexeme.excluded = true
            rest = rest.dropFirst()
        }
        if let colon = rest.prefix(while: { !$0.isWhitespace && $0 != "\"" }).firstIndex(of: ":"),
            let field = fieldNames[rest[..<colon].lowercased()]
        {
            lexeme.field = field
            rest = rest[rest.index(after: colon)...]
        }
        if rest.first == "\"" {
            let afterQuote = rest.dropFirst()
            guard let end = afterQuote.firstIndex(of: "\"") else {
                throw VeilleError(.query, "The query has an opening quote without a closing one: \(query)")
            }
            lexeme.text = String(afterQuote[..<end])
            lexeme.quoted = true
            rest = afterQuote[afterQuote.index(after: end)...]
            if rest.first == "*" { rest = rest.dropFirst() }
            return lexeme
        }
        let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? rest.endIndex
        lexeme.text = String(rest[..<end])
        rest = rest[end...]
        return lexeme
    }

    private static func term(_ lexeme: Lexeme) -> Term? {
        if lexeme.quoted {
            let words = FoldedText(lexeme.text).words
            return words.isEmpty ? nil : .phrase(words)
        }
        if lexeme.text.hasSuffix("*") {
            let words = FoldedText(String(lexeme.text.dropLast())).words
            return words.isEmpty ? nil : .prefix(words)
        }
        return FoldedText(lexeme.text).count > 0 ? .word(lexeme.text) : nil
    }
}
