import Foundation

/// Finds who published a text release from its copyright notice: "(© 2024 Afriquinfos)" or
/// "Copyright 2023 Le Monde".
enum SourceFinder {
    struct Notice: Equatable {
        var year: Int?
        var source: String?
    }

    /// The first copyright notice in `paragraphs`: its year and, when it names one, the publisher.
    static func copyrightNotice(in paragraphs: [String]) -> Notice? {
        for paragraph in paragraphs {
            guard let end = noticeEnd(in: paragraph) else { continue }
            var rest = paragraph[end...].drop { $0 == " " }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let year = digits.count == 4 ? Int(digits) : nil
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
            let name = String(rest.prefix { !")–—-,;.\n|".contains($0) }).trimmedWhitespace
            let source = (2...60).contains(name.count) && (name.first?.isUppercase ?? false) ? name : nil
            if year != nil || source != nil { return Notice(year: year, source: source) }
        }
        return nil
    }

    /// Where the text after the first "©" (else after "Copyright ", in any case) starts. Searched
    /// in UTF-8 bytes: Foundation's case-insensitive search cost more than the rest of this stage.
    private static func noticeEnd(in paragraph: String) -> String.Index? {
        var paragraph = paragraph
        let offset = paragraph.withUTF8 { bytes in
            ASCIIBytes.firstOffset(of: "\u{A9}", in: bytes).map { $0 + 2 }
                ?? ASCIIBytes.firstOffset(of: "copyright ", in: bytes).map { $0 + 10 }
        }
        return offset.map { paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: $0) }
    }
}
