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
            guard let range = paragraph.range(of: "©") ?? paragraph.range(of: "Copyright ", options: .caseInsensitive)
            else { continue }
            var rest = paragraph[range.upperBound...].drop { $0 == " " }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let year = digits.count == 4 ? Int(digits) : nil
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
            let name = rest.prefix { !")–—-,;.\n|".contains($0) }.trimmingCharacters(in: .whitespaces)
            let source = (2...60).contains(name.count) && (name.first?.isUppercase ?? false) ? name : nil
            if year != nil || source != nil { return Notice(year: year, source: source) }
        }
        return nil
    }
}
