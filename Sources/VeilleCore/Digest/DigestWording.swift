import Foundation

/// The digest's own words in English and French; topic names come from the topic files.
struct DigestWording: Sendable {
    let language: DigestLanguage

    private static let months: [DigestLanguage: [String]] = [
        .en: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        .fr: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
    ]
    private static let weekdays: [DigestLanguage: [String]] = [
        .en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        .fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    ]

    /// "Monday 23 November 2026", "lundi 23 novembre 2026".
    func longDate(_ day: Day, timeZone: TimeZone) -> String {
        let weekday = Day.calendar(timeZone).component(.weekday, from: day.interval(in: timeZone).lowerBound)
        let weekdayName = Self.weekdays[language]?[weekday - 1] ?? ""
        let month = Self.months[language]?[day.month - 1] ?? "\(day.month)"
        return "\(weekdayName) \(day.day) \(month) \(day.year)"
    }

    func title(_ date: String) -> String {
        language == .fr ? "Veille — revue de presse du \(date)" : "Veille — digest for \(date)"
    }

    func received(_ count: Int, timeZone: TimeZone) -> String {
        switch language {
        case .fr:
            count == 1
                ? "**1 communiqué** reçu (\(timeZone.identifier))" : "**\(count) communiqués** reçus (\(timeZone.identifier))"
        case .en:
            count == 1
                ? "**1 release** received (\(timeZone.identifier))" : "**\(count) releases** received (\(timeZone.identifier))"
        }
    }

    func stories(_ count: Int) -> String {
        switch language {
        case .fr: count == 1 ? "**1 sujet**" : "**\(count) sujets**"
        case .en: count == 1 ? "**1 story**" : "**\(count) stories**"
        }
    }

    var sources: String { language == .fr ? "Sources" : "Sources" }
    var earlier: String { language == .fr ? "Déjà signalé" : "Reported earlier" }
    var entities: String { language == .fr ? "Entités" : "Entities" }
    var entitiesToday: String { language == .fr ? "Entités les plus citées" : "Most mentioned entities" }
    var today: String { language == .fr ? "Aujourd’hui" : "Today" }
    var pastWeek: String { language == .fr ? "7 jours précédents" : "Past 7 days" }
    var entityColumn: String { language == .fr ? "Entité" : "Entity" }
    var days: String { language == .fr ? "Revues de presse" : "Digests" }
    var other: String { language == .fr ? "Autres" : "Other" }
    var duplicates: String { language == .fr ? "Doublons" : "Duplicates" }
    var notIndexed: String { language == .fr ? "Non indexés" : "Not indexed" }
    /// Heads the list of stories that also touch a section's topic but are filed under another.
    var alsoAbout: String { language == .fr ? "Concerne aussi ce thème" : "Also on this topic" }
    func under(_ heading: String) -> String { language == .fr ? "voir « \(heading) »" : "see \(heading)" }
    var none: String { language == .fr ? "_Aucun aujourd’hui._" : "_None today._" }
    var source: String { language == .fr ? "Source" : "Source" }
    var unknown: String { language == .fr ? "inconnue" : "unknown" }
    var published: String { language == .fr ? "Publié" : "Published" }
    var languageLabel: String { language == .fr ? "Langue" : "Language" }
    var receivedAt: String { language == .fr ? "Reçu" : "Received" }
    var why: String { language == .fr ? "Pourquoi" : "Why" }
    var file: String { language == .fr ? "Fichier" : "File" }
    var score: String { "score" }
    var filedByAnalyst: String { language == .fr ? "classé par un analyste" : "filed by an analyst" }
    var threshold: String { language == .fr ? "seuil" : "threshold" }
    /// Precedes what the model learned from analysts' labels gave, where it took part in the score.
    var learnedFromLabels: String { language == .fr ? "appris des corrections" : "learned from corrections" }
    /// Precedes the base model's probability, where it took part in the score.
    var baseModel: String { language == .fr ? "modèle" : "model" }
    /// Marks a topic decision near its threshold, which an analyst should confirm with `veille label`.
    var toCheck: String { language == .fr ? "à vérifier" : "to check" }
    var noTopic: String { language == .fr ? "aucun thème n’atteint son seuil" : "no topic reached its threshold" }

    var notListed: String { language == .fr ? "non listés" : "not listed" }
    var overview: String { language == .fr ? "À la une" : "Top stories" }
    var contents: String { language == .fr ? "Sommaire" : "Contents" }
    var watching: String { language == .fr ? "suivi" : "watch list" }
    var readingCopy: String { language == .fr ? "Copie de lecture" : "Reading copy" }
    var original: String { language == .fr ? "Original archivé" : "Archived original" }

    /// "3 sources", "1 source".
    func sourceCount(_ count: Int) -> String { count == 1 ? "1 source" : "\(count) sources" }

    /// "12 stories, 3 of them also in another section."
    func sectionCount(_ count: Int, shared: Int) -> String {
        switch language {
        case .fr:
            let head = count == 1 ? "1 sujet" : "\(count) sujets"
            return shared == 0 ? head + "." : head + ", dont \(shared) aussi dans une autre rubrique."
        case .en:
            let head = count == 1 ? "1 story" : "\(count) stories"
            return shared == 0 ? head + "." : head + ", \(shared) of them also in another section."
        }
    }

    /// Why the section counts add up to more than the stories.
    func repeats(_ count: Int) -> String {
        switch language {
        case .fr: "Un sujet à plusieurs thèmes compte dans chacun : \(count) de plus."
        case .en: "A story on several topics counts in each: \(count) more."
        }
    }

    /// "Follows up the story of Friday 4 December 2026".
    func followsUp(_ date: String) -> String {
        language == .fr ? "Suite du sujet du \(date)" : "Follows up the story of \(date)"
    }

    func duplicateOf(_ id: Int64) -> String {
        language == .fr ? "même contenu que le n° \(id)" : "same content as #\(id)"
    }

    func duplicatesSkipped(_ count: Int) -> String {
        switch language {
        case .fr: count == 1 ? "1 doublon écarté" : "\(count) doublons écartés"
        case .en: count == 1 ? "1 duplicate skipped" : "\(count) duplicates skipped"
        }
    }

    func failed(_ count: Int) -> String {
        switch language {
        case .fr: count == 1 ? "1 fichier non indexé, listé à la fin" : "\(count) fichiers non indexés, listés à la fin"
        case .en:
            count == 1
                ? "1 file could not be indexed (listed at the end)" : "\(count) files could not be indexed (listed at the end)"
        }
    }
}
