/// The days of the week a release names ("mardi", "on Tuesday"), as a bit set (Monday = bit 0).
/// A wire report that dates its event only by the weekday is common; two reports that both name
/// weekdays and share none tell, more often than not, of two events: a round of talks on Saturday
/// and the next one on a Tuesday. It is a hint, not a veto: a follow-up written two days later
/// names the day it was written as well as the day of the attack.
enum Weekdays {
    private static let numbers: [String: Int] = [
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// The weekdays `words` name.
    static func named(in words: FoldedText) -> UInt8 {
        var days: UInt8 = 0
        for index in 0..<words.count {
            let token = words.token(index)
            // Weekday names are 5 to 9 letters long; most words are skipped without a String.
            guard (5...9).contains(token.count), let day = numbers[String(decoding: token, as: UTF8.self)] else { continue }
            days |= 1 << day
        }
        return days
    }

    /// True when both releases name weekdays and none in common.
    static func disagree(_ a: UInt8, _ b: UInt8) -> Bool { a != 0 && b != 0 && a & b == 0 }
}
