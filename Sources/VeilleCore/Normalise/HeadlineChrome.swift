/// Tells a first line that is page chrome from a headline: a date, a photo caption, a
/// breadcrumb, a section or menu name, a template left unfilled. Such a line is never a release's
/// title; the next line, or the first sentence, stands in.
enum HeadlineChrome {
    /// Menu and section texts seen at the top of saved pages, folded.
    static let menuTexts: Set<String> = [
        "all news", "accessibility links", "press releases", "press release", "texte integral", "aller au contenu",
        "aller au contenu principal", "skip to content", "skip to main content", "menu", "accueil", "home", "news",
        "actualites", "communiques", "communique de presse", "communiques de presse", "latest news", "breaking news",
        "sante", "politique", "societe", "economie", "international", "sport", "sports", "culture", "a la une",
        "top stories", "main menu", "navigation", "search", "rechercher", "share", "partager", "in progress at unhq",
        "you are here", "vous etes ici", "type to search", "tapez pour rechercher", "search for", "close menu", "open menu",
    ]
    /// Words of share and follow buttons: a line made of them and counts ("43 SHARES Share Tweet").
    private static let socialWords: Set<String> = [
        "share", "shares", "shared", "tweet", "tweets", "partager", "partages", "facebook", "twitter", "whatsapp", "linkedin",
        "telegram", "email", "e", "mail", "print", "imprimer", "pin", "like", "likes", "comments", "commentaires", "views",
        "vues",
    ]
    /// Words a headline does not end on: a line cut short ("DÉFENSE- ENQUÊTES ET").
    private static let danglingWords: Set<String> = [
        "et", "ou", "de", "du", "des", "la", "le", "les", "a", "au", "aux", "en", "and", "or", "of", "the", "to", "in", "for",
        "with",
    ]
    /// Starts of lines that are a page's location or a meeting's record heading.
    private static let creditWords: Set<String> = [
        "source", "sources", "credit", "credits", "auteur", "author", "par", "by", "photo",
    ]
    private static let chromeStarts = ["you are here", "vous etes ici", "home ", "accueil "]
    /// Folded words without which a line holds no caption mark.
    private static let captionWords: Set<String> = ["photo", "credit", "getty", "afp", "dr"]
    /// Words that mark a photo caption or credit.
    private static let captionMarks = [
        "photo :", "photo:", "photo -", "(photo", "crédit photo", "credit:", "© ", "getty images", "/ afp", "photo dr",
    ]

    /// `stated` is for a title the page declares (its h1, og:title or `<title>`): a short one
    /// ("Algérie") is then the page's choice, not a menu item.
    static func isChrome(_ line: String, stated: Bool = false) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("{{") || trimmed.contains("}}") { return true }
        let folded = FoldedText(trimmed)
        // Chinese and Japanese write a sentence without spaces: one token is not a short line.
        if folded.count == 0 || folded.count <= 2 && !stated && !isLongUnspacedLine(trimmed) { return true }
        if menuTexts.contains(folded.words.joined(separator: " ")) { return true }
        if folded.words.allSatisfy({ socialWords.contains($0) || $0.allSatisfy(\.isNumber) }),
            folded.words.contains(where: socialWords.contains)
        {
            return true
        }
        // A first line that stops on a comma or a joining word is cut short: the page's layout
        // broke a heading, or a letterhead's name line ("AGNÈS MARTIN,", "Seventy-third Session,").
        if !stated, trimmed.hasSuffix(",") || folded.words.last.map(danglingWords.contains) == true { return true }
        // Caption marks are looked for only where a caption's words are: Foundation's search is slow.
        if trimmed.contains("©") || folded.words.contains(where: captionWords.contains) {
            let lower = trimmed.lowercased()
            if captionMarks.contains(where: lower.contains) { return true }
        }
        if isBreadcrumb(trimmed) { return true }
        let joined = folded.words.joined(separator: " ")
        if chromeStarts.contains(where: { joined.hasPrefix($0) })
            && (trimmed.contains("»") || trimmed.contains(">") || trimmed.contains(":"))
        {
            return true
        }
        // "Source: saharareporters.com", "Par : La rédaction": a credit line.
        if folded.count <= 5, trimmed.contains(":"), let word = folded.words.first, creditWords.contains(word) { return true }
        // "7837th Meeting (AM)": the heading of a meeting's record, not its subject.
        if folded.count <= 4, folded.words.contains(where: { $0 == "meeting" || $0 == "seance" }),
            trimmed.lowercased().hasSuffix("m)")
        {
            return true
        }
        // "A LA UNEAFRIQUEANNONCES…": a menu whose items ran together.
        if trimmed.utf8.count >= 20,
            trimmed.split(separator: " ").contains(where: { word in
                word.count >= 20 && word.filter(\.isUppercase).count * 10 >= word.count * 7
            })
        {
            return true
        }
        // "11 décembre 2024 spot_img": a date beside a page template's identifiers, which hold an
        // underscore no headline word has.
        if trimmed.contains("_") {
            // Only ASCII words are identifiers: "标题_频道_网站" is a title and its site's name.
            let words = trimmed.split(separator: " ").filter { !($0.contains("_") && $0.utf8.allSatisfy { $0 < 0x80 }) }
                .joined(separator: " ")
            if words.isEmpty { return true }
            return isDate(FoldedText(words))
        }
        return isDate(folded)
    }

    /// True for a line of eight characters or more in a script written without spaces (Chinese,
    /// Japanese): a sentence or a headline, however few tokens it folds to.
    private static func isLongUnspacedLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count >= 8 else { return false }
        return line.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x3400...0x9FFF).contains($0.value) }
    }

    /// "Accueil > Actualités > Politique", "Home / News / Africa", "Accueil » Santé".
    private static func isBreadcrumb(_ line: String) -> Bool {
        // ">", "/", "|", or the first byte of "»" and "›": most lines have none, and are done.
        guard line.utf8.contains(where: { $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }) else {
            return false
        }
        for separator in [" > ", " » ", " / ", " | ", " › "] {
            let parts = line.components(separatedBy: separator)
            if parts.count >= 3, parts.allSatisfy({ $0.split(separator: " ").count <= 4 }) { return true }
            if parts.count == 2, parts.allSatisfy({ $0.split(separator: " ").count <= 2 }) { return true }
        }
        // "Chansons/Édition du week-end/Notre site/Archives/": menu items joined by bare slashes,
        // four or more, or three and a closing slash; not "24/10/2025", whose parts are numbers.
        let parts = line.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count >= 4 || (parts.count == 3 && line.hasSuffix("/")),
            parts.allSatisfy({ $0.split(separator: " ").count <= 4 && !$0.allSatisfy(\.isNumber) })
        {
            return true
        }
        return false
    }

    /// A line that is a date and little else: "vendredi, octobre 24, 2025", "24/10/2025 10:32".
    private static func isDate(_ words: FoldedText) -> Bool {
        var dateWords = 0
        for word in words.words {
            if DateFinder.months[word] != nil || weekdays.contains(word) || word.allSatisfy(\.isNumber)
                || ["le", "on", "at", "a", "h"].contains(word)
            {
                dateWords += 1
            }
        }
        return dateWords >= 2 && dateWords * 4 >= words.count * 3
    }

    private static let weekdays: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "updated", "publie", "published", "mis", "jour", "posted", "date", "general", "news",
        "of", "by", "par",
    ]
}
