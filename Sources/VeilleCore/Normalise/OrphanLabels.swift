/// Labels left without what they introduced: a heading or a short line without sentence
/// punctuation ("Schlagwörter", "More on this topic", "Share this:") whose list, links or buttons
/// were dropped as chrome. Kept, it would end the text or sit alone before another label.
enum OrphanLabels {
    /// A line this long or shorter, not ending like a sentence, may be a label.
    static let labelMaximumLength = 80

    /// True for a line that may label what follows it: short, and not ending like a sentence.
    static func isLabel(_ text: String, characters: Int) -> Bool {
        characters <= labelMaximumLength && !endsLikeASentence(text)
    }

    /// "… from spreading." or "… he said.”": the last letter-free characters hold a full stop.
    static func endsLikeASentence(_ text: String) -> Bool {
        for character in text.reversed() {
            if ".!?…。！？".contains(character) { return true }
            if !"\"”’»)]' ".contains(character) { return false }
        }
        return false
    }

    /// Clears `kept` for each kept label whose next item was dropped and `introduced` by it, and
    /// after which nothing is kept or a new section starts (`isHeading`): a line before kept
    /// text may introduce that text, across a dropped picture or caption.
    static func remove(
        from kept: inout [Bool], isLabel: (Int) -> Bool, isHeading: (Int) -> Bool, introduced: (Int) -> Bool
    ) {
        let dropped = kept.map { !$0 }  // As the rules before left it: labels dropped here do not count.
        var nextKept: Int?
        for index in kept.indices.reversed() {
            guard kept[index] else { continue }
            let next = index + 1
            let orphan =
                isLabel(index) && next < kept.count && dropped[next] && introduced(next)
                && (nextKept.map(isHeading) ?? true)
            if orphan { kept[index] = false } else { nextKept = index }
        }
    }
}
