import Foundation

/// A press release as it flows through the pipeline: each stage fills in what it knows.
///
/// Intake gives the file and its bytes' hash, normalisation the text and metadata,
/// classification the topics and entities. The index stores it whole; the digest reads it back.
public struct Release: Sendable, Equatable {
    /// The file's name as it was dropped in the inbox.
    public var fileName: String
    /// SHA-256 of the file's bytes, in lowercase hex: the same content is indexed once.
    public var contentHash: String
    public var format: ReleaseFormat
    public var title: String
    /// Where the title came from; a title made from the first sentence says nothing the body does not.
    public var titleOrigin: TitleOrigin
    /// Paragraphs in reading order, separated by a blank line.
    public var body: String
    public var language: Language
    /// The language identified, as an ISO 639-1 code ("de", "es"), "und" when too little tells;
    /// nil for releases indexed before Veille told more than French and English apart.
    public var languageCode: String?
    public var published: PublicationDate?
    /// Where `published` was found.
    public var dateOrigin: DateOrigin?
    /// The outlet or publisher, when the release names one.
    public var source: String?
    /// Where `source` was found.
    public var sourceOrigin: SourceOrigin?
    /// The dateline's place: "Lomé" in "LOMÉ, 12 mars –" or "Lomé (© 2024 Togo Presse) –".
    public var place: String?
    /// Who wrote it, when the page or a byline says.
    public var author: String?
    public var receivedAt: Date
    /// Every topic that scored above zero, assigned or not, in the order of the topic files.
    public var topics: [TopicScore]
    /// The countries, organisations and people it names, most mentioned first.
    public var entities: [Entity] = []

    public init(
        fileName: String, contentHash: String, format: ReleaseFormat, title: String,
        titleOrigin: TitleOrigin = .firstLine, body: String, language: Language, published: PublicationDate? = nil,
        source: String? = nil,
        receivedAt: Date, topics: [TopicScore] = []
    ) {
        self.fileName = fileName
        self.contentHash = contentHash
        self.format = format
        self.title = title
        self.titleOrigin = titleOrigin
        self.body = body
        self.language = language
        self.published = published
        self.source = source
        self.receivedAt = receivedAt
        self.topics = topics
    }

    /// The topics the classifier (or, later, an analyst) assigned.
    public var assignedTopics: [String] { topics.filter(\.assigned).map(\.topic) }

    /// The topics whose decision is uncertain (see `TopicScore.isUncertain`), given each topic's threshold.
    public func uncertainTopics(thresholds: [String: Double]) -> [String] {
        topics.filter { $0.isUncertain(threshold: thresholds[$0.topic] ?? 0.5) }.map(\.topic)
    }
}

/// How the release reached us, which decides how it is normalised.
public enum ReleaseFormat: String, Sendable, Codable {
    case text
    case html
    /// An e-mail (RFC 5322 and MIME), `.eml`: its body or an attached release.
    case mail
    /// A PDF document's text layer, read with poppler.
    case pdf
}

/// Where a release's title was found.
public enum TitleOrigin: String, Sendable, Codable {
    /// The page's og:title.
    case metadata
    /// The page's first h1.
    case heading
    /// The page's `<title>`, without the site's name.
    case documentTitle = "document-title"
    /// A text's first line, which reads as a headline.
    case firstLine = "first-line"
    /// An e-mail's Subject, without "Fwd:" or "TR:".
    case mailSubject = "mail-subject"
    /// A PDF's Title in its document information.
    case documentInfo = "document-info"
    /// Nothing stated one: the start of the first sentence stands in.
    case firstSentence = "first-sentence"

    /// True when the title is the release's own headline rather than a piece of its body.
    public var isHeadline: Bool { self != .firstSentence }
}

/// The language of a release's text, as far as Veille tells them apart.
public enum Language: String, Sendable, Codable, CaseIterable {
    case fr
    case en
    case other
}

/// A topic's score for one release, with the terms that produced it.
public struct TopicScore: Sendable, Equatable, Codable {
    public var topic: String
    public var score: Double
    /// Filed under the topic: the classifier's decision, unless an analyst corrected it.
    public var assigned: Bool
    /// The terms that weighed most, strongest first.
    public var evidence: [Evidence]
    /// An analyst decided `assigned` with `veille label`; the classifier no longer does.
    public var corrected: Bool
    /// What the model learned from analysts' labels gave, from 0 to 1, when it took part in `score`.
    public var learned: Double?
    /// The base model's own probability (see `TopicModel`), when it took part in `score`.
    public var model: Double?

    public init(
        topic: String, score: Double, assigned: Bool, evidence: [Evidence], corrected: Bool = false, learned: Double? = nil,
        model: Double? = nil
    ) {
        self.topic = topic
        self.score = score
        self.assigned = assigned
        self.evidence = evidence
        self.corrected = corrected
        self.learned = learned
        self.model = model
    }
}

extension TopicScore {
    /// The classifier's score lies within `BlendedClassifier.uncertainty` of the threshold and no
    /// analyst has decided: a decision to check, and the kind whose label teaches most.
    public func isUncertain(threshold: Double) -> Bool {
        !corrected && abs(score - threshold) < BlendedClassifier.uncertainty
    }
}

/// One configured term found in a release: how often, and whether the title has it.
public struct Evidence: Sendable, Equatable, Codable {
    public var term: String
    public var count: Int
    public var inTitle: Bool

    public init(term: String, count: Int, inTitle: Bool) {
        self.term = term
        self.count = count
        self.inTitle = inTitle
    }

    /// "term ×3 (title)", as the digest and `veille show` print it.
    public var summary: String {
        var text = count > 1 ? "\(term) ×\(count)" : term
        if inTitle { text += " (title)" }
        return text
    }
}
