import Foundation

/// Generated press releases for benchmarks: French and English, of realistic sizes, with the
/// topic vocabulary mixed into ordinary news language, and as HTML pages wrapped in the chrome
/// real sites carry (navigation, scripts, sidebars, footers). Deterministic for a seed, so two
/// runs measure the same work. The words are our own lists, not text from any publisher.
public struct SyntheticCorpus: Sendable {
    public struct Document: Sendable {
        public var name: String
        public var title: String
        public var paragraphs: [String]
        public var language: Language
        /// The file as it would be dropped in the inbox.
        public var bytes: [UInt8]
    }

    public var seed: UInt64

    public init(seed: UInt64 = 2026) { self.seed = seed }

    /// Document `number`: the same number always gives the same document.
    /// `html` wraps it in a page; `targetSize` is the approximate size in bytes of the file.
    public func document(_ number: Int, html: Bool, targetSize: Int) -> Document {
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        let language: Language = random.next() % 5 < 3 ? .fr : .en
        let words = Vocabulary.words(language)
        let topic = Vocabulary.topicWords(language)[Int(random.next() % 3)]
        let title = sentence(&random, words: words, topic: topic, length: 8 + Int(random.next() % 7), final: "")
        var paragraphs: [String] = []
        let textBudget = html ? min(targetSize / 4, 8_000) : targetSize
        var size = 0
        while size < textBudget {
            var sentences: [String] = []
            for _ in 0..<(2 + Int(random.next() % 4)) {
                sentences.append(sentence(&random, words: words, topic: topic, length: 12 + Int(random.next() % 18), final: "."))
            }
            let paragraph = sentences.joined(separator: " ")
            paragraphs.append(paragraph)
            size += paragraph.utf8.count + 2
        }
        let name = String(format: "%06d-%@.%@", number, language.rawValue, html ? "html" : "txt")
        let bytes =
            html
            ? PageChrome.page(title: title, paragraphs: paragraphs, language: language, random: &random, targetSize: targetSize)
            : Array((title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n").utf8)
        return Document(name: name, title: title, paragraphs: paragraphs, language: language, bytes: bytes)
    }

    /// A release as normalisation would produce it, for benchmarks of the later stages.
    public func release(_ number: Int, receivedAt: Date) -> Release {
        let document = document(number, html: false, targetSize: 2_000 + (number % 7) * 900)
        return Release(
            fileName: document.name, contentHash: String(format: "%016llx%08x", seed, number), format: .text,
            title: document.title, titleOrigin: .firstLine, body: document.paragraphs.joined(separator: "\n\n"),
            language: document.language, receivedAt: receivedAt)
    }

    private func sentence(_ random: inout SplitMix64, words: [String], topic: [String], length: Int, final: String) -> String {
        var parts: [String] = []
        for position in 0..<length {
            var word: String
            switch random.next() % 14 {
            case 0, 1: word = topic[Int(random.next() % UInt64(topic.count))]
            case 2: word = Self.name(&random)
            default:
                // Skewed towards the start of the list, where the common words are, as in real text.
                let u = Double(random.next() % 1_000_000) / 1_000_000
                word = words[min(words.count - 1, Int(Double(words.count) * u * u * u))]
            }
            if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            parts.append(word)
        }
        return parts.joined(separator: " ") + final
    }
}

extension SyntheticCorpus {
    static let syllables = ["ka", "lo", "mé", "to", "go", "ba", "ni", "sa", "ra", "dou", "ko", "ti", "ma", "na", "bé", "zi", "fa", "po"]

    /// A made-up proper name ("Kalomé", "Tidoufa"): the rare words of real text, 18³ of them.
    static func name(_ random: inout SplitMix64) -> String {
        let name = (0..<3).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SyntheticCorpus {
    /// `count` documents, alternating HTML pages of 15–80 KB and texts of 2–8 KB, or one kind only.
    public func documents(_ count: Int, kind: Kind, first: Int = 0) -> [Document] {
        (first..<first + count).map { document($0, kind: kind) }
    }

    /// Document `number` at the sizes of its kind: pages of 15–80 KB, texts of 2–8 KB.
    public func document(_ number: Int, kind: Kind) -> Document {
        let html = kind == .html || (kind == .mixed && number % 2 == 0)
        let size = html ? 15_000 + (number * 7_919) % 65_000 : 2_000 + (number * 3_571) % 6_000
        return document(number, html: html, targetSize: size)
    }

    public enum Kind: String, Sendable, CaseIterable {
        case html, text, mixed
    }
}
