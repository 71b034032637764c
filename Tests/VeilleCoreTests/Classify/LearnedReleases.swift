import Foundation

@testable import VeilleCore

/// Small releases we write for the learned part's tests. Kidnappings are a case the shipped
/// rules only half know: they have no term for "enlèvement", "ravisseurs" or "rançon", so a
/// kidnapping release with one passing mention of terrorism scores just under the threshold.
enum LearnedReleases {
    static let towns = ["Ménaka", "Gao", "Dori", "Kidal", "Tillabéri", "Fada", "Djibo", "Mopti", "Ansongo", "Diffa", "Bankilaré", "Tessit"]

    static func release(_ title: String, _ paragraphs: [String], language: Language = .fr) -> Release {
        Release(
            fileName: "\(title.hashValue).txt", contentHash: "\(title.hashValue)", format: .text, title: title,
            titleOrigin: .firstLine, body: paragraphs.joined(separator: "\n"), language: language, receivedAt: Date())
    }

    /// A kidnapping, with "terrorisme" once, in the last of three paragraphs.
    static func kidnapping(_ number: Int) -> Release {
        let town = towns[number % towns.count]
        return release(
            "Enlèvement de \(number + 2) travailleurs près de \(town)",
            [
                "Des ravisseurs ont enlevé \(number + 2) travailleurs sur la route de \(town) dans la nuit de lundi.",
                "Les ravisseurs réclament une rançon aux familles. L’enlèvement a été confirmé par le gouverneur de \(town).",
                "Le gouverneur rappelle que la région reste exposée au terrorisme et appelle les habitants à la prudence.",
            ])
    }

    /// A market or festival release that mentions terrorism in passing, as many do.
    static func ordinary(_ number: Int) -> Release {
        let town = towns[number % towns.count]
        return release(
            "Ouverture du marché de bétail de \(town)",
            [
                "Le marché de bétail de \(town) a rouvert ses portes ce samedi après les travaux de rénovation.",
                "Les \(number + 40) éleveurs présents saluent la baisse des taxes. Les commerçants attendent la saison des pluies.",
                "Le maire rappelle que la région reste exposée au terrorisme et appelle les habitants à la prudence.",
            ])
    }

    /// Analysts' labels: kidnappings are terrorism, markets are nothing.
    static func examples(count: Int) -> [CorrectionModel.Example] {
        (0..<count).map { number in
            number.isMultiple(of: 2)
                ? CorrectionModel.Example(release: kidnapping(number), topics: ["terrorism"])
                : CorrectionModel.Example(release: ordinary(number), topics: [])
        }
    }
}
