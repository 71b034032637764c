import Foundation
import Testing

@testable import VeilleCore

/// Each kind of chrome that copied releases carry, dropped by Config/boilerplate.yaml.
struct BoilerplateTests {
    private func cleaned(_ text: String) throws -> [String] {
        let cleaner = TextCleaner(rules: try TestConfiguration.boilerplate())
        return cleaner.clean(cleaner.paragraphs(fromText: text))
    }

    private static let body = String(repeating: "Le texte du communiqué continue avec des phrases de contenu. ", count: 4)

    @Test(arguments: [
        ("share prompt", "Partager sur Facebook"),
        ("share prompt", "Share this article"),
        ("share prompt", "WhatsApp"),
        ("reading time", "4 Min de Lecture"),
        ("reading time", "3 min read"),
        ("comment form", "Laisser un commentaire"),
        ("comment form", "Votre adresse e-mail ne sera pas publiée."),
        ("comment form", "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire."),
        ("comment form", "Your email address will not be published. Required fields are marked *"),
        ("cookie notice", "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site."),
        ("cookie notice", "We use cookies to improve your experience."),
        ("cookie notice", "Tout accepter"),
        ("cookie notice", "This site uses essential and audience-measurement cookies."),
        ("cookie notice", "By continuing to browse, you agree to our use of cookies."),
        (
            "cookie notice",
            "Pour que ce site fonctionne bien et pour mesurer son audience, nous déposons des cookies sur votre appareil."
        ),
        ("cookie notice", "Le site Web ne peut pas fonctionner correctement sans ces cookies, qui ne stockent aucune donnée."),
        ("newsletter box", "Join our readers and get the week's news in our newsletter."),
        ("government banner", "An official website of the United States government"),
        ("follow prompt", "Suivez-nous sur Facebook et X"),
        ("back to top", "Haut de la page"), ("closed comments", "Comments are closed."),
        ("teaser", "Lire aussi : Dapaong inaugure un nouveau centre"),
        ("teaser", "Read more: Port traffic rises again"),
        ("byline", "Stagiaire ADJOA K."),
        ("relative time", "18 heures ago"),
        ("share prompt, de", "Artikel teilen"), ("share prompt, es", "Compartir en WhatsApp"),
        ("share prompt, pt", "Partilhar"), ("share prompt, it", "Condividi su Facebook"), ("share prompt, pl", "Udostępnij"),
        ("print, de", "Drucken"), ("print, it", "Stampa"), ("print, pl", "Drukuj"),
        ("reading time, de", "4 Min. Lesezeit"), ("reading time, es", "3 min de lectura"),
        ("reading time, pt", "Tempo de leitura: 5 minutos"), ("reading time, it", "2 min di lettura"),
        ("reading time, pl", "Czas czytania: 4 min"),
        ("comment form, de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert"),
        ("comment form, es", "Deja un comentario"), ("comment form, pt", "Deixe um comentário"),
        ("comment form, it", "Il tuo indirizzo email non sarà pubblicato."), ("comment form, pl", "Dodaj komentarz"),
        ("cookie notice, de", "Wir verwenden Cookies, um unsere Website für Sie zu verbessern."),
        ("cookie notice, es", "Utilizamos cookies propias y de terceros."), ("cookie notice, pt", "Aceitar todos"),
        ("cookie notice, it", "Questo sito utilizza cookie tecnici."), ("cookie notice, pl", "Używamy plików cookie."),
        ("teaser, de", "Lesen Sie auch: Neuer Radweg eröffnet"), ("teaser, es", "Lee también: El puerto crece"),
        ("teaser, pt", "Leia também: O porto cresce"), ("teaser, it", "Leggi anche: il porto cresce"),
        ("teaser, pl", "Czytaj także: Port rośnie"),
        ("newsletter, de", "Jetzt Newsletter abonnieren und nichts verpassen"),
        ("newsletter, es", "Suscríbete a nuestro boletín"), ("newsletter, pt", "Assine nossa newsletter"),
        ("newsletter, it", "Iscriviti alla nostra newsletter"), ("newsletter, pl", "Zapisz się do newslettera"),
        ("rating", "Rate this article"), ("tags, de", "Schlagwörter"),
    ])
    func dropsTheLine(kind: String, line: String) throws {
        // Last, since some of these ("Laisser un commentaire") also end the text.
        let paragraphs = try cleaned(Self.body + "\n\n" + Self.body + "\n\n" + line)
        #expect(paragraphs.count == 2, "\(kind) kept: \(line)")
    }

    @Test func listHeadingDropsTheTeasersUnderItUpToTheBody() throws {
        let paragraphs = try cleaned(
            """
            \(Self.body)

            À lire aussi
            Les routes rurales de l’Oti bientôt réhabilitées
            Un atelier sur l’état civil se tient à Mango

            Le préfet a rappelé que la réponse ne peut être seulement militaire et que l’emploi des jeunes, dans les villes comme dans les villages, reste la meilleure protection des communautés frontalières.
            """)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last?.hasPrefix("Le préfet") == true)
    }

    @Test func recentPostsListIsDroppedWithItsRelativeTimes() throws {
        let paragraphs = try cleaned(
            """
            \(Self.body)

            \(Self.body)

            Recent Posts
            Sokodé : les commerçants réclament un nouveau hangar
            18 heures ago
            Bassar : la saison des ignames s’annonce prometteuse
            2 jours ago
            """)
        #expect(paragraphs.count == 2)
    }

    @Test func copiedPageFixtureComesOutClean() throws {
        let normaliser = Normaliser(boilerplate: try TestConfiguration.boilerplate(), timeZone: .gmt)
        let release = try normaliser.normalise(
            InboxFile(
                name: "fr-copie-de-page.txt", bytes: try Repository.fixture("fr-copie-de-page.txt"), contentHash: "h",
                receivedAt: Date(timeIntervalSince1970: 1_764_000_000)))
        #expect(release.title == "Kara accueille le forum régional sur la prévention de l’extrémisme violent chez les jeunes")
        #expect(release.place == "Kara")
        #expect(release.published?.description == "2025-05-06")
        #expect(release.body.contains("l’emploi des jeunes reste la meilleure protection"))
        for chrome in [
            "A la une", "Partager", "Stagiaire", "Min de Lecture", "Lire aussi", "Dapaong", "routes rurales", "cookies",
            "Accepter", "commentaire", "adresse e-mail", "Articles récents", "Sokodé", "ago",
        ] {
            #expect(!release.body.contains(chrome), "kept \"\(chrome)\"")
        }
    }

    @Test func invalidListHeadingNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("boilerplate.yaml", "lines:\n  - partager\nlist_headings:\n  - recent posts\n  - \"!!\"\n")
        do {
            _ = try BoilerplateLoader().load(path: path)
            Issue.record("the file was accepted")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.file == path)
            #expect(error.errors.first?.line == 5)
            #expect(error.errors.first?.problem.contains("list_headings") == true)
        }
    }

    @Test func aLabelLeftWithoutWhatItIntroducedIsDroppedAtTheEnd() throws {
        let paragraphs = try cleaned(Self.body + "\n\n" + Self.body + "\n\nTeilen mit:\n\nFacebook\n\nWhatsApp")
        #expect(paragraphs.count == 2)
    }

    @Test func aShortLastLineThatIntroducedNothingStays() throws {
        let paragraphs = try cleaned(Self.body + "\n\n" + Self.body + "\n\nLe Service de la communication")
        #expect(paragraphs.last == "Le Service de la communication")
    }
}
