import Foundation

/// Finds the release in an e-mail: which part holds it, and its title, date and sender.
///
/// - The body is the first text part that is not an attachment (plain text preferred to HTML in
///   `multipart/alternative`).
/// - When that body is only a cover note (a few lines) and an attachment is a PDF, text or HTML
///   release, the attachment is the release, with the mail's date and sender; several such
///   attachments are several releases.
/// - A forwarded message, attached (`message/rfc822`) or quoted after a "Forwarded message" line,
///   is read as the release, with its own subject, date and sender.
/// - Quoted replies ("> …"), the "On … wrote:" line above them, and the signature after "-- " are
///   not the release's text.
struct MailReader: Sendable {
    /// What the release is made of.
    struct Content: Sendable {
        enum Body: Sendable {
            case text(String)
            case html([UInt8])
            case pdf([UInt8])
        }
        var body: Body
        var subject: String?
        var date: PublicationDate?
        var sender: String?
        /// The attachment's file name, when an attachment is the release.
        var attachment: String?
    }

    /// A body of fewer words than this, beside an attached release, is a cover note.
    static let coverNoteWords = 60

    /// The releases the mail carries: one, or one per attached release under a cover note.
    func read(_ bytes: [UInt8], path: String) throws(VeilleError) -> [Content] {
        var count = 0
        let message: MailPart
        do { message = try MailPart(bytes[...], count: &count) } catch {
            let reason =
                error == .tooManyParts
                ? "The e-mail has more than \(MailPart.maximumParts) parts; Veille reads at most that many."
                : "The e-mail nests parts more than \(MailPart.maximumDepth) levels deep."
            throw VeilleError(.unreadable, path: path, reason)
        }
        return try content(of: message, path: path)
    }

    private func content(of message: MailPart, path: String) throws(VeilleError) -> [Content] {
        let subject = message.headers.value("Subject").map { Self.withoutReplyPrefixes(EncodedWords.decode($0)) }
        let date = message.headers.value("Date").flatMap(Self.date)
        let sender = message.headers.value("From").flatMap { Self.sender(EncodedWords.decode($0)) }
        let leaves = message.leaves
        let inline = leaves.filter { !$0.isAttachment && $0.headers.contentType.kind == "text" }
        let body = inline.first { $0.headers.contentType.full == "text/plain" } ?? inline.first
        let attached = leaves.filter { $0.isAttachment && Self.isRelease($0) }
        let bodyText = body.map { Self.readable($0) }
        let words = bodyText.map { $0.split(whereSeparator: \.isWhitespace).count } ?? 0
        // A forwarded message attached whole, under a cover note, is the release.
        if let forwarded = Self.attachedMessage(in: message), words < Self.coverNoteWords {
            return try content(of: forwarded, path: path).map { inner in
                var inner = inner
                inner.subject = inner.subject ?? subject
                inner.date = inner.date ?? date
                inner.sender = inner.sender ?? sender
                return inner
            }
        }
        if !attached.isEmpty, words < Self.coverNoteWords {
            return attached.map { release in
                Content(body: Self.body(of: release), subject: subject, date: date, sender: sender, attachment: release.fileName)
            }
        }
        if let body, let bodyText {
            if body.headers.contentType.full == "text/html" {
                return [Content(body: .html(Array(bodyText.utf8)), subject: subject, date: date, sender: sender)]
            }
            return [forwarded(in: bodyText) ?? Content(body: .text(bodyText), subject: subject, date: date, sender: sender)]
        }
        let kinds = Set(leaves.map(\.headers.contentType.full)).sorted().joined(separator: ", ")
        throw VeilleError(
            .noText, path: path,
            "The e-mail has no text or HTML part and no text or HTML attachment to read (it holds \(kinds)).")
    }

    private static func attachedMessage(in message: MailPart) -> MailPart? {
        var stack = [message]
        while let part = stack.popLast() {
            if part.headers.contentType.full == "message/rfc822", let inner = part.parts.first { return inner }
            stack += part.parts.reversed()
        }
        return nil
    }

    private static func isRelease(_ part: MailPart) -> Bool {
        let type = part.headers.contentType.full
        let name = part.fileName?.lowercased() ?? ""
        return type == "text/html" || type == "text/plain" || name.hasSuffix(".html") || name.hasSuffix(".htm")
            || name.hasSuffix(".txt") || isPDF(part)
    }

    /// A PDF attachment, by its type, its name, or its first bytes (sent as application/octet-stream).
    private static func isPDF(_ part: MailPart) -> Bool {
        part.headers.contentType.full == "application/pdf" || part.fileName?.lowercased().hasSuffix(".pdf") == true
            || ContentSniffer.looksLikePDF(Array(part.decodedBody.prefix(1024)))
    }

    /// An attached release as normalisation reads it.
    private static func body(of release: MailPart) -> Content.Body {
        if isPDF(release) { return .pdf(release.decodedBody) }
        return release.headers.contentType.full == "text/html" ? .html(release.decodedBody) : .text(readable(release))
    }

    /// A part's text without quoted replies, the line that introduces them, and the signature.
    static func readable(_ part: MailPart) -> String {
        let text = part.text
        guard part.headers.contentType.full == "text/plain" else { return text }
        var lines: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line == "-- " || line == "--" { break }
            if line.hasPrefix(">") { continue }
            lines.append(line)
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty || Self.introducesQuote(last) {
            lines.removeLast()
        }
        return lines.joined(separator: "\n")
    }

    /// "On Tue, 3 Dec 2024 at 10:02, Desk <desk@example.org> wrote:", "Le … a écrit :".
    private static func introducesQuote(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return (trimmed.hasPrefix("On ") && trimmed.hasSuffix("wrote:"))
            || (trimmed.hasPrefix("Le ") && (trimmed.hasSuffix("a écrit :") || trimmed.hasSuffix("a écrit:")))
    }

    /// The lines that open a forwarded message inside a body, in the mail programs of the desk.
    static let forwardMarkers = [
        "forwarded message", "message transféré", "message d'origine", "message d’origine", "original message",
        "begin forwarded message", "début du message réexpédié", "début du message transféré",
    ]

    /// A message forwarded inside the body: the marker line, then its header lines (From/De,
    /// Date, Subject/Objet, To/À…), then its text.
    private func forwarded(in text: String) -> Content? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard
            let marker = lines.firstIndex(where: { line in
                let lowered = line.lowercased()
                return Self.forwardMarkers.contains { lowered.contains($0) } && lowered.count < 80
            })
        else { return nil }
        var fields: [String: String] = [:]
        var index = marker + 1
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if line.isEmpty { if fields.isEmpty { continue } else { break } }
            guard let colon = line.firstIndex(of: ":") else { index -= 1; break }
            let name = line[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
            guard ["from", "de", "date", "envoyé", "sent", "subject", "objet", "to", "à", "cc"].contains(name) else {
                index -= 1
                break
            }
            fields[name] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        guard !fields.isEmpty else { return nil }
        let body = lines[index...].joined(separator: "\n")
        let subject = (fields["subject"] ?? fields["objet"]).map(Self.withoutReplyPrefixes)
        let date = (fields["date"] ?? fields["envoyé"] ?? fields["sent"]).flatMap(Self.date)
        let sender = (fields["from"] ?? fields["de"]).flatMap(Self.sender)
        return Content(body: .text(body), subject: subject, date: date, sender: sender)
    }

    /// "Fwd: TR: Re: Communiqué final" → "Communiqué final".
    static func withoutReplyPrefixes(_ subject: String) -> String {
        var subject = subject.trimmingCharacters(in: .whitespaces)
        while let colon = subject.firstIndex(of: ":"),
            ["fwd", "fw", "tr", "re", "réf", "ref", "wg", "aw"].contains(
                subject[..<colon].lowercased().trimmingCharacters(in: .whitespaces))
        {
            subject = subject[subject.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return subject
    }

    /// The day an RFC 5322 date names, as its writer wrote it: "Tue, 3 Dec 2024 09:12:00 +0100"
    /// → 2024-12-03. Also "3 déc. 2024" and "Tuesday, December 3, 2024", as forwarded headers write them.
    static func date(_ value: String) -> PublicationDate? {
        let words = value.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let number = Int(word) {
                if number >= 1900, number <= 2200, year == nil {
                    year = number
                } else if number >= 1, number <= 31, day == nil {
                    day = number
                }
            } else if month == nil, let found = monthNumber(word) {
                month = found
            }
            if day != nil, month != nil, year != nil { break }
        }
        guard let year, let month else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    private static func monthNumber(_ word: String) -> Int? {
        let months = [
            ["jan", "janv", "january", "janvier"], ["feb", "fev", "fév", "févr", "february", "février"],
            ["mar", "march", "mars"],
            ["apr", "avr", "april", "avril"], ["may", "mai"], ["jun", "june", "juin"], ["jul", "juil", "july", "juillet"],
            ["aug", "aoû", "aout", "août", "august"], ["sep", "sept", "september", "septembre"], ["oct", "october", "octobre"],
            ["nov", "november", "novembre"], ["dec", "déc", "december", "décembre"],
        ]
        return months.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }

    /// "Service de presse <presse@diplomatie.gouv.tg>" → "Service de presse";
    /// "presse@diplomatie.gouv.tg" → "diplomatie.gouv.tg".
    static func sender(_ value: String) -> String? {
        var name = value
        var address = value
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            name = String(value[..<open])
            address = String(value[value.index(after: open)..<close])
        } else {
            name = ""
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
        if !name.isEmpty, !name.contains("@") { return name }
        guard let at = address.lastIndex(of: "@") else { return name.isEmpty ? nil : name }
        let domain = address[address.index(after: at)...].trimmingCharacters(in: CharacterSet(charactersIn: " >"))
        return domain.isEmpty ? nil : domain
    }
}
