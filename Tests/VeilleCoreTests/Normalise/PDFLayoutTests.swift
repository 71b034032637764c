import Testing

@testable import VeilleCore

/// The line-level rules of PDF reading: page numbers, running lines, hyphens, paragraph breaks.
struct PDFLayoutTests {
    @Test(arguments: [
        ("3", true), ("- 12 -", true), ("Page 3 / 9", true), ("page 4 of 10", true), ("3/9", true), ("p. 7", true),
        ("2024", false), ("Lomé, le 3 décembre", false), ("Article 3", false),
    ])
    func pageNumbersAreTold(text: String, isPageNumber: Bool) {
        #expect(RunningChrome.isPageNumber(RunningChrome.key(text), text) == isPageNumber)
    }

    static func line(_ text: String, top: Double, left: Double = 72, right: Double = 500, height: Double = 10) -> PDFLine {
        PDFLine(text: text, box: PDFLine.Box(left: left, top: top, right: right, bottom: top + height))
    }

    @Test func lineRepeatedAtTheSameHeightOnMostPagesIsRemovedAndBodyLinesStay() {
        let pages = (1...3).map { number in
            [
                Self.line("Ministère des Affaires étrangères", top: 40),
                Self.line("Texte \(number).", top: 80 + 20 * Double(number)),
                Self.line("Le Conseil se réunira.", top: 93 + 20 * Double(number)), Self.line("\(number)", top: 800),
            ]
        }
        let kept = RunningChrome.removed(from: pages).map { $0.map(\.text) }
        #expect(kept == (1...3).map { ["Texte \($0).", "Le Conseil se réunira."] })
    }

    @Test func singlePageKeepsItsFirstLines() {
        let page = [Self.line("Communiqué final", top: 40), Self.line("Le sommet s'est tenu.", top: 100)]
        #expect(RunningChrome.removed(from: [page]).first?.count == 2)
    }

    @Test(arguments: [
        ("la situation sécuri-", "taire au Sahel", "la situation sécuritaire au Sahel"),
        ("réuni à Addis-", "Abeba hier", "réuni à Addis-Abeba hier"),
        ("le Conseil", "condamne", "le Conseil condamne"),
        ("entre 2023 -", "2024", "entre 2023 - 2024"),
    ])
    func linesAreJoinedAndHyphensHealed(text: String, line: String, joined: String) {
        #expect(PDFParagraphs.joined(text, line) == joined)
    }

    @Test func widerGapShorterLastLineAndNewColumnEndParagraphs() {
        let lines = [
            Self.line("The Ministers met in Dakar to review", top: 100),
            Self.line("the situation.", top: 113, right: 200),
            Self.line("They called on partners to honour", top: 135),
            Self.line("their pledges and to fund", top: 148),
            Self.line("the plan, which remains short.", top: 100, left: 320, right: 480),
        ]
        #expect(
            PDFParagraphs.paragraphs([lines]) == [
                "The Ministers met in Dakar to review the situation.",
                "They called on partners to honour their pledges and to fund the plan, which remains short.",
            ])
    }
}

/// Which files are read as PDFs.
struct PDFSniffingTests {
    @Test(arguments: [
        ("%PDF-1.7\n%âãÏÓ\n", true), ("Note: the file header is %PDF-1.4, then objects.", false), ("", false), ("%PD", false),
    ])
    func onlyAFileOpeningWithThePDFSignatureIsAPDF(text: String, isPDF: Bool) {
        #expect(ContentSniffer.looksLikePDF(Array(text.utf8)) == isPDF)
    }
}
