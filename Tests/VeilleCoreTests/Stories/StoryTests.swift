import Foundation
import GRDB
import Testing

@testable import VeilleCore

/// Merge and no-merge patterns, on releases we wrote for the purpose.
struct StoryTests {
    let noon = Date(timeIntervalSince1970: 1_749_729_600)  // 2025-06-12 12:00 UTC
    private let day = Day(year: 2025, month: 6, day: 12) ?? Day(containing: Date(), in: .gmt)

    func release(_ name: String, _ title: String, _ body: String, _ language: Language = .fr, published: String? = nil)
        throws -> Release
    {
        var release = Release(
            fileName: name, contentHash: name, format: .text, title: title, body: body, language: language,
            published: published.flatMap(PublicationDate.init(iso:)), receivedAt: noon)
        release.entities = EntityExtractor(gazetteer: try TestConfiguration.gazetteer()).entities(in: release)
        return release
    }

    /// The story ids of `releases` once indexed in order.
    func stories(_ releases: [Release]) throws -> [Int64?] {
        let index = try ReleaseIndex.inMemory()
        let ids = try index.add(releases.map { ($0, "archive/\($0.fileName)", day) }, at: noon)
        return try ids.map { try index.release(id: $0)?.storyID }
    }

    private let attack = """
        Un poste avancé de l’armée a été attaqué dans la nuit de mardi à Kpendjal par des hommes armés. Le bilan fait état \
        de 6 soldats tués et 9 blessés, selon le ministre de la Sécurité, le général Damehame Yark.

        Le gouvernement togolais condamne cette attaque et appelle la population de la région des Savanes à la vigilance.
        """
    private let attackRetold = """
        Six militaires togolais ont perdu la vie et 9 autres ont été blessés lors de l’attaque d’un poste à Kpendjal, \
        dans la région des Savanes, dans la nuit de mardi à mercredi.

        Le général Damehame Yark, ministre de la Sécurité, a annoncé des renforts dans le nord du Togo.
        """

    @Test func exactDuplicateAfterNormalisationMerges() throws {
        let ids = try stories([
            try release("a.txt", "Attaque à Kpendjal", attack),
            try release("b.txt", "ATTAQUE À KPENDJAL", attack.uppercased()),
        ])
        #expect(ids[0] == ids[1])
    }

    @Test func repostWithSmallEditsMerges() throws {
        let edited =
            attack.replacingOccurrences(of: "dans la nuit de mardi", with: "dans la nuit du mardi")
            + "\n\nPartager sur Facebook"
        let ids = try stories([try release("a.txt", "Attaque à Kpendjal", attack), try release("b.txt", "Kpendjal", edited)])
        #expect(ids[0] == ids[1])
    }

    @Test func sameEventFromAnotherOutletMerges() throws {
        let ids = try stories([
            try release("a.txt", "Attaque à Kpendjal", attack),
            try release("b.txt", "Six soldats tués dans les Savanes", attackRetold),
            try release(
                "c.txt", "Festival des masques",
                "Le festival des masques de Kara s’ouvre samedi avec 40 troupes venues du Togo et du Bénin."),
        ])
        #expect(ids[0] == ids[1])
        #expect(ids[2] != ids[0])
    }

    @Test func sameEventInEnglishMergesThroughNamesAndNumbers() throws {
        let english = """
            Six Togolese soldiers were killed and 9 wounded when gunmen attacked an army post in Kpendjal, in the Savanes \
            region. Security minister General Damehame Yark announced reinforcements.
            """
        let ids = try stories([
            try release("a.txt", "Attaque à Kpendjal", attack),
            try release("b.txt", "Togo: soldiers killed in Kpendjal attack", english, .en),
        ])
        #expect(ids[0] == ids[1])
    }

    @Test func sameSubjectDifferentEventsStayApart() throws {
        let anniversary = """
            Dix ans après l’adoption de la résolution 1540 sur la non-prolifération, le Conseil de sécurité réaffirme sa \
            préoccupation face aux armes de destruction massive aux mains d’acteurs non étatiques.
            """
        let adoption = """
            Le Conseil de sécurité adopte la résolution 2325 qui renforce la mise en œuvre de la résolution 1540 sur les \
            armes de destruction massive et les acteurs non étatiques, à l’unanimité de ses membres.
            """
        let message = """
            Vingt ans après la résolution 1540, le Secrétaire général appelle les États à empêcher les acteurs non étatiques \
            d’acquérir des armes nucléaires, chimiques et biologiques.
            """
        let ids = try stories([
            try release("a.txt", "Dix ans de la résolution 1540", anniversary, published: "2014-05-07"),
            try release("b.txt", "Résolution 2325", adoption, published: "2016-12-15"),
            try release("c.txt", "Vingt ans de la résolution 1540", message, published: "2024-04-28"),
        ])
        #expect(Set(ids).count == 3)
    }

    private let summit = """
        Les chefs d’État de la Communauté ouest-africaine se sont retrouvés dimanche à Abuja pour leur sommet ordinaire. \
        Ils ont examiné les transitions au Mali, au Burkina Faso et en Guinée, et le financement de la force régionale.
        """

    @Test func differentEditionNumbersKeepRecurringEventsApart() throws {
        let ids = try stories([
            try release("a.txt", "Abuja accueille le 62ème sommet de la CEDEAO", summit),
            try release("b.txt", "Ouverture du 64e sommet de la CEDEAO à Abuja", summit + " Un communiqué final est attendu."),
            try release("c.txt", "Le 64e sommet de la CEDEAO s’ouvre", summit + " Le président de la Commission a parlé."),
        ])
        #expect(ids[0] != ids[1])
        #expect(ids[1] == ids[2])
    }

    @Test func datesStatedInTheTextKeepUndatedReleasesOfDistantYearsApart() throws {
        let ids = try stories([
            try release("a.txt", "Attaque à Kpendjal", "Le 16 décembre 2017, " + attack),
            try release("b.txt", "Attaque à Kpendjal", "Le 3 mars 2024, " + attackRetold),
            try release("c.txt", "Attaque à Kpendjal", "Le 4 mars 2024, " + attack),
        ])
        #expect(ids[0] != ids[1])
        #expect(ids[1] == ids[2])
    }

    /// A release without a date that names 2024 was written in 2024 or later: it is not the 2021
    /// report it resembles, however alike their words.
    @Test func anUndatedReleaseNamingALaterYearStaysApartFromADatedOne() throws {
        let dated = try release("a.txt", "Attaque à Kpendjal", attack, published: "2021-03-04")
        let later = try stories([
            dated, try release("b.txt", "Attaque à Kpendjal", attackRetold + " Le bilan de 2024 reste lourd."),
        ])
        #expect(later[0] != later[1])
        let same = try stories([
            dated, try release("c.txt", "Attaque à Kpendjal", attackRetold + " Le bilan de 2021 reste lourd."),
        ])
        #expect(same[0] == same[1])
    }

    /// A candidate read back from the index compares as the release did when it was made: its
    /// features come from their stored hashes, its clues from their columns.
    @Test func aSignatureReadFromTheIndexHoldsTheSameFeatures() throws {
        let retold = try release("a.txt", "Attaque à Kpendjal", "Mardi 4 mars 2025, " + attackRetold + " Bilan de 2024.")
        let made = StorySignature(retold)
        let index = try ReleaseIndex.inMemory()
        _ = try index.add([(retold, "archive/a.txt", day)], at: noon)
        let row = try #require(try index.read { db in try Row.fetchOne(db, sql: "SELECT * FROM release_signature") })
        let read = try #require(StorySignature(row: row))
        #expect(!made.stemHashes.isEmpty && !made.keyHashes.isEmpty)
        #expect(read.stemHashes == made.stemHashes)
        #expect(read.keyHashes == made.keyHashes)
        #expect(read.eventDays == made.eventDays)
        #expect(read.latestYear == 2025 && read.weekdays == made.weekdays && made.weekdays != 0)
        #expect(read.countries == made.countries && made.countries.contains("TG"))
    }

    /// Two statements cut from one template, the same words about two attacks: the countries
    /// they name, none in common, keep them apart; the same statement naming one country in
    /// common with a report joins it.
    @Test func releasesNamingCountriesWithNoneInCommonStayApart() throws {
        let statement = { (country: String) in
            """
            Les membres du Conseil de sécurité ont condamné dans les termes les plus énergiques l’attaque terroriste \
            odieuse et lâche perpétrée contre un poste de police au \(country), qui a fait de nombreux morts et blessés. \
            Ils ont exprimé leurs profondes condoléances aux familles des victimes et au Gouvernement, et souhaité un \
            prompt rétablissement aux blessés. Ils ont souligné la nécessité de traduire en justice les auteurs.
            """
        }
        let ids = try stories([
            try release("a.txt", "Déclaration du Conseil de sécurité", statement("Niger")),
            try release("b.txt", "Déclaration du Conseil de sécurité", statement("Tchad")),
            try release("c.txt", "Déclaration du Conseil de sécurité", statement("Niger") + " Le Niger a remercié le Conseil."),
        ])
        #expect(ids[0] != ids[1])
        #expect(ids[0] == ids[2])
    }

    /// A story's first report tells of the talks' opening, its second of the opening and the
    /// next round; a third on the next round alone is close to the second but far from the first,
    /// and does not join through the second.
    @Test func aStoryIsNotJoinedThroughOneMemberWhenAnotherIsFarFromAlike() throws {
        let opening = """
            Les délégations iranienne et américaine ont ouvert à Mascate des pourparlers indirects sous la médiation \
            omanaise. Le ministre Badr Albusaidi a transmis les messages entre les deux salles.
            """
        let nextRound = """
            Un nouveau cycle est annoncé à Rome, où des experts techniques examineront l’enrichissement, les \
            inspections et la levée des sanctions, selon le porte-parole Esmaïl Baghaï.
            """
        let first = StorySignature(try release("a.txt", "Pourparlers à Mascate", opening))
        let second = StorySignature(try release("b.txt", "Pourparlers à Mascate, puis Rome", opening + " " + nextRound))
        let third = StorySignature(try release("c.txt", "Cycle de Rome", nextRound))
        let weights = Weights(pool: [first, second, third])
        let alone = StoryMatcher.Candidate(id: 2, storyID: 1, signature: second, norms: weights.norms(second))
        let matcher = StoryMatcher()
        let throughSecond = try #require(matcher.match(third, among: [alone], weights: weights))
        #expect(throughSecond.score >= StoryMatcher.sameStoryThreshold)
        let withFirst = [StoryMatcher.Candidate(id: 1, storyID: 1, signature: first, norms: weights.norms(first)), alone]
        #expect(
            weights.similarity(third, weights.norms(third), first, weights.norms(first))
                < StoryMatcher.sameStoryThreshold * StoryMatcher.memberShare)
        #expect(matcher.match(third, among: withFirst, weights: weights) == nil)
    }

    @Test func latestYearIgnoresYearsAfterArrivalAndNumbersThatAreNotYears() {
        let words = FoldedText("En 2019, puis en 2023, 1500 soldats ; objectif 2030. Budget : 12345 francs.")
        #expect(EventDates.latestYear(in: words, receivedAt: noon) == 2023)
        #expect(EventDates.latestYear(in: FoldedText("Aucune année ici."), receivedAt: noon) == nil)
    }

    @Test func weekdaysAreReadInFrenchAndEnglish() {
        #expect(Weekdays.named(in: FoldedText("Dans la nuit de mardi à mercredi")) == 0b110)
        #expect(Weekdays.named(in: FoldedText("On Saturday, the talks resumed")) == 0b10_0000)
        #expect(Weekdays.named(in: FoldedText("Le Comité s’est réuni")) == 0)
        #expect(Weekdays.disagree(0b10, 0b100))
        #expect(!Weekdays.disagree(0b110, 0b100))
        #expect(!Weekdays.disagree(0, 0b100))
    }

    /// Two rounds of talks told alike, one "samedi", the next "mardi": the weekdays lower the
    /// similarity of the second round to the first by about `weekdayPenalty`.
    @Test func weekdaysWithNoneInCommonLowerTheSimilarity() throws {
        let first = """
            Samedi, les délégations se sont retrouvées à Mascate sous la médiation du ministre omanais des Affaires \
            étrangères pour des pourparlers indirects sur le programme nucléaire, a indiqué le porte-parole Ismaïl Baghaï.
            """
        let retold = """
            Les pourparlers indirects sur le nucléaire ont eu lieu à Mascate, où le ministre omanais des Affaires \
            étrangères assurait la médiation entre les délégations, selon Ismaïl Baghaï, porte-parole du ministère.
            """
        let a = StorySignature(try release("a.txt", "Pourparlers à Mascate", first))
        let sameDay = StorySignature(try release("b.txt", "Pourparlers à Mascate", retold + " C’était samedi."))
        let otherDay = StorySignature(try release("c.txt", "Pourparlers à Mascate", retold + " C’était mardi."))
        let weights = Weights(pool: [a, sameDay, otherDay])
        let candidates = [StoryMatcher.Candidate(id: 1, storyID: 1, signature: a, norms: weights.norms(a))]
        let matcher = StoryMatcher()
        let same = try #require(matcher.match(sameDay, among: candidates, weights: weights))
        let other = matcher.match(otherDay, among: candidates, weights: weights)
        #expect(same.kind == .related)
        #expect((other?.score ?? 0) < same.score - 0.05)
    }

    @Test(arguments: [
        ("La 62ème session ordinaire et le 64e sommet", [62, 64]),
        ("The 22nd session, held on 23rd May", [22]),
        ("Le 1er janvier et le XXIe siècle, le 21e siècle", []),
    ])
    func ordinalsReadEditionsNotDates(text: String, expected: [Int]) {
        #expect(Ordinals.all(in: FoldedText(text)) == Set(expected))
    }

    @Test func statedDatesSkipThoseAfterArrival() {
        let dates = EventDates.stated(
            in: FoldedText("Signé le 16 décembre 2017 à Lomé, en vigueur le 1er mars 2031."), receivedAt: noon)
        #expect(dates == [PublicationDate(year: 2017, month: 12, day: 16)].compactMap { $0 })
    }

    /// Candidates come from the feature index, not from the latest releases: a busy day between
    /// two reports of one event does not hide the first.
    @Test func aBusyDayInBetweenDoesNotHideTheFirstReport() throws {
        let fillers = try (0..<220).map { number in
            try release(
                "filler\(number).txt", "Bulletin \(number)",
                "Le comité numéro \(number) de la commune de Zorbanie\(number) a tenu sa réunion ordinaire, sans décision notable."
            )
        }
        let ids = try stories(
            [try release("a.txt", "Attaque à Kpendjal", attack)] + fillers
                + [try release("b.txt", "Six soldats tués dans les Savanes", attackRetold)])
        #expect(ids.first == ids.last)
    }
}
