import Foundation
import Testing

@testable import VeilleCore

struct FoldedTextTests {
    @Test(arguments: [
        ("L’Extrémisme VIOLENT", ["l", "extremisme", "violent"]),
        ("sécurité SÉCURITÉ securite", ["securite", "securite", "securite"]),
        ("Œuvrer, cœur, Ærø, straße", ["oeuvrer", "coeur", "aero", "strasse"]),
        ("Moyen‑Orient (non-breaking hyphen)", ["moyen", "orient", "non", "breaking", "hyphen"]),
        ("« Paix » — 2024 : l'ONU", ["paix", "2024", "l", "onu"]),
        ("Łódź, Čad, Niño", ["lodz", "cad", "nino"]),
        ("", []),
        ("… ! ?", []),
    ])
    func foldsCaseAccentsAndPunctuation(text: String, words: [String]) {
        #expect(FoldedText(text).words == words)
    }

    @Test func keepsLettersOfOtherScriptsAsTheyAre() {
        #expect(FoldedText("Москва и القاهرة").words == ["Москва", "и", "القاهرة"])
    }

    @Test func tokenRangesPointIntoTheFoldedBytes() {
        let text = FoldedText("Lomé, Niamey")
        #expect(text.count == 2)
        #expect(Array(text.token(0)) == Array("lome".utf8))
        #expect(Array(text.token(1)) == Array("niamey".utf8))
    }

    @Test func decomposedAccentsFoldLikeComposedOnes() {
        // "é" as e + combining acute: the normaliser composes text to NFC before folding.
        let decomposed = "se\u{301}curite\u{301}".precomposedStringWithCanonicalMapping
        #expect(FoldedText(decomposed).words == ["securite"])
    }
}
