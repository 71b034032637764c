/// The parts of a saved news page around its article: what main-content extraction must drop.
enum PageChrome {
    static func page(title: String, paragraphs: [String], language: Language, random: inout SplitMix64, targetSize: Int)
        -> [UInt8]
    {
        let menu = (language == .fr ? ["Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "Contact"]
            : ["Home", "Politics", "Business", "Society", "Sport", "Culture", "Contact"])
        var html = """
            <!DOCTYPE html><html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(title) | Le Quotidien</title>
            <meta property="og:title" content="\(title)"><meta property="og:site_name" content="Le Quotidien">
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
            <style>body{font-family:sans-serif}.nav a{margin:0 4px}.sidebar{float:right;width:30%}</style></head><body>
            <header><nav class="nav">\(menu.map { "<a href=\"/\($0.lowercased())\">\($0)</a>" }.joined())</nav></header>
            <main><article><h1>\(title)</h1><div class="share">Partager Facebook Twitter WhatsApp</div>
            """
        for paragraph in paragraphs { html += "<p>\(paragraph)</p>\n" }
        html += "</article></main><aside class=\"sidebar\"><h3>\(language == .fr ? "Articles récents" : "Recent posts")</h3><ul>"
        var teaser = 0
        while html.utf8.count < targetSize - 600 {
            teaser += 1
            let words = Vocabulary.words(language)
            let text = (0..<9).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            html += "<li><a href=\"/article/\(random.next() % 100_000)\">\(text)</a></li>\n"
            if teaser % 20 == 0 {
                html += "<script>(function(){var s=document.createElement('script');s.src='/ads/\(teaser).js';document.body.appendChild(s)})();</script>\n"
            }
        }
        html += "</ul></aside><footer><p>© 2025 Le Quotidien. \(language == .fr ? "Tous droits réservés." : "All rights reserved.")</p></footer></body></html>\n"
        return Array(html.utf8)
    }
}
