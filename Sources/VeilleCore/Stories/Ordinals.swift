/// The ordinal numbers a release gives its event: "62ème session", "64e sommet", "22nd session".
/// Two releases that both number what they report, with no number in common, tell of two
/// editions of a recurring event (two ECOWAS summits a year apart), however alike their words.
enum Ordinals {
    /// Endings of a written ordinal after its digits, once folded ("62eme", "64e", "3rd").
    private static let endings: Set<String> = ["e", "eme", "ieme", "emes", "nd", "rd", "th"]
    /// Words after which the number is a date or an age, not an edition.
    private static let notEditions: Set<String> = ["siecle", "century", "anniversaire", "anniversary", "jour", "day"]

    /// The ordinals above 1 in `text` that are not part of a date ("22nd of May", "2e jour").
    static func all(in words: FoldedText) -> Set<Int> {
        var found = Set<Int>()
        for index in 0..<words.count {
            guard let number = ordinal(words.token(index)), number > 1 else { continue }
            if let next = nextWord(after: index, in: words), DateFinder.months[next] != nil || notEditions.contains(next) {
                continue
            }
            found.insert(number)
        }
        return found
    }

    /// False when both releases number their event and share no number.
    static func mayBeSameEvent(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
        a.isEmpty || b.isEmpty || !a.isDisjoint(with: b)
    }

    private static func ordinal(_ token: ArraySlice<UInt8>) -> Int? {
        let digits = token.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count <= 3, digits.count < token.count else { return nil }
        guard endings.contains(String(decoding: token.dropFirst(digits.count), as: UTF8.self)) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The next word that is not "of" or "de".
    private static func nextWord(after index: Int, in words: FoldedText) -> String? {
        var next = index + 1
        while next < words.count, ["of", "de", "du"].contains(words.word(next)) { next += 1 }
        return next < words.count ? words.word(next) : nil
    }
}
