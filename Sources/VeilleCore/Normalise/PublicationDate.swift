/// A publication date as precise as the release states it: a day, or only a month.
public struct PublicationDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init?(year: Int, month: Int, day: Int? = nil) {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        if let day, !(1...Self.daysIn(month: month, year: year)).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "2024-11-28" or "2024-11", the forms `description` writes.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let year = parts[0], let month = parts[1] else { return nil }
        let day = parts.count == 3 ? parts[2] : nil
        if parts.count == 3, day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// "2024-11-28", or "2024-11" when the day is unknown: sortable, and what the index stores.
    public var description: String {
        let head = "\(year)-\(Self.twoDigits(month))"
        guard let day else { return head }
        return head + "-" + Self.twoDigits(day)
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
