import GRDB
import GRDBSQLite

/// The FTS5 tokenizer `veille`, one per language: `tokenize='veille fr'`, `'veille en'`, or
/// `'veille none'` for releases in neither language.
///
/// It runs SQLite's unicode61 (case and accents folded; apostrophes, hyphens and punctuation
/// break words) and then, for each word of a release, indexes two tokens at the same position:
/// the word's stem in the release's language ("terroristes" → `terror`) and the folded word
/// itself marked with `=` (`=terroristes`). A query word is stemmed the same way, so
/// "terrorisme" finds "terroristes"; a query token that already starts with `=` is kept as it
/// is, which is how `SearchQuery` asks for exact words in quoted phrases and for prefixes.
///
/// It is a `FTS5CustomTokenizer` wrapping unicode61 at the byte level, as GRDB's
/// `FTS5WrapperTokenizer` does, but without making a Swift String of every token: indexing
/// calls it for every word of every release.
final class StemmingTokenizer: FTS5CustomTokenizer {
    static let name = "veille"
    /// Marks a token as a word as written (folded), not a stem.
    static let exactMark = UInt8(ascii: "=")

    private let wrapped: any FTS5Tokenizer
    private let stemmer: (any Stemmer)?

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(.unicode61(diacritics: .remove, tokenCharacters: ["="]))
        stemmer = Self.stemmer(for: arguments.first ?? "none")
    }

    static func stemmer(for language: String) -> (any Stemmer)? {
        switch language {
        case "fr": FrenchStemmer()
        case "en": EnglishStemmer()
        default: nil
        }
    }

    /// What the C callback needs, passed through unicode61's context pointer.
    private struct Session {
        var stemmer: (any Stemmer)?
        var isQuery: Bool
        /// snippet() and highlight() tokenize only to map token positions to byte offsets; the
        /// tokens' text is not compared, so the words go through unstemmed and without synonyms.
        var isAuxiliary: Bool
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
        var word: [UInt8] = []
        var output: [UInt8] = []

        mutating func accept(_ flags: CInt, _ token: UnsafePointer<CChar>?, _ length: CInt, _ start: CInt, _ end: CInt) -> CInt {
            guard let token, length > 0 else { return SQLITE_OK }
            if isAuxiliary { return callback(context, flags, token, length, start, end) }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(token).assumingMemoryBound(to: UInt8.self), count: Int(length))
            LigatureFolding.fold(bytes, into: &word)
            if word.first == StemmingTokenizer.exactMark {
                // A query's exact word or prefix, or a document word with a stray "=": as it is.
                return emit(word, flags, start, end)
            }
            let stemmed = word.withUnsafeBufferPointer { buffer -> [UInt8] in
                guard let stemmer else { return word }
                stemmer.stem(buffer, into: &output)
                return output
            }
            let code = emit(stemmed, flags, start, end)
            guard code == SQLITE_OK, !isQuery else { return code }
            word.insert(StemmingTokenizer.exactMark, at: 0)
            return emit(word, flags | FTS5_TOKEN_COLOCATED, start, end)
        }

        private func emit(_ bytes: [UInt8], _ flags: CInt, _ start: CInt, _ end: CInt) -> CInt {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    callback(context, flags, chars.baseAddress, CInt(chars.count), start, end)
                }
            }
        }
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        var session = Session(
            stemmer: stemmer, isQuery: tokenization.contains(.query), isAuxiliary: tokenization.contains(.aux), context: context,
            callback: tokenCallback)
        return withUnsafeMutablePointer(to: &session) { pointer in
            wrapped.tokenize(context: pointer, tokenization: tokenization, pText: pText, nText: nText) {
                session, flags, token, length, start, end in
                guard let session = session?.assumingMemoryBound(to: Session.self) else { return SQLITE_ERROR }
                return session.pointee.accept(flags, token, length, start, end)
            }
        }
    }
}

/// unicode61 keeps œ and æ as letters; release text and queries may write them "oe" and "ae".
enum LigatureFolding {
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into word: inout [UInt8]) {
        word.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC5, index + 1 < bytes.count, bytes[index + 1] == 0x93 || bytes[index + 1] == 0x92 {
                word.append(contentsOf: [UInt8(ascii: "o"), UInt8(ascii: "e")])
                index += 2
            } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] == 0xA6 || bytes[index + 1] == 0x86 {
                word.append(contentsOf: [UInt8(ascii: "a"), UInt8(ascii: "e")])
                index += 2
            } else {
                word.append(byte)
                index += 1
            }
        }
    }
}
