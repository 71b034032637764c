import Foundation
import Testing

@testable import VeilleCore

struct SummaryCandidatesTests {
    @Test func photoCaptionsAndTheSentenceTheyCreditAreLeftOut() {
        let body = """
            Le ministre Kofi Mensah (à gauche) et son homologue ghanéen posent avant l’ouverture des travaux à Lomé.
            Les deux ministres ont signé à Lomé un accord sur la surveillance commune de la frontière. Ph. DR
            Le ministre des Affaires étrangères accueille ses homologues, à Lomé, le 12 mars 2025. Photo : Agence togolaise de presse
            L’accord prévoit des patrouilles mixtes et un échange de renseignements entre les deux armées.
            """
        #expect(
            SummaryCandidates.sentences(of: body, title: "Accord frontalier")
                == ["L’accord prévoit des patrouilles mixtes et un échange de renseignements entre les deux armées."])
    }

    @Test func aListOfNamesAndOfficesIsNotASentence() {
        let body = """
            The heads of state met in Accra on Sunday to review the joint force's first year of operations.
            H.E. Kofi Mensah, President of the Republic of Togo, H.E. Ama Owusu, President of the Republic of Ghana, H.E. Musa Bello, President of the Republic of Niger.
            Kofi Mensah, President of the Republic of Togo
            """
        #expect(
            SummaryCandidates.sentences(of: body, title: "")
                == ["The heads of state met in Accra on Sunday to review the joint force's first year of operations."])
    }

    /// A paragraph that a ";" or "," before it leaves open starts with the end of another
    /// sentence: that piece is not a sentence of its own.
    @Test func theEndOfASentenceBrokenAcrossParagraphsIsLeftOut() {
        let body = """
            Des magistrats et des douaniers sont réunis à Kpalimé autour du traité sur le commerce des armes.
            L’atelier, deuxième du programme « Former pour appliquer le traité ;
            Plaider pour la loi sur les armes », a permis aux participants d’étudier le texte. Les débats ont été vifs.
            """
        #expect(
            SummaryCandidates.sentences(of: body, title: "")
                == [
                    "Des magistrats et des douaniers sont réunis à Kpalimé autour du traité sur le commerce des armes.",
                    "Les débats ont été vifs.",
                ])
    }

    @Test func paragraphNumbersAndARepeatedHeadlineAreTakenOff() {
        let body = """
            Togo and Ghana sign a border accord
            Togo and Ghana sign a border accord The two ministers signed the text in Lomé after two days of talks on patrols.
            2- The accord provides for joint patrols along the border.
            1. In 2024, 1,200 weapons were seized at the border.
            """
        #expect(
            SummaryCandidates.sentences(of: body, title: "Togo and Ghana sign a border accord") == [
                "The two ministers signed the text in Lomé after two days of talks on patrols.",
                "The accord provides for joint patrols along the border.", "In 2024, 1,200 weapons were seized at the border.",
            ])
        #expect(SummaryCandidates.withoutNumber("2024 was a year of talks.") == "2024 was a year of talks.")
    }

    @Test func linesThatEndNoSentenceAreKeptOnlyWhenThereIsNothingElse() {
        #expect(
            SummaryCandidates.sentences(of: "Sommet de Lomé : les décisions\nLe sommet a adopté un plan.", title: "") == [
                "Le sommet a adopté un plan."
            ])
        #expect(
            SummaryCandidates.sentences(of: "Sommet de Lomé : les décisions", title: "") == ["Sommet de Lomé : les décisions"])
    }
}
