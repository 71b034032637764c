/// Tells French from English by their commonest short words, which every paragraph of either
/// language is full of and which the other language barely uses.
struct LanguageDetector: Sendable {
    private static let french = Self.set(
        "le la les des du de et est une un pour dans que qui sur au aux ce cette ces avec par pas ne sont ont il elle leur "
            + "leurs nous vous ses son sa plus ete entre lors selon apres aussi mais ou"
    )
    private static let english = Self.set(
        "the of and to in is for on with that by was are be this from at as an it has have its were which their will "
            + "been also not but or after between said who"
    )

    /// At least this many stop words are needed before deciding; fewer give `.other`.
    private static let minimumEvidence = 5

    /// How much of a text is read: a sample decides, so the rest of a long release is not folded
    /// here only to be folded again by the classifier.
    static let sampleBytes = 16_384

    func detect(_ text: String) -> Language {
        detect(FoldedText(String(decoding: text.utf8.prefix(Self.sampleBytes), as: UTF8.self)))
    }

    func detect(_ text: FoldedText) -> Language {
        var counts = (fr: 0, en: 0)
        for index in 0..<text.count {
            let token = text.token(index)
            guard token.count <= 7 else { continue }
            if Self.french.contains(token) { counts.fr += 1 }
            if Self.english.contains(token) { counts.en += 1 }
        }
        guard max(counts.fr, counts.en) >= Self.minimumEvidence else { return .other }
        if counts.fr > counts.en * 2 { return .fr }
        if counts.en > counts.fr * 2 { return .en }
        return counts.fr >= counts.en ? .fr : .en
    }

    private static func set(_ words: String) -> Set<ArraySlice<UInt8>> {
        Set(words.split(separator: " ").map { ArraySlice(Array($0.utf8)) })
    }
}
