import Foundation

/// Decides a release's title when the file does not state one: the first paragraph when it reads
/// as a headline, else the start of the first sentence.
enum TitleFinder {
    /// Longer first paragraphs are body text, not headlines.
    static let headlineMaximumLength = 220
    /// How much of the first sentence a made-up title keeps.
    static let madeUpTitleLength = 120

    /// True for a short line that does not end like a sentence.
    static func isHeadline(_ paragraph: String) -> Bool {
        guard paragraph.count <= headlineMaximumLength, let last = paragraph.last else { return false }
        return last != "." || paragraph.count <= 80
    }

    /// The first sentence of `paragraph`, cut at a word boundary with "…" when too long.
    /// Up to the first ".", "!" or "?" outside brackets and before a space or the end:
    /// "Caracas (OrinocoTribune.com) – …" is not cut inside its credit, nor "At 8 a.m. …" in its hour.
    private static func firstSentence(of text: Substring) -> Substring {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ".", "!", "?":
                // "8 a.m." and "OrinocoTribune.com" hold a dot that ends nothing.
                let next = text.index(after: index)
                guard depth == 0, next == text.endIndex || text[next].isWhitespace else { break }
                if text[index] == ".", next != text.endIndex, endsAbbreviation(text[..<index]) { break }
                return text[...index]
            default: break
            }
        }
        return text
    }

    /// "Bombe glacée Bombe glacée" → "Bombe glacée": a headline said twice on one line, as a page
    /// copied whole gives its heading and its image's caption.
    static func withoutRepeat(_ line: String) -> String {
        let words = line.split(separator: " ")
        guard words.count >= 4, words.count % 2 == 0 else { return line }
        let half = words.count / 2
        guard words[..<half].elementsEqual(words[half...]) else { return line }
        return words[..<half].joined(separator: " ")
    }

    /// Words shortened with a dot that a sentence goes on after: titles ("Mme", "Dr.", "Gen."),
    /// hours ("8 a.m."), initials ("J. Dupont", "U.S.").
    private static let abbreviations: Set<String> = [
        "mm", "mme", "mmes", "mlle", "dr", "pr", "prof", "mr", "mrs", "ms", "st", "ste", "gen", "lt", "col", "cdt",
        "capt", "sgt", "maj", "adm", "gov", "sen", "rep", "hon", "rev", "jr", "sr", "no", "n°", "vs", "a.m", "p.m", "u.s",
        "u.n", "u.k", "e.g", "i.e", "cf", "art", "av", "bd",
    ]

    /// True when the text before a dot ends on an abbreviation or an initial.
    private static func endsAbbreviation(_ text: Substring) -> Bool {
        let word = text.reversed().prefix { !$0.isWhitespace && $0 != "(" }.reversed()
        let folded = String(word).lowercased()
        if abbreviations.contains(folded) { return true }
        // A lone capital is an initial ("J. Dupont", "M. Dussey") far more often than a sentence's end.
        return word.count == 1 && word.first?.isUppercase == true
    }

    /// True for a paragraph that ends on a colon: it introduces what follows ("The following
    /// Security Council press statement was issued today by Council President …:").
    static func isLeadIn(_ paragraph: String) -> Bool {
        paragraph.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// Folded words a speech opens with to greet its audience, and nothing else.
    private static let greetingWords: Set<String> = [
        "merci", "beaucoup", "monsieur", "madame", "mesdames", "messieurs", "mademoiselle", "le", "la", "les", "et", "cher",
        "chers", "chere", "cheres", "president", "presidente", "secretaire", "excellence", "excellences", "honorables",
        "distingues", "invites", "amis", "collegues", "thank", "thanks", "you", "very", "much", "and", "mr", "mrs", "madam",
        "chair", "chairman", "chairperson", "secretary", "general", "excellency", "excellencies", "ladies", "gentlemen",
        "dear", "friends", "distinguished", "guests", "colleagues",
    ]

    /// True for a sentence that only greets ("Merci Monsieur le Président.", "Thank you, Madam
    /// Chair.", "Excellences, Mesdames et Messieurs,"): it opens a speech and says nothing of it.
    static func isGreeting(_ sentence: Substring) -> Bool {
        let words = FoldedText(String(sentence)).words
        return !words.isEmpty && words.count <= 12 && words.allSatisfy(greetingWords.contains)
    }

    static func madeUpTitle(from paragraph: String) -> String {
        // A numbered paragraph ("1. The Authority…") starts after its number.
        let start =
            paragraph.prefix(4).firstIndex(of: ".").flatMap { dot in
                paragraph[..<dot].allSatisfy(\.isNumber) ? paragraph.index(after: dot) : nil
            } ?? paragraph.startIndex
        var text = paragraph[start...].drop { $0 == " " }
        // "PARIS (Reuters) - Le président…": the sentence starts after the dateline.
        if let dateline = DatelineFinder.dateline(in: String(text.prefix(DatelineFinder.maximumLength))) {
            let rest = text.dropFirst(dateline.length)
            if !rest.isEmpty { text = rest.drop { $0 == " " } }
        }
        var sentence = firstSentence(of: text)
        // A first sentence that is chrome ("Mardi 10 décembre 2019.") or a speaker's greeting
        // ("Merci Monsieur le Président.") gives way to the next.
        while sentence.endIndex < text.endIndex, HeadlineChrome.isChrome(String(sentence)) || isGreeting(sentence) {
            text = text[sentence.endIndex...].drop { $0 == " " }
            sentence = firstSentence(of: text)
        }
        guard sentence.count > madeUpTitleLength else { return String(sentence) }
        let cut = sentence.prefix(madeUpTitleLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
