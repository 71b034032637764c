import Foundation
import VeilleCore

/// A day as analysts write it on the command line: YYYY-MM-DD, `today`, `yesterday`, or `7d`
/// (seven days before today), today being the configured time zone's.
enum DayArgument {
    /// Whether `text` is a day in one of those forms, for `validate()`, before the time zone is known.
    static func isValid(_ text: String) -> Bool { daysBack(text) != nil || Day(text) != nil }

    /// The day `text` names, or nil.
    static func resolve(_ text: String, now: Date = Date(), in timeZone: TimeZone) -> Day? {
        guard let back = daysBack(text) else { return Day(text) }
        let noon = Day(containing: now, in: timeZone).interval(in: timeZone).lowerBound.addingTimeInterval(12 * 3600)
        return Day(containing: noon.addingTimeInterval(-Double(back) * 86_400), in: timeZone)
    }

    /// The forms, for help texts and messages.
    static let help = "YYYY-MM-DD, today, yesterday, or Nd for N days ago (7d)"

    /// How many days before today: 0 for `today`, 1 for `yesterday`, N for `Nd`.
    private static func daysBack(_ text: String) -> Int? {
        switch text.lowercased() {
        case "today": return 0
        case "yesterday": return 1
        case let value where value.hasSuffix("d"): return Int(value.dropLast()).flatMap { (0...36_500).contains($0) ? $0 : nil }
        default: return nil
        }
    }
}
