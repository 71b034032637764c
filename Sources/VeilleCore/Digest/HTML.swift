import Foundation

/// The pieces every page Veille writes shares: escaping, and the page around a body with its
/// inline style sheet (screen, phone and print). Pages are also well-formed XML (void elements
/// closed with `/>`), so that a test can check them with a strict parser.
enum HTML {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes `text` for an element's content, where only `&`, `<` and `>` need it; most
    /// paragraphs have none, and are returned as they are without a walk over their characters.
    static func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Escapes `text` and turns its `**bold**` spans (the digest's counts) into `<strong>`.
    static func inlineBold(_ text: String) -> String {
        escape(text).components(separatedBy: "**").enumerated()
            .map { $0.offset % 2 == 1 ? "<strong>\($0.element)</strong>" : $0.element }.joined()
    }

    /// A relative link with its spaces and other unsafe bytes percent-encoded.
    static func link(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func page(title: String, language: DigestLanguage, body: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <main>
        \(body.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }

    static let style = """

        body { margin: 0; font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fdfdfb; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; }
        h2 { font: bold 1.15rem/1.3 system-ui, sans-serif; border-bottom: 2px solid #345; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
        nav, .meta, .headline, .notes, table, li { font-family: system-ui, sans-serif; }
        nav { font-size: 0.85rem; }
        nav.contents { margin: 0.5rem 0 1rem; line-height: 1.8; }
        ol.top { padding-left: 1.6rem; } ol.top li { margin: 0.2rem 0; line-height: 1.3; }
        ol.top a { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        ol.top .meta { display: block; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; } ol.top .meta, ul.other .meta { color: #555; font-size: 0.85rem; }
        ul.other { padding-left: 1.2rem; } ul.other li { margin: 0.15rem 0; font-size: 0.92rem; }
        .count { font-size: 0.85rem; color: #555; margin: 0.2rem 0 0.6rem; font-family: system-ui, sans-serif; }
        .meta { font-size: 0.85rem; margin: 0.2rem 0; color: #333; overflow-wrap: anywhere; }
        blockquote { margin: 0.3rem 0 0.5rem; padding-left: 0.8rem; border-left: 3px solid #9ab; }
        article { break-inside: avoid; }
        code { font-size: 0.85em; background: #eef; padding: 0 0.15em; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        th, td { border-bottom: 1px solid #ccc; padding: 0.2rem 0.6rem; text-align: left; }
        table.release td { text-align: left; overflow-wrap: anywhere; } table.release th { white-space: nowrap; vertical-align: top; }
        td + td, th + th { text-align: right; }
        a { color: #1f4e8c; }
        @media (max-width: 30rem) { body { font-size: 15px; } main { padding: 0.6rem; } }
        @media print { nav { display: none; } body { background: #fff; font-size: 11pt; } a { color: inherit; } main { max-width: none; } }

        """
}
