import Foundation

/// Reads a PDF release's text and metadata within the limits: its title and date from the
/// document information when set, its paragraphs in reading order without running headers,
/// footers and page numbers.
struct PDFReader: Sendable {
    var limits: PDFLimits

    /// What a PDF gives normalisation.
    struct Content: Sendable {
        var title: String?
        var date: Date?
        var paragraphs: [String]
    }

    /// Reads `bytes` on a thread of its own and waits for it at most `limits.seconds`. poppler
    /// cannot be interrupted inside a page, so a page that takes longer (a hostile content stream)
    /// is left to finish on its thread, which then frees the document; the file is refused now.
    func read(_ bytes: [UInt8], path: String) throws(VeilleError) -> Content {
        let limits = limits
        let outcome = WorkerDeadline.run(seconds: limits.seconds) { abandoned in
            Result { () throws(VeilleError) -> Content in
                try Self.extract(bytes, path: path, limits: limits, abandoned: abandoned)
            }
        }
        guard let outcome else { throw Self.tooSlow(path, limits) }
        return try outcome.get()
    }

    private static func extract(_ bytes: [UInt8], path: String, limits: PDFLimits, abandoned: () -> Bool) throws(VeilleError)
        -> Content
    {
        let document = try PDFDocument(bytes: bytes, path: path)
        let count = document.pageCount
        guard count <= limits.maximumPages else {
            throw VeilleError(
                .tooLarge, path: path,
                "The PDF has \(count) pages; Veille reads at most \(limits.maximumPages) (the setting pdf_max_pages).")
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.seconds * 1000))
        var pages: [[PDFLine]] = []
        for index in 0..<count {
            if abandoned() || ContinuousClock.now > deadline { throw tooSlow(path, limits) }
            pages.append(document.lines(onPage: index).map { PDFLine(text: Self.withoutLigatures($0.text), box: $0.box) })
        }
        guard pages.contains(where: { !$0.isEmpty }) else {
            throw VeilleError(
                .noText, path: path,
                "scanned PDF: no text layer. Its \(count == 1 ? "page holds" : "\(count) pages hold") no text, only images or nothing; Veille does not read text from images."
            )
        }
        let paragraphs = PDFParagraphs.paragraphs(RunningChrome.removed(from: pages))
        return Content(title: document.title.flatMap(usableTitle), date: document.date, paragraphs: paragraphs)
    }

    private static func tooSlow(_ path: String, _ limits: PDFLimits) -> VeilleError {
        VeilleError(
            .tooLarge, path: path,
            "Reading the PDF took longer than \(limits.seconds.formatted()) s (the setting pdf_time_limit_seconds); its content is too large or hostile."
        )
    }

    /// The document information's Title, unless it is a file name or a word processor's
    /// placeholder ("Microsoft Word - note_v3.docx", "untitled", "Document1").
    static func usableTitle(_ title: String) -> String? {
        let trimmed = TextCleaner.foldWhitespace(title)
        let lowered = trimmed.lowercased()
        let placeholders = ["untitled", "sans titre", "document", "titre", "title", "présentation powerpoint"]
        guard trimmed.count >= 8, trimmed.count <= 300, trimmed.contains(" "), !lowered.hasPrefix("microsoft "),
            !placeholders.contains(where: { lowered.hasPrefix($0) && lowered.count < $0.count + 4 }),
            !fileSuffixes.contains(where: lowered.hasSuffix)
        else { return nil }
        return trimmed
    }

    private static let fileSuffixes = [".doc", ".docx", ".odt", ".rtf", ".pdf", ".indd", ".txt", ".pages", ".ppt", ".pptx"]

    /// "ﬁ", "ﬂ" and their kin as the letters they stand for: searches type the letters.
    static func withoutLigatures(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                    (0xFB00...0xFB06).contains(scalar.value)
                        ? Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars) : [scalar]
                }))
    }
}
