import Foundation

/// The daemon's settings, from `veille.yaml` and then `VEILLE_*` environment variables.
///
/// Paths are absolute once loaded. In the file, a relative path is taken from the folder that
/// holds the file, so `Config/veille.yaml` can say `inbox: ../Inbox` and work from any directory.
public struct Settings: Sendable, Equatable {
    /// The folder people drop releases into.
    public var inbox: String
    /// The folder that holds the index, archive, quarantine and digests.
    public var state: String
    /// Seconds between two looks at the inbox; inotify wakes the daemon sooner where it works.
    public var pollInterval: Double
    /// The time zone whose calendar day a digest covers.
    public var timeZone: TimeZone
    /// Larger files are refused without being read.
    public var maxFileSize: Int
    /// The language of the digest's headings.
    public var digestLanguage: DigestLanguage
    /// The folder of topic definitions, one YAML file per topic.
    public var topics: String
    /// The file of boilerplate rules for copied pages.
    public var boilerplate: String
    /// Whether inotify wakes the daemon as soon as a file arrives. Off, the inbox is only polled,
    /// as on a network mount, where inotify sees nothing.
    public var inotify = true
    /// The folder of the entity gazetteer: `countries.yaml` and `organisations.yaml`.
    public var entities: String
    /// Run with the digest's path as its argument after a day's digest changes, when set.
    public var digestCommand: String?
    /// The most weight, from 0 to 1, that what analysts' labels teach gets against the topic rules;
    /// 0 leaves the rules alone. See `BlendedClassifier`.
    public var learnedWeight = 0.5
    /// The base topic model written by `veille train`, blended with the rules; nil: rules alone.
    public var model: String?
    /// The watch list: what the desk follows (see `WatchList`).
    public var watchList = ""
    /// Whether the digest lists the stories no topic claims, one line each.
    public var digestOther = true
    /// The most pages and seconds one PDF may cost to read.
    public var pdfLimits = PDFLimits()

    public init(
        inbox: String, state: String, pollInterval: Double = 2, timeZone: TimeZone,
        maxFileSize: Int = 10 * 1024 * 1024, digestLanguage: DigestLanguage = .en, topics: String,
        boilerplate: String, entities: String? = nil, digestCommand: String? = nil
    ) {
        self.inbox = inbox
        self.state = state
        self.pollInterval = pollInterval
        self.timeZone = timeZone
        self.maxFileSize = maxFileSize
        self.digestLanguage = digestLanguage
        self.topics = topics
        self.boilerplate = boilerplate
        self.entities = entities ?? ((topics as NSString).deletingLastPathComponent as NSString).appendingPathComponent("entities")
        self.digestCommand = digestCommand
        watchList = ((topics as NSString).deletingLastPathComponent as NSString).appendingPathComponent("watchlist.yaml")
    }

    /// The state folder's layout, derived from `state`.
    public var layout: StateLayout { StateLayout(root: state) }
}

/// The languages the digest's own words are written in.
public enum DigestLanguage: String, Sendable, CaseIterable {
    case en
    case fr
}
