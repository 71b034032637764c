import Foundation

/// A calendar day in the digest's time zone: what a digest covers and what the archive files by.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard PublicationDate(year: year, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day that `date` falls on in `timeZone`.
    public init(containing date: Date, in timeZone: TimeZone) {
        let parts = Self.calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    /// Parses "2026-11-23".
    public init?(_ text: String) {
        guard let date = PublicationDate(iso: text), let day = date.day, text.count == 10 else { return nil }
        self.init(year: date.year, month: date.month, day: day)
    }

    /// "2026-11-23".
    public var description: String {
        PublicationDate(year: year, month: month, day: day)?.description ?? "\(year)-\(month)-\(day)"
    }

    /// The instants this day spans in `timeZone`: [start, end).
    public func interval(in timeZone: TimeZone) -> Range<Date> {
        let calendar = Self.calendar(timeZone)
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
        return start..<end
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
