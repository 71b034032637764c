/// Lines of page chrome that copied press releases carry ("Partager", "3 Min de Lecture",
/// "Recent Posts" lists, comment forms), as listed in `Config/boilerplate.yaml`.
public struct BoilerplateRules: Sendable, Equatable {
    /// A paragraph matching one of these is dropped.
    public var lines: [LinePattern]
    /// A paragraph matching one of these opens a block of chrome that runs to the end of the text.
    public var tailMarkers: [LinePattern]
    /// A paragraph matching one of these heads a list of teasers ("Lire aussi", "Recent Posts"):
    /// it goes, and so do the short paragraphs after it, up to the next paragraph of body text.
    public var listHeadings: [LinePattern]

    public init(lines: [LinePattern], tailMarkers: [LinePattern], listHeadings: [LinePattern] = []) {
        self.lines = lines
        self.tailMarkers = tailMarkers
        self.listHeadings = listHeadings
    }

    public static let none = BoilerplateRules(lines: [], tailMarkers: [])
}

/// A whole-line pattern over folded words: `#` stands for a number, `*` for any words.
/// "# min de lecture" matches "3 Min de Lecture"; "stagiaire *" matches "Stagiaire AKAKPO K.".
public struct LinePattern: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case word([UInt8])
        case number
        case anything
    }

    public let text: String
    let pieces: [Piece]
    /// How many tokens a matching line has at least, and at most (nil with a `*`): most
    /// paragraphs are refused on their length alone, without walking the pattern.
    let minimumTokens: Int
    let maximumTokens: Int?

    /// nil when the pattern holds no word, number or wildcard.
    public init?(_ text: String) {
        var pieces: [Piece] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            switch word {
            case "#": pieces.append(.number)
            case "*": pieces.append(.anything)
            default:
                let folded = FoldedText(String(word))
                for index in 0..<folded.count { pieces.append(.word(Array(folded.token(index)))) }
            }
        }
        guard !pieces.isEmpty else { return nil }
        self.text = text
        self.pieces = pieces
        minimumTokens = pieces.filter { $0 != .anything }.count
        maximumTokens = pieces.contains(.anything) ? nil : minimumTokens
    }

    /// True when the whole of `line` matches.
    public func matches(_ line: FoldedText) -> Bool {
        guard line.count >= minimumTokens, maximumTokens.map({ line.count <= $0 }) ?? true else { return false }
        return match(piece: 0, token: 0, in: line)
    }

    private func match(piece: Int, token: Int, in line: FoldedText) -> Bool {
        guard piece < pieces.count else { return token == line.count }
        switch pieces[piece] {
        case .anything:
            return (token...line.count).contains { match(piece: piece + 1, token: $0, in: line) }
        case .number:
            guard token < line.count, line.token(token).allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            return match(piece: piece + 1, token: token + 1, in: line)
        case .word(let word):
            guard token < line.count, line.token(token).elementsEqual(word) else { return false }
            return match(piece: piece + 1, token: token + 1, in: line)
        }
    }
}
