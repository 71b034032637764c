import Foundation

/// One line of a PDF page's text, with the box its characters fill (in points, from the page's
/// top left corner).
struct PDFLine: Sendable, Equatable {
    /// A character's box, as poppler's text layout gives it.
    struct Box: Sendable, Equatable {
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double
    }

    var text: String
    var box: Box

    var height: Double { box.bottom - box.top }

    /// Splits a page's text into its lines, each with the box around its visible characters.
    /// `boxes` holds one box per Unicode scalar of `text`, newlines included; a line without
    /// boxes (poppler gave none) lies at the origin.
    static func lines(_ text: String, boxes: UnsafeBufferPointer<Box>) -> [PDFLine] {
        var lines: [PDFLine] = []
        var scalars = String.UnicodeScalarView()
        var box: Box?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                append(&lines, scalars, box)
                scalars = String.UnicodeScalarView()
                box = nil
                continue
            }
            scalars.append(scalar)
            guard index < boxes.count, !scalar.properties.isWhitespace else { continue }
            let character = boxes[index]
            box =
                box.map {
                    Box(
                        left: min($0.left, character.left), top: min($0.top, character.top),
                        right: max($0.right, character.right), bottom: max($0.bottom, character.bottom))
                } ?? character
        }
        append(&lines, scalars, box)
        return lines
    }

    private static func append(_ lines: inout [PDFLine], _ scalars: String.UnicodeScalarView, _ box: Box?) {
        let text = String(scalars).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        lines.append(PDFLine(text: text, box: box ?? Box(left: 0, top: 0, right: 0, bottom: 0)))
    }
}
