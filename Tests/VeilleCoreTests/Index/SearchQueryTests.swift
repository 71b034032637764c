import Testing

@testable import VeilleCore

struct SearchQueryTests {
    @Test(arguments: [
        ("sahel armes", #""sahel" AND "armes""#),
        (#""armes légères""#, #""=armes =legeres""#),
        ("terror*", #""=terror"*"#),
        ("l'arm*", #""=l =arm"*"#),
        ("mali OR niger", #"("mali" OR "niger")"#),
        ("mali OR niger OR tchad sahel", #"("mali" OR "niger" OR "tchad") AND "sahel""#),
        ("armes -exercice -simulation", #"("armes") NOT ("exercice" OR "simulation")"#),
        ("title:cedeao", #"title : "cedeao""#),
        (#"titre:"sommet extraordinaire" body:sahel"#, #"title : "=sommet =extraordinaire" AND body : "sahel""#),
        (#"say "hi"#, "error"),
        ("OR armes", #""OR" AND "armes""#),
        ("armes OR", #""armes""#),
        (#"a"b"#, "error"),
        ("NEAR(a b)", #""NEAR(a" AND "b)""#),
        (#"quote"inside""#, #""quote" AND "=inside""#),
    ])
    func queryBecomesAnFTS5ExpressionThatCannotMisparse(text: String, expected: String) {
        do {
            #expect(try SearchQuery(text).ftsExpression == expected)
        } catch {
            #expect(expected == "error", "\(text) was refused: \(error.reason)")
        }
    }

    @Test(arguments: [
        (#""unclosed"#, "opening quote without a closing one"),
        ("  ", "no words"),
        ("* - ( )", "no words"),
        (#""""#, "no words"),
        ("-armes", "only excludes words"),
        ("-armes -munitions", "only excludes words"),
    ])
    func malformedQueryGetsAClearMessage(text: String, message: String) {
        do {
            _ = try SearchQuery(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.code == .query)
            #expect(error.reason.contains(message))
        }
    }
}
