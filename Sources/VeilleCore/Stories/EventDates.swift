import Foundation

/// The days a release's event may fall on, as day numbers (see `PublicationDate.dayRange`): its
/// publication date when it states one, else the full dates its text states ("le 16 décembre
/// 2017", "16/12/2017"). Two releases are compared by these rather than by the day they reached
/// the inbox, so a 2021 item and a 2025 one received together stay apart.
enum EventDates {
    /// At most this many stated dates count: a chronology is not an event.
    static let maximumStated = 6

    /// The publication date's days, else the stated dates' days; empty when nothing is known.
    static func days(published: PublicationDate?, words: FoldedText, receivedAt: Date) -> [ClosedRange<Int>] {
        if let published { return [published.dayRange] }
        return stated(in: words, receivedAt: receivedAt).map(\.dayRange)
    }

    /// Full dates (day, month and year) the text states, none after the day it was received and
    /// none it recalls as history ("Créé le 16 février 2014", "since 12 May 2003"; see
    /// `DateFinder.recallsHistory`). A month alone ("avril 2023") or a day without its year ("le 4
    /// avril") says too little: it is as often the background's as the event's.
    static func stated(in words: FoldedText, receivedAt: Date) -> [PublicationDate] {
        let latest = Day(containing: receivedAt.addingTimeInterval(86_400), in: TimeZone(identifier: "UTC") ?? .current)
        var dates: [PublicationDate] = []
        for index in 0..<words.count where dates.count < maximumStated {
            guard let (date, start, end) = date(at: index, in: words) else { continue }
            guard date.year >= 1990, (date.year, date.month, date.day ?? 1) <= (latest.year, latest.month, latest.day) else {
                continue
            }
            let after = end + 1 < words.count ? words.word(end + 1) : nil
            if DateFinder.recallsHistory(before: (max(0, start - 3)..<start).lazy.map(words.word), after: after) { continue }
            if !dates.contains(date) { dates.append(date) }
        }
        return dates
    }

    /// The days of the month the text names without a year ("le 14 décembre", "on December 14"),
    /// at most `maximumStated`, as `(month - 1) * 31 + day - 1`: all that dates the event of a
    /// release without a full date ("YEREVAN, April 13", "this Thursday, December 14").
    static func daysOfMonth(in words: FoldedText) -> [Int] {
        var days: [Int] = []
        for index in 0..<words.count where days.count < maximumStated {
            // Month names are 3 to 10 letters long; most words are skipped without a String.
            guard (3...10).contains(words.token(index).count), let month = DateFinder.months[words.word(index)] else { continue }
            let before = index > 0 ? dayNumber(words.word(index - 1)) : nil
            let after = before == nil && index + 1 < words.count ? dayNumber(words.word(index + 1)) : nil
            guard let day = before ?? after else { continue }
            // A year after it makes a full date: `stated` counts it, or finds it out of range.
            let next = before == nil ? index + 2 : index + 1
            if next < words.count, words.token(next).count == 4, words.token(next).allSatisfy({ (0x30...0x39).contains($0) }) {
                continue
            }
            let value = (month - 1) * 31 + day - 1
            if !days.contains(value) { days.append(value) }
        }
        return days
    }

    /// The latest year (1990 or later) the text names, not counting years after the one it was
    /// received in: a release cannot report what happened after it was written, so one that names
    /// 2025 is not about an event another release dates to 2021 (see `StoryMatcher`).
    static func latestYear(in words: FoldedText, receivedAt: Date) -> Int? {
        let latest = Day(containing: receivedAt.addingTimeInterval(86_400), in: TimeZone(identifier: "UTC") ?? .current).year
        var found: Int?
        for index in 0..<words.count {
            let token = words.token(index)
            guard token.count == 4, token.allSatisfy({ (0x30...0x39).contains($0) }) else { continue }
            let year = token.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard (1990...latest).contains(year) else { continue }
            found = max(found ?? year, year)
        }
        return found
    }

    /// "16 decembre 2017", "december 16 2017" or "16/12/2017" starting or centred at `index`,
    /// with the indexes of its first and last words.
    private static func date(at index: Int, in words: FoldedText) -> (PublicationDate, start: Int, end: Int)? {
        let word = words.word(index)
        if let numeric = numeric(at: index, in: words) { return (numeric, index, index + 2) }
        guard let month = DateFinder.months[word], word.count >= 3, index > 0 || index + 1 < words.count else { return nil }
        let year = { (offset: Int) -> Int? in
            offset < words.count ? Int(words.word(offset)).flatMap { (1900...2200).contains($0) ? $0 : nil } : nil
        }
        if index > 0, let day = dayNumber(words.word(index - 1)), let year = year(index + 1),
            let date = PublicationDate(year: year, month: month, day: day)
        {
            return (date, index - 1, index + 1)
        }
        if index + 1 < words.count, let day = dayNumber(words.word(index + 1)), let year = year(index + 2),
            let date = PublicationDate(year: year, month: month, day: day)
        {
            return (date, index, index + 2)
        }
        return nil
    }

    /// "16/12/2017", which folds to the three words "16 12 2017".
    private static func numeric(at index: Int, in words: FoldedText) -> PublicationDate? {
        guard index + 2 < words.count, words.token(index + 2).count == 4, words.token(index).count <= 2,
            words.token(index + 1).count <= 2, let day = Int(words.word(index)), let month = Int(words.word(index + 1)),
            let year = Int(words.word(index + 2))
        else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// "16", "1er", "1st", "22nd" → the day of the month.
    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2,
            ["", "er", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }
}
