/// What `PageReader` reads from an element's attributes and a block's bytes without keeping
/// any state: hidden elements, JSON-LD scripts, conditional comments, class keys and dates.
extension PageReader {
    /// True for elements the page hides: the `hidden` attribute or an inline `display: none`.
    static func isHidden(_ element: HTMLElement) -> Bool {
        if element.hasAttribute("hidden") { return true }
        return element.withAttribute("style") { style in
            guard let style, style.count < 200 else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: style.count) { compact in
                var count = 0
                for byte in style where byte != 0x20 {
                    compact[count] = byte
                    count += 1
                }
                let text = UnsafeBufferPointer(rebasing: compact[..<count])
                return ASCIIBytes.contains(text, "display:none") || ASCIIBytes.contains(text, "visibility:hidden")
            }
        }
    }

    /// True for `<script type="application/ld+json">`.
    static func isJSONLD(_ element: HTMLElement) -> Bool {
        element.withAttribute("type") { $0.map { ASCIIBytes.equals($0, "application/ld+json") } ?? false }
    }

    /// "[if !lte IE 9]>" and "<![endif]" left by conditional comments libxml2 does not know.
    static func isConditionalComment(_ text: String) -> Bool {
        guard text.utf8.count < 40 else { return false }
        return text.hasPrefix("![if") || text.hasPrefix("<![if") || text.hasPrefix("[if ") || text.hasPrefix("<![endif")
            || text.hasPrefix("![endif")
    }

    /// FNV-1a over a class attribute's bytes, never 0 for a class that has letters.
    static func classKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        var hasName = false
        for byte in bytes {
            hasName = hasName || byte > 0x20
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hasName ? max(hash, 1) : 0
    }

    /// True when the element's class names a date: "date" (not "update"), "publish", "posted",
    /// "byline", "timestamp"; not today's date nor a tweet's.
    static func namesADate(_ element: HTMLElement) -> Bool {
        element.withAttribute("class") { value in
            guard let value,
                ASCIIBytes.contains(value, "date") || ASCIIBytes.contains(value, "publish")
                    || ASCIIBytes.contains(value, "posted") || ASCIIBytes.contains(value, "byline")
                    || ASCIIBytes.contains(value, "timestamp")
            else { return false }
            // An update's date is not the publication's; today's date in the page's header says
            // when it was read; an embedded tweet's, when someone else wrote.
            return !(ASCIIBytes.contains(value, "update") && !ASCIIBytes.contains(value, "publish"))
                && !ASCIIBytes.contains(value, "today") && !ASCIIBytes.contains(value, "current")
                && !ASCIIBytes.contains(value, "tweet")
        }
    }
}
