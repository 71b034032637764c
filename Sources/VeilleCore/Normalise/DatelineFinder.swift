import Foundation

/// Finds the place a release was written from in the dateline that opens its first paragraph:
/// "LOMÉ, 12 mars 2025 –", "Lomé, le 12 mars –", "Lomé (© 2024 Togo Presse) –", "Abidjan – ".
enum DatelineFinder {
    /// A dateline ends with its dash within this many characters.
    private static let maximumLength = 90
    private static let dashes = [" – ", " — ", " - ", " -- "]

    /// The place, in the capitalisation a reader expects ("LOMÉ" → "Lomé"), or nil.
    static func place(in paragraph: String) -> String? {
        let head = paragraph.prefix(maximumLength)
        guard let dash = dashes.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        let dateline = head[..<dash.lowerBound]
        let end = dateline.firstIndex { $0 == "," || $0 == "(" } ?? dateline.endIndex
        let place = dateline[..<end].trimmingCharacters(in: .whitespaces)
        let rest = dateline[end...]
        let words = place.split(separator: " ")
        guard (1...4).contains(words.count), (2...40).contains(place.count),
            words.allSatisfy({ $0.first?.isUppercase == true || ["de", "du", "la", "le", "sur", "d’"].contains($0) }),
            !place.contains(where: { $0.isNumber }),
            rest.isEmpty || rest.contains("©") || rest.contains(where: { $0.isNumber })
        else { return nil }
        return place == place.uppercased() ? place.capitalized : place
    }
}
