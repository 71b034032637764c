/// Identifies a release's language, as an ISO 639-1 code, among the 33 of `profiles` and
/// `scripts`; and from it the language Veille stems and classifies in: French, English, or other.
///
/// - A text mostly in a script of its own (Cyrillic, Greek, Arabic, Hebrew, Han, kana, Hangul,
///   Thai, Devanagari) is told by its letters: Ukrainian and Bulgarian by the letters Russian
///   lacks or rarely uses, Persian by the letters Arabic lacks, Japanese by its kana.
/// - A text in Latin letters is told by its commonest short words, which every paragraph is full
///   of and which other languages use far less. A word shared by several languages ("de", "en")
///   counts for each of them by the inverse of how many share it, so it tips nothing alone.
///
/// Fewer than `minimumEvidence` points of evidence give "und" (undetermined), and `.other`.
public struct LanguageDetector: Sendable {
    /// At least this much stop-word evidence is needed before deciding: three words of one language only.
    private static let minimumEvidence = 3.0

    /// How much of a text is read: a sample decides, so the rest of a long release is not folded
    /// here only to be folded again by the classifier.
    static let sampleBytes = 16_384

    /// Every code the detector gives, "und" aside: those of `profiles`, then those of scripts.
    public static let codes: [String] =
        profiles.map(\.code) + ["ru", "uk", "bg", "el", "he", "ar", "fa", "hi", "th", "ja", "zh", "ko"]

    /// Folded function words, per language.
    static let profiles: [(code: String, words: String)] = [
        ("en", "the of and to in is for on with that by was are be this from at as an it has have its were which their will been also not but or after between said who"),
        ("fr", "le la les des du de et est une un pour dans que qui sur au aux ce cette ces avec par pas ne sont ont il elle leur leurs nous vous ses son sa plus ete entre lors selon apres aussi mais ou"),
        ("de", "der die das und ist nicht ein eine einen dem den des mit auf fur von zu im sich auch als wie bei nach aus wird wurde sind oder aber noch werden hat haben uber dass vom zum zur"),
        ("es", "el la los las de del y en que es por con para una un se su sus al lo como mas pero fue son esta este entre sobre tambien ha han desde"),
        ("pt", "o a os as de do da dos das e em que para com um uma por no na nos nas se ao mais foi sao como pelo pela seu sua tambem entre sobre"),
        ("it", "il lo la gli le di del della dei delle e che per con un una non sono si da nel nella al alla anche come piu ma questo questa stato"),
        ("nl", "de het een en van in is op dat te met voor zijn niet ook aan als door maar bij om naar werd worden wordt deze dit uit heeft"),
        ("pl", "i w na z do nie sie to jest ze od za po jak oraz przez dla sa ktory ktora ktore ale tak jego jej juz tylko"),
        ("cs", "a v na se je z do to ze o s k jako pro ale by jsou byl bylo jeho ktery ktera ktere tak jak uz take"),
        ("sk", "a v na sa je z do to zo o s k ako pre ale by su bol bolo jeho ktory ktora ktore tak uz tiez"),
        ("sv", "och att det som en ett i pa ar av for med till den har inte om var de sig ocksa men fran eller"),
        ("da", "og at det som en et i pa er af for med til den har ikke om var de sig ogsa men fra eller"),
        ("no", "og at det som en et i pa er av for med til den har ikke om var de seg ogsa men fra eller"),
        ("fi", "ja on ei se etta oli ovat mutta kuin myos tai kun niin han sen mita joka jo vain"),
        ("ro", "si in de la cu pe o un a este sunt care din pentru nu mai sau fost ca ce"),
        ("hu", "a az es hogy nem egy is meg van mint de ez azt csak el volt ki"),
        ("tr", "ve bir bu da de icin ile olan gibi daha cok olarak ama en ne kadar sonra"),
        ("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke atau ada oleh"),
        ("ca", "el la els les de del i en que es per amb una un com mes pero al"),
        ("sw", "na ya wa kwa ni za katika la kama hii huo cha"),
        ("ha", "da a na ta ya ba wannan su shi za ga cikin kuma"),
    ]

    /// Each function word's weight per language: 1 / the number of languages that list it.
    private static let weights: [ArraySlice<UInt8>: [(language: Int, weight: Double)]] = {
        var languages: [ArraySlice<UInt8>: [Int]] = [:]
        for (position, profile) in profiles.enumerated() {
            for word in Set(profile.words.split(separator: " ")) { languages[ArraySlice(Array(word.utf8)), default: []].append(position) }
        }
        return languages.mapValues { list in list.map { ($0, 1 / Double(list.count)) } }
    }()

    func detect(_ text: String) -> Language { Self.language(of: identify(text)) }

    /// The processing language of an ISO code: French, English, or other.
    static func language(of code: String) -> Language {
        switch code {
        case "fr": .fr
        case "en": .en
        default: .other
        }
    }

    /// The ISO 639-1 code of the text's language, "und" when too little tells.
    func identify(_ text: String) -> String {
        let sample = String(decoding: text.utf8.prefix(Self.sampleBytes), as: UTF8.self)
        if let code = Self.byScript(sample) { return code }
        return identify(FoldedText(sample))
    }

    func identify(_ text: FoldedText) -> String {
        var scores = [Double](repeating: 0, count: Self.profiles.count)
        for index in 0..<text.count {
            let token = text.token(index)
            guard token.count <= 7, let entries = Self.weights[token] else { continue }
            for entry in entries { scores[entry.language] += entry.weight }
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= Self.minimumEvidence else {
            return "und"
        }
        return Self.profiles[best].code
    }

    /// The language a non-Latin script gives, when most letters are in one; nil for Latin text.
    static func byScript(_ text: String) -> String? {
        // Letters outside Latin take two or three UTF-8 bytes each, so a text mostly in one of those
        // scripts is mostly bytes of 0x80 and above; most releases are not, and skip the scalar walk.
        let utf8 = text.utf8
        guard utf8.reduce(0, { $0 + ($1 >= 0x80 ? 1 : 0) }) * 3 >= utf8.count else { return nil }
        var counts: [String: Int] = [:]
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if let script = script(of: scalar.value) { counts[script, default: 0] += 1 }
        }
        guard letters > 0, let (script, count) = counts.max(by: { $0.value < $1.value }), count * 2 > letters else { return nil }
        switch script {
        case "cyrillic":
            if text.unicodeScalars.contains(where: { "їєґ".unicodeScalars.contains($0) }) { return "uk" }
            let hard = text.unicodeScalars.filter { $0 == "ъ" }.count
            let soft = text.unicodeScalars.filter { "ыэё".unicodeScalars.contains($0) }.count
            return hard > soft * 2 && hard > 2 ? "bg" : "ru"
        case "arabic":
            return text.unicodeScalars.contains(where: { "پچژگ".unicodeScalars.contains($0) }) ? "fa" : "ar"
        case "kana":
            return "ja"
        case "han":
            return counts["kana", default: 0] * 10 > count ? "ja" : "zh"
        default:
            return script
        }
    }

    private static func script(of value: UInt32) -> String? {
        switch value {
        case 0x0400...0x04FF: "cyrillic"
        case 0x0370...0x03FF: "el"
        case 0x0590...0x05FF: "he"
        case 0x0600...0x06FF, 0x0750...0x077F: "arabic"
        case 0x0900...0x097F: "hi"
        case 0x0E00...0x0E7F: "th"
        case 0x3040...0x30FF: "kana"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: "han"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: "ko"
        default: nil
        }
    }
}
