import Foundation

/// A file taken from the inbox, read and hashed: what normalisation starts from.
public struct InboxFile: Sendable {
    /// The name it had in the inbox.
    public var name: String
    public var bytes: [UInt8]
    public var contentHash: String
    public var receivedAt: Date

    public init(name: String, bytes: [UInt8], contentHash: String, receivedAt: Date) {
        self.name = name
        self.bytes = bytes
        self.contentHash = contentHash
        self.receivedAt = receivedAt
    }
}

/// The Normalise stage: turns a text, HTML, e-mail or PDF file into a release's title, body
/// paragraphs, language, publication date and source, or says in one sentence why it cannot.
public struct Normaliser: Sendable {
    public var boilerplate: BoilerplateRules
    public var timeZone: TimeZone
    /// The most a PDF may cost to read.
    public var pdfLimits = PDFLimits()

    public init(boilerplate: BoilerplateRules, timeZone: TimeZone) {
        self.boilerplate = boilerplate
        self.timeZone = timeZone
    }

    /// The normaliser the configuration describes: its boilerplate, time zone and PDF limits.
    public init(configuration: Configuration) {
        self.init(boilerplate: configuration.boilerplate, timeZone: configuration.settings.timeZone)
        pdfLimits = configuration.settings.pdfLimits
    }

    /// The file's release: for an e-mail that carries several, the first (see `normaliseAll`).
    public func normalise(_ file: InboxFile) throws(VeilleError) -> Release {
        try normaliseAll(file)[0]
    }

    /// Every release the file carries: one, or one per release attached to a cover-note e-mail.
    /// The first has the file's content hash; the next ones that hash with "#2", "#3"… after it,
    /// so that each is indexed once and a copy of the mail is a duplicate of the first. An
    /// attachment that gives no release (a scan) is left out while another gives one; it stays
    /// in the archived mail.
    public func normaliseAll(_ file: InboxFile) throws(VeilleError) -> [Release] {
        try ContentSniffer.checkReadable(file.bytes, path: file.name)
        let cleaner = TextCleaner(rules: boilerplate)
        let format = Self.format(of: file)
        switch format {
        case .html: return [try release(from: try htmlPage(file), of: file, format: format, cleaner: cleaner)]
        case .text:
            let text = try TextDecoding.decode(file.bytes, path: file.name)
            return [
                try release(
                    from: ExtractedPage(paragraphs: cleaner.paragraphs(fromText: text)), of: file, format: format,
                    cleaner: cleaner)
            ]
        case .pdf: return [try release(from: try pdfPage(file.bytes, of: file), of: file, format: format, cleaner: cleaner)]
        case .mail:
            let contents = try MailReader().read(file.bytes, path: file.name)
            var releases: [Release] = []
            var firstError: VeilleError?
            for content in contents {
                do throws(VeilleError) {
                    var release = try release(
                        from: try mailPage(content, of: file, cleaner: cleaner, several: contents.count > 1), of: file,
                        format: format, cleaner: cleaner)
                    if !releases.isEmpty { release.contentHash = file.contentHash + "#\(releases.count + 1)" }
                    if contents.count > 1, let attachment = content.attachment {
                        release.fileName = "\(file.name) (\(attachment))"
                    }
                    releases.append(release)
                } catch {
                    // A part that is not a release is left out; a fault of the machine is not the file's.
                    guard error.rejectsFile else { throw error }
                    firstError = firstError ?? error
                }
            }
            guard !releases.isEmpty else {
                throw firstError ?? VeilleError(.noText, path: file.name, "The e-mail carries no readable release.")
            }
            return releases
        }
    }

    private func release(from page: ExtractedPage, of file: InboxFile, format: ReleaseFormat, cleaner: TextCleaner)
        throws(VeilleError) -> Release
    {
        var paragraphs = cleaner.clean(page.paragraphs)
        let leadingDate = Self.removeLeadingDateStamp(&paragraphs)
        // The chrome lines a title skips ("24 May 2024 / 19:09") still date the release.
        let chrome = Array(paragraphs.prefix(3))
        let (title, titleOrigin) = Self.takeTitle(from: &paragraphs, stated: page.title)
        let skipped = chrome.prefix { !paragraphs.starts(with: [$0]) && $0 != title }
        guard !paragraphs.isEmpty else {
            let what = format == .html ? "page" : format == .pdf ? "PDF" : "file"
            throw VeilleError(
                .noText, path: file.name, "The \(what) has no readable text once menus, scripts and boilerplate are removed.")
        }
        let notice = SourceFinder.copyrightNotice(in: Array(paragraphs.prefix(12)))
        let finder = DateFinder(receivedAt: file.receivedAt, timeZone: timeZone)
        let published =
            page.published ?? leadingDate.map { ($0, .dateStamp) }
            ?? finder.find(in: page.datedBlocks, copyrightYear: nil).map { ($0, .byline) }
            ?? finder.find(in: (skipped + [title] + paragraphs.prefix(8)).map(Self.head), copyrightYear: notice?.year).map {
                ($0, .text)
            }
            ?? finder.find(in: page.bylines, copyrightYear: notice?.year).map { ($0, .byline) }
        let dateline = paragraphs.first.flatMap(DatelineFinder.dateline)
        let source =
            page.source ?? notice?.source.map { ($0, .copyrightNotice) } ?? page.host.map { ($0, .canonicalURL) }
            ?? dateline?.credit.map { ($0, .dateline) }
        let body = paragraphs.joined(separator: "\n\n")
        let languageCode = LanguageDetector().identify(title + "\n" + body)
        var release = Release(
            fileName: file.name, contentHash: file.contentHash, format: format, title: title, titleOrigin: titleOrigin,
            body: body,
            language: LanguageDetector.language(of: languageCode),
            published: published?.date, source: source?.name, receivedAt: file.receivedAt
        )
        release.languageCode = languageCode
        release.dateOrigin = published?.origin
        release.sourceOrigin = source?.origin
        release.author = page.author
        release.place = dateline?.place
        return release
    }

    /// The start of a paragraph, where a date is looked for: a page that is one huge paragraph is
    /// not scanned whole.
    static func head(_ paragraph: String) -> String {
        paragraph.utf8.count <= 4096 ? paragraph : String(paragraph.prefix(2000))
    }

    /// A PDF by content; HTML by extension; otherwise an e-mail or HTML by content, else text.
    static func format(of file: InboxFile) -> ReleaseFormat {
        if ContentSniffer.looksLikePDF(file.bytes) { return .pdf }
        let suffix = (file.name as NSString).pathExtension.lowercased()
        if ["html", "htm", "xhtml", "shtml"].contains(suffix) { return .html }
        if ContentSniffer.looksLikeMail(file.bytes) { return .mail }
        return ContentSniffer.looksLikeHTML(file.bytes) ? .html : .text
    }

    /// The release an e-mail carries, with the mail's subject, date and sender where the release
    /// does not state its own.
    /// `several`: the mail carries other releases too, so its subject names none of them and each
    /// attachment is headed by its own first line.
    private func mailPage(_ mail: MailReader.Content, of file: InboxFile, cleaner: TextCleaner, several: Bool) throws(VeilleError)
        -> ExtractedPage
    {
        var page: ExtractedPage
        switch mail.body {
        case .text(let text): page = ExtractedPage(paragraphs: cleaner.paragraphs(fromText: text))
        case .html(let bytes):
            page = try htmlPage(
                InboxFile(name: file.name, bytes: bytes, contentHash: file.contentHash, receivedAt: file.receivedAt))
        case .pdf(let bytes):
            page = try pdfPage(bytes, of: file)
            // A PDF's first line is its heading, as an attached page's h1 is: a cover mail's
            // subject ("Communiqué de presse") says less.
            if page.title == nil, let first = page.paragraphs.first, TitleFinder.isHeadline(first),
                !HeadlineChrome.isChrome(first)
            {
                page.paragraphs.removeFirst()
                page.title = (first, .firstLine)
            }
        }
        if mail.attachment == nil || (page.title == nil && !several), let subject = mail.subject, !subject.isEmpty {
            page.title = (subject, .mailSubject)
        }
        // The day the mail was sent is the release's, rather than the day its PDF was written.
        if page.published == nil || page.published?.origin == .documentInfo, let date = mail.date {
            page.published = (date, .mailHeader)
        }
        if page.source == nil, let sender = mail.sender { page.source = (sender, .mailSender) }
        return page
    }

    /// A PDF's paragraphs, with the title and date of its document information when set (a date
    /// after the file arrived is a wrong clock's, and left out). `bytes` are the file's, or its
    /// attachment's.
    private func pdfPage(_ bytes: [UInt8], of file: InboxFile) throws(VeilleError) -> ExtractedPage {
        let content = try PDFReader(limits: pdfLimits).read(bytes, path: file.name)
        var page = ExtractedPage(paragraphs: content.paragraphs.map(Self.composed))
        page.title = content.title.map { (Self.composed($0), .documentInfo) }
        if let date = content.date, date <= file.receivedAt.addingTimeInterval(86_400) {
            let day = Day(containing: date, in: timeZone)
            page.published = PublicationDate(year: day.year, month: day.month, day: day.day).map { ($0, .documentInfo) }
        }
        return page
    }

    private func htmlPage(_ file: InboxFile) throws(VeilleError) -> ExtractedPage {
        let document = try HTMLDocument(
            bytes: try PageDecoding.utf8(file.bytes, path: file.name), encoding: "UTF-8", path: file.name)
        var page = HTMLExtractor().extract(document)
        page.title = page.title.map { (Self.composed(Mojibake.repaired(TextCleaner.foldWhitespace($0.text))), $0.origin) }
        page.paragraphs = page.paragraphs.map { Self.composed(Mojibake.repaired($0)) }
        return page
    }

    /// `text` in Unicode NFC. Foundation's normalisation is costly and most paragraphs are
    /// already composed, so it only runs on text with a combining mark or a Hangul jamo.
    static func composed(_ text: String) -> String {
        let mayChange = text.unicodeScalars.contains { scalar in
            scalar.value >= 0x300
                && (scalar.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains(scalar.value))
        }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Removes a "date 2024-10" stamp that some exports put before the first sentence.
    static func removeLeadingDateStamp(_ paragraphs: inout [String]) -> PublicationDate? {
        guard let first = paragraphs.first else { return nil }
        let words = first.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].lowercased() == "date", let date = DateFinder.isoPrefix(words[1]) else { return nil }
        if words.count == 3 { paragraphs[0] = String(words[2]) } else { paragraphs.removeFirst() }
        return date
    }

    /// The stated title, else the first paragraph when it is a headline (taken out of the body,
    /// unless it is all there is), else the start of the first sentence (left in the body).
    /// Leading chrome (a date, a caption, a menu or section name, a breadcrumb) is never a title:
    /// it is dropped and the next paragraph is tried.
    static func takeTitle(from paragraphs: inout [String], stated: (text: String, origin: TitleOrigin)?)
        -> (String, TitleOrigin)
    {
        if let stated, !stated.text.isEmpty, !HeadlineChrome.isChrome(stated.text, stated: true) {
            if let first = paragraphs.first, FoldedText(first).words == FoldedText(stated.text).words { paragraphs.removeFirst() }
            return stated
        }
        while paragraphs.count > 1, let first = paragraphs.first, first.count <= TitleFinder.headlineMaximumLength,
            HeadlineChrome.isChrome(first)
        {
            paragraphs.removeFirst()
        }
        guard var first = paragraphs.first else { return ("", .firstSentence) }
        // "Disease Outbreak News / Cholera - Malawi / 7 November 2022": the name of a series or a
        // section above the headline, which a date line follows.
        if paragraphs.count >= 4, HeadlineChrome.isKicker(first), TitleFinder.isHeadline(paragraphs[1]),
            !HeadlineChrome.isChrome(paragraphs[1]), HeadlineChrome.isDateLine(paragraphs[2])
        {
            paragraphs.removeFirst()
            first = paragraphs[0]
        }
        // "The following press statement was issued today by…:" introduces the text; it stays in
        // the body, and the paragraph it introduces gives the title. A list it introduces does not
        // ("Palmarès de la 27e édition… :" above "- Étalon d'or : …"): the line is the headline.
        if paragraphs.count > 1, TitleFinder.isLeadIn(first), !TitleFinder.isHeadline(paragraphs[1]) {
            return (TitleFinder.madeUpTitle(from: paragraphs[1]), .firstSentence)
        }
        if TitleFinder.isHeadline(first), !HeadlineChrome.isChrome(first) {
            // A release that is only a headline keeps it as its text too.
            if paragraphs.count > 1 { paragraphs.removeFirst() }
            return (TitleFinder.withoutRepeat(first), .firstLine)
        }
        return (TitleFinder.madeUpTitle(from: first), .firstSentence)
    }
}
