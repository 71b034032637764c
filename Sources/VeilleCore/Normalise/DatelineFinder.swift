import Foundation

/// Reads the dateline that opens a release's first paragraph: "LOMÉ, 12 mars 2025 –", "Lomé, le
/// 12 mars –", "Abidjan – ", and the agency's credit that wires put in it: "PARIS (Reuters) -",
/// "Dakar, 5 mai (APS) –", "Téhéran (IRNA)-", "Bamako, 26 février (AMAP) Un atelier…".
enum DatelineFinder {
    /// What a dateline says, and where the text after it starts.
    struct Dateline: Equatable {
        /// In the capitalisation a reader expects ("LOMÉ" → "Lomé").
        var place: String?
        /// The agency or paper credited in brackets ("Reuters", "Togo Presse"), if any.
        var credit: String?
        /// How many characters of the paragraph the dateline takes, its dash included.
        var length: Int
    }

    /// A dateline ends with its dash within this many characters.
    static let maximumLength = 90
    private static let dashes = [" – ", " — ", " - ", " -- "]
    private static let dashCharacters: Set<Character> = ["-", "–", "—"]
    /// Words in brackets after a place that credit no one: "(photo)", "(vidéo)".
    private static let notCredits: Set<String> = ["photo", "photos", "video", "vidéo", "audio", "live", "direct", "updated"]

    /// The dateline's place, or nil.
    static func place(in paragraph: String) -> String? { dateline(in: paragraph)?.place }

    static func dateline(in paragraph: String) -> Dateline? {
        let head = paragraph.prefix(maximumLength)
        if let credited = creditedDateline(in: head) { return credited }
        guard let dash = dashes.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        let line = head[..<dash.lowerBound]
        let end = line.firstIndex { $0 == "," || $0 == "(" } ?? line.endIndex
        let rest = line[end...]
        guard let place = place(line[..<end]), rest.isEmpty || rest.contains("©") || rest.contains(where: \.isNumber) else {
            return nil
        }
        let credit = rest.contains("©") ? self.credit(rest.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }) : nil
        return Dateline(place: place, credit: credit, length: head.distance(from: head.startIndex, to: dash.upperBound))
    }

    /// "PLACE[, date] (Credit)" then a dash, or a capital that starts the text.
    private static func creditedDateline(in head: Substring) -> Dateline? {
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")"),
            let credit = credit(head[head.index(after: open)..<close])
        else { return nil }
        let before = head[..<open].trimmingCharacters(in: .whitespaces)
        let comma = before.firstIndex(of: ",") ?? before.endIndex
        // After the place, only a date: "Dakar, 5 mai", "N’DJAMENA, 4 juin"; or a date alone, "23 février (Reuters) -".
        let place = place(before[..<comma])
        if place != nil {
            guard before[comma...].isEmpty || before[comma...].contains(where: \.isNumber) else { return nil }
        } else {
            let words = FoldedText(before).words
            guard !words.isEmpty, words.count <= 4, words.contains(where: { $0.allSatisfy(\.isNumber) }),
                words.allSatisfy({ $0.allSatisfy(\.isNumber) || DateFinder.months[$0] != nil })
            else { return nil }
        }
        var end = head.index(after: close)
        end = head[end...].firstIndex { $0 != " " } ?? head.endIndex
        if end < head.endIndex, dashCharacters.contains(head[end]) {
            end = head[head.index(after: end)...].firstIndex { $0 != " " } ?? head.endIndex
        } else if !(end < head.endIndex && head[end].isUppercase) {
            return nil
        }
        return Dateline(place: place, credit: credit, length: head.distance(from: head.startIndex, to: end))
    }

    /// A place of one to four capitalised words, without digits.
    private static func place(_ text: Substring) -> String? {
        let place = text.trimmingCharacters(in: .whitespaces)
        let words = place.split(separator: " ")
        guard (1...4).contains(words.count), (2...40).contains(place.count),
            words.allSatisfy({ $0.first?.isUppercase == true || ["de", "du", "la", "le", "sur", "d’"].contains($0) }),
            !place.contains(where: { $0.isNumber })
        else { return nil }
        return place == place.uppercased() ? capitalised(place) : place
    }

    /// "N’DJAMENA" → "N’Djamena", "SAINT-LOUIS" → "Saint-Louis": each word and each part after
    /// a hyphen, or after an elided letter, starts with a capital.
    private static func capitalised(_ place: String) -> String {
        var result = ""
        var startsPart = true
        var previous: [Character] = []
        for character in place {
            result.append(startsPart ? Character(character.uppercased()) : Character(character.lowercased()))
            previous.append(character)
            let elided = (character == "’" || character == "'") && previous.count == 2
            startsPart = character == " " || character == "-" || elided
            if character == " " || character == "-" { previous = [] }
        }
        return result
    }

    /// A credit of one to four words, each capitalised ("Reuters", "APS", "Togo Presse",
    /// "OrinocoTribune.com"), after a "© 2024" if any; nil for "(photo)" or a lower-case aside.
    private static func credit(_ text: Substring) -> String? {
        let words = text.split(separator: " ").filter { $0 != "©" && !$0.allSatisfy(\.isNumber) }
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
            !words.contains(where: { notCredits.contains($0.lowercased()) })
        else { return nil }
        return words.joined(separator: " ")
    }
}
