import Foundation
import GRDB
import Testing

@testable import VeilleCore

/// What dates the event of a release that gives no full date: days of the month named without a
/// year, and weekdays.
extension StoryTests {
    @Test(arguments: [
        ("YEREVAN, April 13. Les ministres se sont parlé.", [3 * 31 + 12]),
        ("Réunis ce jeudi 14 décembre, puis le 1er janvier", [11 * 31 + 13, 0]),
        ("Signé le 16 décembre 2017, en vigueur le 3 mai 2031", []),
        ("En mai, des soldats ; le 45 mars n’existe pas", []),
    ])
    func daysOfTheMonthAreReadWithoutTheirYear(text: String, expected: [Int]) {
        #expect(EventDates.daysOfMonth(in: FoldedText(text)) == expected)
    }

    @Test(arguments: [
        ("Réunis à Niamey le 15 décembre 2019. Créé le 16 février 2014 à Nouakchott, le G5 Sahel…", ["2019-12-15"]),
        ("The agency, founded on 12 May 2003, met on 3 June 2024.", ["2024-06-03"]),
        ("Depuis le 1er janvier 2020, la mission… Créé le 28 novembre 2024 10:22", ["2024-11-28"]),
    ])
    func statedDatesLeaveOutTheHistoryTheTextRecalls(text: String, expected: [String]) {
        let received = Date(timeIntervalSince1970: 1_800_000_000)
        let days = EventDates.stated(in: FoldedText(text), receivedAt: received)
        #expect(days.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day ?? 0) } == expected)
    }

    private var meeting: String {
        """
        Les ministres des Affaires étrangères du Guyana et du Venezuela, Hugh Todd et Yván Gil, se sont réunis à Brasília \
        sous la médiation du Brésil pour la commission mixte sur l’Essequibo, avec un observateur des Nations unies.
        """
    }
    private var meetingRetold: String {
        """
        À Brasília, Yván Gil et Hugh Todd ont tenu la commission mixte Venezuela-Guyana sur l’Essequibo : le Brésil \
        facilitait les échanges des deux chefs de la diplomatie, et les Nations unies observaient.
        """
    }

    /// Two undated meetings of one dispute, told with the same names: the days of the month they
    /// name keep them apart, and the same day brings them together.
    @Test func undatedReleasesNamingOtherDaysOfTheMonthStayApart() throws {
        let first = try release("a.txt", "Commission mixte", "Jeudi 14 décembre, " + meeting)
        let other = try stories([first, try release("b.txt", "Commission mixte", meetingRetold + " C’était le 25 janvier.")])
        #expect(other[0] != other[1])
        let same = try stories([first, try release("c.txt", "Commission mixte", meetingRetold + " C’était le 15 décembre.")])
        #expect(same[0] == same[1])
    }

    /// An undated release's days of the month are weighed against a dated release's day, and are
    /// kept in the index.
    @Test func daysOfTheMonthAreComparedWithAPublicationDateAndStored() throws {
        let undated = try release("b.txt", "Commission mixte", meetingRetold + " C’était le 25 janvier.")
        let ids = try stories([try release("a.txt", "Commission mixte", meeting, published: "2023-12-14"), undated])
        #expect(ids[0] != ids[1])
        let index = try ReleaseIndex.inMemory()
        _ = try index.add([(undated, "archive/b.txt", Day(containing: noon, in: .gmt))], at: noon)
        let row = try #require(try index.read { db in try Row.fetchOne(db, sql: "SELECT * FROM release_signature") })
        #expect(StorySignature(row: row)?.monthDays == [24])
    }

    /// A follow-up names the day it was written: a story holding a report that names no weekday is
    /// not kept from it by another report's weekday.
    @Test func aStoryWithAReportNamingNoWeekdayLeavesItsDayOpen() throws {
        let talks = """
            les délégations se sont retrouvées à Mascate sous la médiation du ministre omanais des Affaires étrangères \
            pour des pourparlers indirects sur le programme nucléaire, a indiqué le porte-parole Ismaïl Baghaï.
            """
        let saturday = StorySignature(try release("a.txt", "Pourparlers à Mascate", "Samedi, " + talks))
        let noDay = StorySignature(
            try release("b.txt", "Mascate", "Pourparlers indirects à Mascate sur le nucléaire, selon Ismaïl Baghaï."))
        let sunday = StorySignature(
            try release(
                "c.txt", "Mascate",
                """
                Mascate a accueilli des pourparlers indirects sur le programme nucléaire : le ministre omanais des \
                Affaires étrangères a porté les messages des délégations, selon Ismaïl Baghaï. Dimanche, chacun est rentré.
                """))
        let weights = Weights(pool: [saturday, noDay, sunday])
        let candidate = { (id: Int64, signature: StorySignature) in
            StoryMatcher.Candidate(id: id, storyID: 1, signature: signature, norms: weights.norms(signature))
        }
        let matcher = StoryMatcher()
        let alone = matcher.match(sunday, among: [candidate(1, saturday)], weights: weights)
        let open = try #require(matcher.match(sunday, among: [candidate(1, saturday), candidate(2, noDay)], weights: weights))
        #expect(open.releaseID == 1 && (alone?.score ?? 0) < open.score - 0.1)
    }
}
