import Foundation

/// Dates as RFC 3339 internet time in UTC ("2026-12-06T15:30:39Z"), as `ISO8601DateFormatter`
/// writes them by default, but through `Date.ISO8601FormatStyle`, which works without ICU: the
/// formatter opened ICU's calendar and locale data, pages the daemon then kept while idle.
enum InternetTime {
    static func string(from date: Date) -> String { Date.ISO8601FormatStyle().format(date) }
}
