import Foundation
import Testing

@testable import VeilleCore

struct TopicClassifierTests {
    private func release(title: String, body: String, language: Language = .fr, origin: TitleOrigin = .firstLine) -> Release {
        Release(
            fileName: "t.txt", contentHash: "h", format: .text, title: title, titleOrigin: origin, body: body,
            language: language, receivedAt: Date())
    }

    private func assigned(_ release: Release) throws -> [String] {
        TopicClassifier(topics: try TestConfiguration.topics()).classify(release).filter(\.assigned).map(\.topic)
    }

    @Test func passingMentionOfTerrorismDoesNotMakeAVisitAboutTerrorism() throws {
        let body = """
            Le ministre des affaires étrangères a effectué une visite de travail à Accra. Les deux pays ont passé \
            en revue leur coopération bilatérale, le bon voisinage et la lutte contre le terrorisme.
            """
        #expect(try assigned(release(title: "Visite de travail du ministre à Accra", body: body)) == ["diplomacy"])
    }

    @Test func releaseCanHaveTwoTopics() throws {
        let body = """
            Les jihadistes du JNIM ont attaqué un poste frontalier. Le gouvernement condamne cet acte terroriste et \
            renforce la lutte contre le terrorisme. Des armes légères et des munitions ont été saisies lors du \
            démantèlement d’un trafic d’armes.
            """
        let topics = try assigned(release(title: "Attaque terroriste et trafic d’armes dans le Nord", body: body))
        #expect(Set(topics) == ["terrorism", "arms-control"])
    }

    @Test func releaseWithoutTopicTermsGetsNone() throws {
        let body = "The festival welcomed 20,000 visitors. Road safety volunteers and social security staff helped."
        #expect(try assigned(release(title: "Music festival closes in Kara", body: body, language: .en)).isEmpty)
    }

    @Test func headlineMatchWeighsMoreThanABodyMatch() throws {
        let classifier = TopicClassifier(topics: try TestConfiguration.topics())
        let inTitle = classifier.classify(release(title: "Désarmement", body: "Une réunion s’est tenue."))
        let inBody = classifier.classify(release(title: "Une réunion", body: "Désarmement."))
        let titleScore = try #require(inTitle.first { $0.topic == "arms-control" }).score
        let bodyScore = try #require(inBody.first { $0.topic == "arms-control" }).score
        #expect(titleScore > bodyScore)
    }

    @Test func titleMadeFromTheFirstSentenceGetsNoHeadlineWeight() throws {
        let classifier = TopicClassifier(topics: try TestConfiguration.topics())
        let stated = classifier.classify(release(title: "Désarmement", body: "Texte.", origin: .heading))
        let madeUp = classifier.classify(release(title: "Désarmement", body: "Texte.", origin: .firstSentence))
        #expect(stated.contains { $0.topic == "arms-control" })
        #expect(!madeUp.contains { $0.topic == "arms-control" })
    }

    @Test func matchesFrenchTextTypedInCapitalsWithoutAccents() throws {
        let body = "LES ARMES LEGERES ET DE PETIT CALIBRE CIRCULENT. LE DESARMEMENT EST UNE PRIORITE."
        #expect(try assigned(release(title: "TRAFIC D'ARMES A LA FRONTIERE", body: body)) == ["arms-control"])
    }

    @Test func repeatedMentionsCountWithDiminishingReturns() throws {
        let classifier = TopicClassifier(topics: try TestConfiguration.topics())
        let evidence = { (body: String) throws -> Double in
            try #require(classifier.explain(release(title: "x", body: body)).first { $0.topic.id == "terrorism" }).evidence
        }
        let once = try evidence("Rien.\nRien.\nRien de plus.\n" + Array(repeating: "Un mot de plus.", count: 40).joined(separator: "\n") + "\ndaech")
        let eight = try evidence(
            "Rien.\nRien.\nRien de plus.\n" + Array(repeating: "Un mot de plus.", count: 40).joined(separator: "\n") + "\n"
                + Array(repeating: "daech", count: 8).joined(separator: " "))
        #expect(eight == once * 4)
    }

    @Test func evidenceNamesTheTermsAndHowOften() throws {
        let scores = TopicClassifier(topics: try TestConfiguration.topics())
            .classify(release(title: "Attentat à Ouagadougou", body: "Un attentat terroriste. Les terroristes ont fui."))
        let terrorism = try #require(scores.first { $0.topic == "terrorism" })
        #expect(terrorism.evidence.contains(Evidence(term: "terroris*", count: 2, inTitle: false)))
        #expect(terrorism.evidence.contains(Evidence(term: "attentat*", count: 2, inTitle: true)))
    }
}
