import Foundation

/// Finds who published a text release from its copyright notice: "(© 2024 Afriquinfos)" or
/// "Copyright 2023 Le Monde".
enum SourceFinder {
    struct Notice: Equatable {
        var year: Int?
        var source: String?
    }

    /// The first copyright notice in `paragraphs`: its year and, when it names one, the publisher.
    /// A credit without a year that belongs to a picture is passed over (`creditsAPicture`).
    static func copyrightNotice(in paragraphs: [String]) -> Notice? {
        for paragraph in paragraphs {
            guard let (start, end) = notice(in: paragraph) else { continue }
            var rest = paragraph[end...].drop { $0 == " " }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let year = digits.count == 4 ? Int(digits) : nil
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
            let name = String(rest.prefix { !")–—-,;.\n|".contains($0) }).trimmedWhitespace
            if year == nil, creditsAPicture(before: paragraph[..<start], name: name) { continue }
            let source = (2...60).contains(name.count) && (name.first?.isUppercase ?? false) ? name : nil
            if year != nil || source != nil { return Notice(year: year, source: source) }
        }
        return nil
    }

    /// True when a credit without a year is a picture's: inside a word (a file name, "_©FFTir"),
    /// after a caption ("… au Sahel. © Studio graphique", "Niger. Février 2019 © MSF"), after
    /// "photo" or "crédit", or naming a photographer ("AFP par J. Wessels", "PHOTO X / AFP"). A
    /// publisher's notice stands alone on its line, or in brackets in a dateline
    /// ("Lomé, 5 mars (© Afriquinfos) –").
    static func creditsAPicture(before: Substring, name: String) -> Bool {
        if let glued = before.last, glued.isLetter || glued.isNumber || glued == "_" { return true }
        let lowered = name.lowercased()
        if lowered.contains("/") || lowered.contains(" par ") || lowered.contains(" by ") || lowered.hasPrefix("photo") {
            return true
        }
        let text = String(before).trimmedWhitespace
        if text.last == "(" { return false }
        let words = text.split { !$0.isLetter && !$0.isNumber }
        // "Tous droits de reproduction réservés © ATOP" is the publisher's footer.
        if words.contains(where: { rightsWords.contains($0.lowercased()) }) { return false }
        if let last = words.last, imageWords.contains(last.lowercased()) { return true }
        return words.count > 3 || text.last.map { ".!?»\"”".contains($0) } ?? false
    }

    private static let rightsWords: Set<String> = [
        "droits", "réservés", "rights", "reserved", "copyright", "derechos", "reservados", "rechte", "vorbehalten",
    ]

    private static let imageWords: Set<String> = [
        "photo", "photos", "crédit", "crédits", "credit", "credits", "image", "images", "illustration", "photographie", "foto",
        "bild",
    ]

    /// Where the first "©" (else "Copyright ", in any case) starts and where the text after it
    /// starts. Searched in UTF-8 bytes: Foundation's case-insensitive search cost more than the
    /// rest of this stage.
    private static func notice(in paragraph: String) -> (String.Index, String.Index)? {
        var paragraph = paragraph
        let found = paragraph.withUTF8 { bytes in
            ASCIIBytes.firstOffset(of: "\u{A9}", in: bytes).map { ($0, 2) }
                ?? ASCIIBytes.firstOffset(of: "copyright ", in: bytes).map { ($0, 10) }
        }
        guard let (offset, length) = found else { return nil }
        let start = paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: offset)
        return (start, paragraph.utf8.index(start, offsetBy: length))
    }
}
