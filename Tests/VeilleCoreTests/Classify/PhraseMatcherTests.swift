import Testing

@testable import VeilleCore

struct PhraseMatcherTests {
    private func count(_ term: String, in text: String) throws -> Int {
        let pattern = try #require(TermPattern(term))
        return PhraseMatcher([pattern]).counts(in: FoldedText(text))[0]
    }

    @Test(arguments: [
        ("terroris*", "Le terrorisme, les terroristes et le terroriste.", 3),
        ("terroris*", "La lutte antiterroriste", 0),
        ("sécurité", "securite SÉCURITÉ sécuritaire", 2),
        ("arme* légère*", "des armes légères, une arme légère, des armes lourdes", 2),
        ("extrémisme* violent*", "L’EXTREMISME VIOLENT et les extrémismes violents", 2),
        ("secrétaire d’État", "le secrétaire d'Etat américain", 1),
        ("al-Qaïda", "Al Qaida et al-Qaïda", 2),
        ("ISIS", "crisis analysis", 0),
    ])
    func matchesWholeWordsAndPhrasesIgnoringCaseAndAccents(term: String, text: String, expected: Int) throws {
        #expect(try count(term, in: text) == expected)
    }

    @Test func countsEveryPatternInOnePass() throws {
        let patterns = try ["diplomati*", "commission mixte", "Niamey"].map { try #require(TermPattern($0)) }
        let counts = PhraseMatcher(patterns).counts(
            in: FoldedText("La diplomatie togolaise à Niamey : commission mixte, relations diplomatiques."))
        #expect(counts == [2, 1, 1])
    }

    @Test(arguments: ["", "***", "ter*ror", "« »"])
    func refusesTermsWithNothingToMatchOrAMisplacedWildcard(term: String) {
        #expect(TermPattern(term) == nil)
    }
}
