/// The sentences of a release that may stand in a story's summary: what a reader takes for the
/// news, not the page around it. A photo's caption and its credit, a list of names and a
/// paragraph's number read like sentences, and a caption names the story's people and places as
/// often as its best sentence does; so they are left out here rather than outranked later.
enum SummaryCandidates {
    /// Marks of a photo's caption or credit, lowercased: "(left)", "© AFP", "Handout via REUTERS".
    static let captionMarks = [
        "(left)", "(right)", "(center)", "(centre)", "(l)", "(r)", "(l-r)", "(from left)", "(gauche)", "(droite)", "(à gauche)",
        "(à droite)", "(au centre)", "(de g. à d.)", "photo:", "photo :", "(photo", "[photo", "photo dr", "ph. dr", "©",
        "crédit photo", "photo credit", "credit:", "crédit :", "getty images", "handout via", "/handout", "via reuters", "/afp",
        "/ afp", "afp/", "ap photo", "afp photo", "epa photo", "reuters photo",
    ]
    /// Two content words said this many times each in one sentence make it a list ("…, President
    /// of the Republic of The Gambia, …, President of the Republic of Liberia, …"); one alone may
    /// be a long sentence's subject ("le Togo … au Togo … du Togo").
    static let listRepeats = 3

    /// `body`'s sentences in order, each paragraph's number taken off ("2- ", "1. ") and a
    /// headline run into the first sentence ("Headline The intercepted arms…") cut off; the
    /// headline said again in the body is not a sentence of it.
    /// A line that does not end as a sentence does (a heading, a list's item, a name and an
    /// office) is kept only when the release has no sentence that does.
    static func sentences(of body: String, title: String) -> [String] {
        let kept = candidates(of: body, title: title)
        let ended = kept.filter(endsAsSentence)
        return ended.isEmpty ? kept : ended
    }

    /// Ends on ".", "!", "?", "…" or a closing quote.
    static func endsAsSentence(_ sentence: String) -> Bool {
        guard let last = sentence.unicodeScalars.last else { return false }
        return ".!?…»\"”".unicodeScalars.contains(last)
    }

    private static func candidates(of body: String, title: String) -> [String] {
        var kept: [String] = []
        var continues = false
        for paragraph in Array(body.utf8).split(separator: 0x0A, omittingEmptySubsequences: true) {
            let sentences = Lead.sentences(in: paragraph).map { withoutHeadline(withoutNumber($0), title: title) }
            let captions = sentences.map(isCaption)
            // A paragraph after one that stops on ";" or "," goes on with its sentence: its first
            // "sentence" is the end of another ("Plaidoyer pour…", a programme's title, a permis…").
            let startsMidSentence = continues
            continues = paragraph.last(where: { $0 != 0x20 }).map { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") } ?? false
            for (index, sentence) in sentences.enumerated() {
                if captions[index] || sentence == title || (index == 0 && startsMidSentence) { continue }
                // The sentence before a credit is the caption it credits.
                if index + 1 < sentences.count, captions[index + 1], !sentence.hasSuffix(":") { continue }
                if isList(sentence) { continue }
                kept.append(sentence)
            }
        }
        return kept
    }

    static func isCaption(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return captionMarks.contains(where: lower.contains)
    }

    /// True when two content words (four letters or more, not stop words) come `listRepeats`
    /// times each.
    static func isList(_ sentence: String) -> Bool {
        let folded = FoldedText(sentence)
        var counts: [String: Int] = [:]
        var repeated = 0
        for index in 0..<folded.count {
            let token = folded.token(index)
            guard token.count >= 4, !StopWords.contains(token) else { continue }
            let word = String(decoding: token, as: UTF8.self)
            counts[word, default: 0] += 1
            if counts[word] == listRepeats { repeated += 1 }
            if repeated == 2 { return true }
        }
        return false
    }

    /// "2- During this visit…" → "During this visit…"; "1. The Authority…" → "The Authority…".
    /// One or two digits, then "-", "." or ")", then a space; a year or a figure is left alone.
    static func withoutNumber(_ sentence: String) -> String {
        let bytes = Array(sentence.utf8)
        var index = 0
        while index < bytes.count, index < 2, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard index > 0, index + 1 < bytes.count,
            [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[index]),
            bytes[index + 1] == 0x20
        else { return sentence }
        return String(decoding: bytes[(index + 2)...], as: UTF8.self)
    }

    /// The sentence without the release's headline run into its start, when a sentence follows it.
    private static func withoutHeadline(_ sentence: String, title: String) -> String {
        guard !title.isEmpty, !title.hasSuffix("…"), sentence.count > title.count + 40, sentence.hasPrefix(title + " ") else {
            return sentence
        }
        return String(sentence.dropFirst(title.count + 1))
    }
}
