import Foundation
import Testing

@testable import VeilleCore

/// Context rules and centrality, on a small topic written here so the tests do not move when the
/// shipped topic files are tuned.
struct ContextRuleTests {
    private func term(_ text: String, _ weight: Double, near: [String] = [], unless: [String] = [], within: Int = 8) throws
        -> TopicTerm
    {
        TopicTerm(
            text: text, weight: weight, pattern: try #require(TermPattern(text)),
            near: try near.map { try #require(TermPattern($0)) }, unless: try unless.map { try #require(TermPattern($0)) },
            within: within)
    }

    private func classifier() throws -> TopicClassifier {
        let arms = TopicDefinition(
            id: "arms", labels: [:], order: 1, threshold: 0.5, scale: 4,
            terms: [
                .fr: [
                    try term("arme*", 3, near: ["trafic*", "saisi*"]),
                    try term("nucléaire*", 3, unless: ["centrale*", "sûreté"]),
                ]
            ])
        return TopicClassifier(topics: [arms])
    }

    private func breakdown(_ body: String, title: String = "") throws -> TopicBreakdown {
        let release = Release(
            fileName: "t.txt", contentHash: "h", format: .text, title: title, titleOrigin: title.isEmpty ? .firstSentence : .firstLine,
            body: body, language: .fr, receivedAt: Date())
        return try #require(try classifier().explain(release).first)
    }

    @Test func nearTermCountsOnlyWithItsContextClose() throws {
        let seized = try breakdown("Des armes ont été saisies à la frontière.")
        #expect(seized.terms.first?.tally.counted == 1)
        #expect(seized.isAssigned)
        let figurative = try breakdown("Les armes de la persuasion ont servi au débat, loin de tout commerce.")
        #expect(figurative.terms.first?.tally.counted == 0)
        #expect(figurative.terms.first?.tally.withoutContext == 1)
        #expect(figurative.score == 0)
    }

    @Test func contextFartherThanWithinDoesNotCount() throws {
        let far = try breakdown("Les armes " + Array(repeating: "mot", count: 12).joined(separator: " ") + " saisies.")
        #expect(far.terms.first?.tally.withoutContext == 1)
    }

    @Test func unlessTermCancelsAnOccurrence() throws {
        let plant = try breakdown("La sûreté de la centrale nucléaire a été inspectée.")
        #expect(plant.terms.first?.tally.cancelled == 1)
        #expect(!plant.isAssigned)
        let weapons = try breakdown("Le programme nucléaire militaire inquiète ses voisins.")
        #expect(weapons.terms.first?.tally.counted == 1)
    }

    @Test func scoreStaysBetweenZeroAndOne() throws {
        let heavy = try breakdown(Array(repeating: "Trafic d’armes et armes saisies, programme nucléaire.", count: 40).joined(separator: "\n"))
        #expect(heavy.score > 0.5 && heavy.score < 1)
        #expect(try breakdown("Rien à signaler.").score == 0)
    }

    @Test func evidenceInOneParagraphOfALongerReleaseIsAPassingMention() throws {
        let filler = Array(
            repeating: "Le comité a parlé longuement du budget de l’année, des routes du nord, des écoles et des marchés de la région.",
            count: 4)
        let passing = try breakdown((filler + ["Il a aussi évoqué des armes saisies."]).joined(separator: "\n"))
        #expect(passing.isPassingMention)
        let central = try breakdown(
            (["Des armes ont été saisies."] + filler + ["Les armes saisies seront détruites."]).joined(separator: "\n"))
        #expect(!central.isPassingMention)
        #expect(central.score > passing.score)
    }

    @Test func aLongReleaseNeedsMoreEvidenceThanAShortOne() throws {
        let short = try breakdown("Des armes ont été saisies.")
        let long = try breakdown(
            "Des armes ont été saisies.\n" + Array(repeating: "Le marché a rouvert ses portes ce matin.", count: 150).joined(separator: "\n"))
        #expect(long.lengthFactor < 1)
        #expect(long.score < short.score)
    }

    @Test func explanationNamesEachTermWhereItStoodAndWhatItAdded() throws {
        let release = Release(
            fileName: "t.txt", contentHash: "h", format: .text, title: "Armes saisies", titleOrigin: .firstLine,
            body: "Des armes ont été saisies. La centrale nucléaire est sûre.", language: .fr, receivedAt: Date())
        let text = Explanation(decisions: try classifier().explain(release).map { ($0, $0.score) }, labels: ["arms": false]).text
        #expect(text.contains("arms: score"))
        #expect(text.contains("an analyst took it out of arms"))
        #expect(text.contains("arme* (weight 3.00): title, lead ×1"))
        #expect(text.contains("1 cancelled by an `unless` term"))
    }
}
