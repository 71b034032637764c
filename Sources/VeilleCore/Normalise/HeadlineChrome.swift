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
        "en cours au siege de l onu",
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
    /// Starts of sentences about the page itself, not the news: "Cet article fait partie des
    /// archives…", "Cette image sera bloquée…", "Le contenu suivant a été fourni par…".
    private static let pageNoticeStarts = [
        "cet article ", "cette image ", "ce contenu ", "le contenu suivant ", "this article ", "this image ", "this content ",
        "the following content ", "this page ", "cette page ",
    ]
    /// Folded words without which a line holds no caption mark.
    private static let captionWords: Set<String> = ["photo", "credit", "getty", "afp", "dr", "ph"]
    /// Words that mark a photo caption or credit.
    private static let captionMarks = [
        "photo :", "photo:", "photo -", "(photo", "crédit photo", "credit:", "© ", "getty images", "/ afp", "photo dr", "/ ph.",
        "ph.:", "ph :", "[photo", "ap photo", "afp photo", "epa photo", "reuters photo",
    ]
    /// Agencies and credits that end a short caption ("Prison sources AFP").
    private static let creditEnds: Set<String> = ["afp", "reuters", "ap", "epa", "getty", "dr", "xinhua", "anadolu", "aa"]

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
        if !stated, pageNoticeStarts.contains(where: joined.hasPrefix) { return true }
        if chromeStarts.contains(where: { joined.hasPrefix($0) })
            && (trimmed.contains("»") || trimmed.contains(">") || trimmed.contains(":"))
        {
            return true
        }
        // "Source: saharareporters.com", "Par : La rédaction": a credit line.
        if folded.count <= 5, trimmed.contains(":"), let word = folded.words.first, creditWords.contains(word) { return true }
        // "Posted by: Admin", "Publié par : La rédaction", "Filtered By: Topstories": a label and its value.
        if !stated, folded.count <= 6, trimmed.contains(":"), folded.count >= 2, ["by", "par"].contains(folded.words[1]) {
            return true
        }
        // These kinds are short lines; a long sentence handed here is none of them.
        if !stated, trimmed.utf8.count <= 400,
            isByline(trimmed) || isCut(trimmed) || isCaption(folded) || isPortraitCaption(trimmed) || isMenuWithSiteName(trimmed)
                || isWidget(trimmed, folded)
        {
            return true
        }
        // "GA/DIS/3615", "www.site.com/actualites": several words and no space between them.
        if !stated, folded.count >= 3, !trimmed.contains(" "), !isLongUnspacedLine(trimmed) { return true }
        // "7837th Meeting (AM)": the heading of a meeting's record, not its subject.
        if folded.count <= 4, folded.words.contains(where: { $0 == "meeting" || $0 == "seance" }),
            trimmed.lowercased().hasSuffix("m)")
        {
            return true
        }
        // "Réunion plénière de haut niveau - Matin & après-midi", "Security Council - Afternoon":
        // the heading of a meeting's record, which ends on the time of day it covers.
        if !stated, let dash = trimmed.range(of: " - ") ?? trimmed.range(of: " – "),
            case let tail = FoldedText(String(trimmed[dash.upperBound...])).words, !tail.isEmpty,
            tail.allSatisfy(meetingTimes.contains), tail.contains(where: { $0 != "et" && $0 != "and" })
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
        // "Politique Publié le mercredi 8 juillet 2009 | Notre Voie": a stamp beside a source.
        if trimmed.contains(" | "), folded.count <= 14,
            trimmed.components(separatedBy: " | ").contains(where: { isDate(FoldedText($0)) })
        {
            return true
        }
        return isDate(folded) || isRelativeTime(folded)
    }

    /// The times of day a meeting's record covers: "Matin & après-midi", "Morning & Afternoon".
    private static let meetingTimes: Set<String> = [
        "matin", "apres", "midi", "soir", "nuit", "morning", "afternoon", "evening", "night", "am", "pm", "et", "and",
    ]

    private static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines",
        "mois", "an", "ans",
    ]

    /// "5 hours ago", "an hour ago", "il y a 3 jours", "Publié il y a 2 heures": when a page was
    /// updated, said relative to the moment it was saved.
    private static func isRelativeTime(_ folded: FoldedText) -> Bool {
        let words = folded.words
        guard (2...6).contains(words.count) else { return false }
        return (1..<words.count).contains { unit in
            let amount = words[unit - 1]
            guard timeUnits.contains(words[unit]),
                amount.allSatisfy(\.isNumber) || ["a", "an", "one", "un", "une", "quelques", "few"].contains(amount)
            else { return false }
            let english = unit + 1 < words.count && words[unit + 1] == "ago"
            let french = unit >= 4 && words[unit - 4..<unit - 1] == ["il", "y", "a"]
            return english || french
        }
    }

    /// True for a line of at most four words, no digits and no sentence end: a series' or a
    /// section's name ("Disease Outbreak News", "Local News") when a headline and a date follow it.
    static func isKicker(_ line: String) -> Bool {
        let folded = FoldedText(line)
        return (1...4).contains(folded.count) && TitleFinder.isHeadline(line) && !line.contains(where: \.isNumber)
            && !line.contains(":")
    }

    /// True for a line that is a date and little else (see `isDate`).
    static func isDateLine(_ line: String) -> Bool { isDate(FoldedText(line)) }

    /// True for a line of eight characters or more in a script written without spaces (Chinese,
    /// Japanese): a sentence or a headline, however few tokens it folds to.
    private static func isLongUnspacedLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count >= 8 else { return false }
        return line.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x3400...0x9FFF).contains($0.value) }
    }

    /// "By Frank Mensah", "Par Kossi Agbeko et Ama Dogbe": the author's name, no headline.
    private static func isByline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...7).contains(words.count), ["by", "par"].contains(words[0].lowercased()) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.first?.isUppercase == true || ["and", "et", "&", "de", "du", "van", "von"].contains(word.lowercased())
        }
    }

    /// A line cut from its page: a teaser's tail ("… to defeat Atiku"), or a site's name left
    /// after its separator ("The Daily Bomb |").
    private static func isCut(_ line: String) -> Bool {
        line.hasPrefix("…") || line.hasPrefix("...") || line.hasSuffix("|")
    }

    /// A short caption credited to an agency ("Prison sources AFP"), or a photograph's subject
    /// ("Aerial view of the port of Lomé", "Vue du palais de la présidence").
    private static func isCaption(_ words: FoldedText) -> Bool {
        let words = words.words
        if words.count <= 4, let last = words.last, creditEnds.contains(last) { return true }
        guard words.count <= 14, let view = words.prefix(3).firstIndex(where: { $0 == "view" || $0 == "vue" }),
            view + 1 < words.count
        else { return false }
        return ["of", "de", "du", "des", "d", "sur"].contains(words[view + 1])
    }

    /// Words of an office, that a portrait's caption gives beside a name.
    private static let offices: Set<String> = [
        "ministre", "minister", "president", "presidente", "directeur", "directrice", "director", "commissioner", "commissaire",
        "ambassadeur", "ambassadrice", "ambassador", "secretaire", "secretary", "gouverneur", "governor", "prefet", "maire",
        "mayor", "chef", "chief", "head", "porte", "spokesman", "spokesperson", "envoy", "envoye",
    ]

    /// "Kofi Mensah, ministre de la Sécurité", "Kara Police Commissioner, Kossi Ama": a name and
    /// an office, one on each side of the one comma, as under a portrait.
    private static func isPortraitCaption(_ line: String) -> Bool {
        let parts = line.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let sides = parts.map { $0.split(separator: " ") }
        let isName = { (words: [Substring]) in
            (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.count >= 2 }
        }
        // The office as a caption writes it: "ministre de…" in lower case, or "Commissioner of
        // Police"; not a Title Case headline's "UN Envoy Discuss Crisis".
        let holdsOffice = { (words: [Substring]) in
            guard (1...8).contains(words.count), let first = words.first else { return false }
            let isOffice = { (word: Substring) in offices.contains(FoldedText(String(word)).words.first ?? "") }
            if first.first?.isLowercase == true { return isOffice(first) }
            return words.contains(where: isOffice) && words.contains { ["of", "de", "du", "des"].contains($0) }
        }
        return (isName(sides[0]) && holdsOffice(sides[1])) || (holdsOffice(sides[0]) && isName(sides[1]))
    }

    /// Widgets whose icon a saved page's text names ("Weather icon", "Search icon").
    private static let widgetIcons: Set<String> = [
        "weather", "meteo", "search", "menu", "close", "user", "home", "share", "facebook", "twitter", "whatsapp", "linkedin",
        "instagram", "youtube", "email", "print",
    ]

    /// A widget's text: an icon's label ("Weather icon Dakar"), an app's download banner that
    /// opens on its verb, after a closing "x" ("Télécharger l'application mobile Abidjan.net").
    private static func isWidget(_ line: String, _ folded: FoldedText) -> Bool {
        let words = folded.words
        // Not "Music icon Manu Dibango dies": the icon of a page's widget.
        if words.count <= 5, let icon = words.firstIndex(where: { $0 == "icon" || $0 == "icone" }), icon > 0,
            widgetIcons.contains(words[icon - 1])
        {
            return true
        }
        guard let verb = words.drop(while: { $0 == "x" }).first, ["telecharger", "telechargez", "download"].contains(verb) else {
            return false
        }
        return words.contains { $0 == "application" || $0 == "app" || $0 == "appli" }
    }

    /// "Accueil MonKiosk.com Sports Business News": a site's name among menu items, every word
    /// capitalised; or a breadcrumb run into the headline ("AccueilIdéeSommet de…", "Home News
    /// Super Eagles…").
    private static func isMenuWithSiteName(_ line: String) -> Bool {
        for start in ["Accueil", "Home"] where line.hasPrefix(start) {
            let rest = line.dropFirst(start.count)
            if rest.first?.isUppercase == true { return true }
            let next = rest.drop { $0 == " " }.prefix { $0 != " " }
            if rest.first == " ", menuTexts.contains(FoldedText(String(next)).words.joined(separator: " ")) { return true }
        }
        let words = line.split(separator: " ")
        guard words.count >= 4, words.contains(where: isSiteName) else { return false }
        return words.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } == true || isSiteName($0) }
    }

    /// "Abidjan.net", "MonKiosk.com": a word ending in a web domain.
    private static func isSiteName(_ word: Substring) -> Bool {
        guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
        let suffix = word[word.index(after: dot)...].lowercased()
        return ["com", "net", "org", "info", "fr", "tg", "sn", "ci", "bf", "ml", "ne", "bj", "gh", "ng", "africa"].contains(
            suffix)
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

    /// A line that is a date and little else: "vendredi, octobre 24, 2025", "24/10/2025 10:32",
    /// "14th April 2023", "Dernière mise à jour à 09h22 le 12/06"; or a dateline, a place and a
    /// date ("TEHRAN, September 1.", "Banjul, 13th March 2018").
    private static func isDate(_ words: FoldedText) -> Bool {
        let words = words.words
        let dateWords = words.filter(isDateWord).count
        if dateWords >= 2 && dateWords * 4 >= words.count * 3 { return true }
        // A dateline: up to three words of place, then only date words.
        guard let firstDateWord = words.firstIndex(where: isDateWord), (1...3).contains(firstDateWord) else { return false }
        let date = words[firstDateWord...]
        return date.count >= 2 && date.allSatisfy(isDateWord) && date.contains { DateFinder.months[$0] != nil }
    }

    /// A month, a weekday, a number, an ordinal day ("14th", "1er"), a time ("09h22"), or a word
    /// of a date's stamp ("mise à jour", "updated", "CET").
    private static func isDateWord(_ word: String) -> Bool {
        if DateFinder.months[word] != nil || weekdays.contains(word) || word.allSatisfy(\.isNumber) { return true }
        if ["le", "on", "at", "a", "h"].contains(word) { return true }
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = word.dropFirst(digits.count)
        // "09h22", "07h", "1er", "2nd", "14th", "3e", "21eme".
        return ["st", "nd", "rd", "th", "er", "e", "eme", "h"].contains(rest)
            || (rest.first == "h" && rest.dropFirst().allSatisfy(\.isNumber))
    }

    private static let weekdays: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "updated", "publie", "published", "mis", "mise", "jour", "posted", "date", "general",
        "news", "of", "by", "par", "derniere", "actualise", "update", "last", "cet", "utc", "gmt", "wat", "am", "pm",
    ]
}
