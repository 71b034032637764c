import Foundation
import Testing

@testable import VeilleCore

struct NumberKeysTests {
    private func numbers(_ text: String) -> [String] {
        NumberKeys.numbers(in: WordScanner.words(in: text), utf8: Array(text.utf8))
    }

    private func release(_ body: String, _ language: Language) -> Release {
        Release(
            fileName: "a.txt", contentHash: "a", format: .text, title: "", body: body, language: language,
            receivedAt: Date(timeIntervalSince1970: 1_750_000_000))
    }

    @Test(arguments: [
        ("The commission destroyed 1,194 weapons", ["1194"]),
        ("la commission a détruit 1 194 armes", ["1194"]),
        ("la commission a détruit 1\u{202F}194 armes", ["1194"]),
        ("1.194 armes détruites", ["1194"]),
        ("12 500 réfugiés et 1,200,000 déplacés", ["12500", "1200000"]),
    ])
    func readsThousandsGroupedAsOneNumber(text: String, expected: [String]) {
        #expect(numbers(text) == expected)
    }

    @Test func readsADecimalTheSameWithACommaOrAPeriod() {
        #expect(numbers("une croissance de 3,9 %") == ["3.9"])
        #expect(numbers("growth of 3.9%") == ["3.9"])
        #expect(numbers("4,50 dollars") == ["4.5"])
    }

    @Test(arguments: [
        ("Cinquante-quatre militaires ont été tués", ["54"]),
        ("fifty-four soldiers were killed", ["54"]),
        ("huit soldats", ["8"]),
        ("dix-sept morts", ["17"]),
        ("soixante-dix-huit blessés", ["78"]),
        ("soixante et onze otages", ["71"]),
        ("vingt et un pays", ["21"]),
        ("quatre-vingts personnes", ["80"]),
        ("quatre-vingt-dix jours", ["90"]),
        ("twenty-one countries", ["21"]),
    ])
    func readsNumbersWrittenInWords(text: String, expected: [String]) {
        #expect(numbers(text) == expected)
    }

    @Test func readsEachPartOfADateOrAListOnItsOwn() {
        #expect(numbers("le 12.03.2025 à Lomé") == ["12", "3", "2025"])
        #expect(numbers("les articles 1, 2 et 3") == ["1", "2", "3"])
        #expect(numbers("en 2024 150 personnes") == ["2024", "150"])
        #expect(numbers("le 64e sommet à 10h30") == ["64e", "10h30"])
    }

    @Test func leavesOutArticlesZeroAndLongReferences() {
        #expect(numbers("un homme et une femme, one man") == [])
        #expect(numbers("08 morts, 0 blessé") == ["8"])
        #expect(numbers("dossier 123456789") == [])
    }

    @Test func storySignaturesOfOneTollWrittenTwoWaysShareItsKey() {
        let english = release("The army said 1,194 weapons were destroyed.", .en)
        let french = release("L’armée a détruit 1 194 armes.", .fr)
        #expect(StorySignature(english).keys.contains("n:1194"))
        #expect(StorySignature(french).keys.contains("n:1194"))
        #expect(!StorySignature(english).keys.contains("n:194"))
    }
}
