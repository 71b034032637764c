import Foundation

/// Finds a release's publication date in its text: ISO dates ("2024-10", "2024-11-28"),
/// day-first numeric dates ("30/01/2026", "09.02.22", glued to a word: "am09.02.2022"), and
/// written dates in French, English, German, Spanish, Portuguese and Italian ("le jeudi 28
/// novembre 2024", "28 November 2024", "November 28, 2024", "9. Februar 2022", "12 de marzo de
/// 2024").
///
/// A day and month without a year take the year of a "© 2024" notice in the text. Dates after
/// the day the file was received are ignored: a release cannot come from the future. A date that
/// a deadline or a start introduces ("avant le 1er janvier 2023", "jusqu'au", "à partir du",
/// "before", "until", "from", "bis", "hasta", "desde") is what the release announces, not when it
/// was published, and is passed over. So is a date that a founding or a starting point
/// introduces ("fondé le 16 février 2014", "depuis le", "founded on", "since"): history the release
/// recalls. "Créé le" and "created" introduce history too ("Créé le 16 février 2014 à Nouakchott,
/// le G5 Sahel…"), unless an hour follows the date: then it is a page's stamp ("Créé le jeudi 28
/// novembre 2024 10:22").
struct DateFinder {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
        "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
        "december": 12, "jan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7, "juil": 7,
        "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        // German
        "januar": 1, "februar": 2, "marz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12, "okt": 10,
        "dez": 12,
        // Spanish
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
        "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        // Portuguese
        "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
        "novembro": 11, "dezembro": 12,
        // Italian
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
        "dicembre": 12,
    ]

    /// Words that join a day, its month and its year: "12 de marzo de 2024", "3 di maggio".
    private static let joiners: Set<String> = ["de", "del", "di"]

    /// Folded words that make the date after them a deadline or a start, up to three words before
    /// its day.
    private static let announced: Set<String> = [
        "avant", "jusqu", "partir", "before", "until", "till", "from", "bis", "ab", "hasta", "desde", "ate", "entro", "fino",
    ]
    /// Folded words that make the date after them a founding or a starting point: history.
    private static let history: Set<String> = [
        "depuis", "fonde", "fondee", "institue", "instituee", "since", "founded", "established", "seit", "gegrundet", "fundado",
        "fundada", "fondato", "fondata",
    ]
    /// Words that introduce history, or a page's stamp when an hour follows the date.
    private static let created: Set<String> = ["cree", "creee", "created", "erstellt", "creado", "creato"]

    /// True when the folded words `before` a date (up to three) make it history the text recalls
    /// ("fondé le", "since", "Créé le 16 février 2014 à Nouakchott"), not a day of its news:
    /// "créé le" followed by an hour (`after`, the word after the date) is a page's stamp.
    static func recallsHistory(before: some Sequence<String>, after: String?) -> Bool {
        before.contains { history.contains($0) || (created.contains($0) && !isHour(after)) }
    }

    let receivedAt: Date
    let timeZone: TimeZone
    /// The latest plausible day: the day after the file arrived (a day of slack for time zones).
    private let latest: PublicationDate?

    init(receivedAt: Date, timeZone: TimeZone) {
        self.receivedAt = receivedAt
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let received = calendar.dateComponents([.year, .month, .day], from: receivedAt.addingTimeInterval(86_400))
        latest = received.year.flatMap { year in
            received.month.flatMap { month in received.day.flatMap { PublicationDate(year: year, month: month, day: $0) } }
        }
    }

    /// The first plausible date in `paragraphs`, read in order.
    func find(in paragraphs: [String], copyrightYear: Int?) -> PublicationDate? {
        for paragraph in paragraphs {
            if let date = numericDate(in: paragraph) ?? writtenDate(in: FoldedText(paragraph), copyrightYear: copyrightYear) {
                return date
            }
        }
        return nil
    }

    /// The date at the start of an ISO 8601 stamp: "2024-11-28T09:30:00Z" or "2024-10".
    static func isoPrefix(_ text: some StringProtocol) -> PublicationDate? {
        let digits = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard digits.count >= 2, digits[0].count == 4, digits[1].count == 2,
            let year = Int(digits[0]), let month = Int(digits[1])
        else { return nil }
        if digits.count >= 3, digits[2].count == 2, let day = Int(digits[2]) {
            return PublicationDate(year: year, month: month, day: day)
        }
        return digits.count == 2 || digits[2].isEmpty ? PublicationDate(year: year, month: month) : nil
    }

    private func numericDate(in paragraph: String) -> PublicationDate? {
        let words = paragraph.split(whereSeparator: \.isWhitespace)
        // Only a word with a digit may be a date; the words before it are folded only then.
        for (position, word) in words.enumerated() where word.utf8.contains(where: { (0x30...0x39).contains($0) }) {
            // A date glued to the word before it: "am09.02.2022".
            let trimmed = Self.withoutEnclosingMarks(word.drop { $0.isLetter })
            guard let date = Self.isoPrefix(trimmed) ?? Self.dayFirst(trimmed), plausible(date) else { continue }
            let previous = words[max(0, position - 3)..<position].map { FoldedText(String($0)).words.last ?? "" }
            if previous.contains(where: { Self.announced.contains($0) || Self.history.contains($0) }) { continue }
            return date
        }
        return nil
    }

    /// "(30/01/2026)," → "30/01/2026".
    private static func withoutEnclosingMarks(_ word: Substring) -> Substring {
        let marks = "()[],.;:"
        var word = word.drop { marks.contains($0) }
        while let last = word.last, marks.contains(last) { word = word.dropLast() }
        return word
    }

    /// "30/01/2026", "30.01.2026" or "30-01-2026", read day first as in French, British and German
    /// usage; with dots, a two-digit year too ("09.02.22": 2022).
    private static func dayFirst(_ word: Substring) -> PublicationDate? {
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
            parts[2].count == 4 || (parts[2].count == 2 && word.contains(".")),
            let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return PublicationDate(year: year, month: month, day: day)
    }

    private func writtenDate(in words: FoldedText, copyrightYear: Int?) -> PublicationDate? {
        let word = { (index: Int) -> String? in index >= 0 && index < words.count ? words.word(index) : nil }
        for index in 0..<words.count {
            guard let month = Self.months[words.word(index)] else { continue }
            // "12 de marzo de 2024": step over the joining words on either side.
            let dayIndex = word(index - 1).map(Self.joiners.contains) == true ? index - 2 : index - 1
            let yearIndex = word(index + 1).map(Self.joiners.contains) == true ? index + 2 : index + 1
            var date: PublicationDate?
            var start = index
            if let day = word(dayIndex).flatMap(Self.dayNumber) {
                date = Self.date(day: day, month: month, yearWord: word(yearIndex), fallbackYear: copyrightYear)
                start = dayIndex
            } else if let day = word(index + 1).flatMap(Self.dayNumber) {
                date = Self.date(day: day, month: month, yearWord: word(index + 2), fallbackYear: copyrightYear)
            }
            guard let date, plausible(date) else { continue }
            let before = (max(0, start - 3)..<start).map(words.word)
            if before.contains(where: Self.announced.contains) || Self.recallsHistory(before: before, after: word(yearIndex + 1))
            {
                continue
            }
            return date
        }
        return nil
    }

    private static func date(day: Int, month: Int, yearWord: String?, fallbackYear: Int?) -> PublicationDate? {
        let year = yearWord.flatMap { $0.count == 4 ? Int($0) : nil } ?? fallbackYear
        guard let year else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// "10" of "10:22" or "10h22": a word of one or two digits, or digits with an "h".
    private static func isHour(_ word: String?) -> Bool {
        guard let word, let first = word.first, first.isASCII, first.isNumber else { return false }
        return word.count <= 2 || word.contains("h")
    }

    /// "28", "1er", "1st", "22nd", "3rd", "28th" → the day; nil for anything else.
    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, ["", "er", "st", "nd", "rd", "th"].contains(String(suffix)),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    /// Not after the day the file arrived (a day of slack for time zones), and not absurdly old.
    private func plausible(_ date: PublicationDate) -> Bool {
        guard let latest else { return true }
        return date.year >= 1990 && date <= latest
    }
}
