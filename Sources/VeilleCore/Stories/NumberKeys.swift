/// The numbers a release states, read as its readers read them, so that two outlets writing one
/// figure their own way share a key: "1,194", "1 194" and "1.194" are one number (thousands
/// grouped), "3,9" and "3.9" one decimal, and "cinquante-quatre", "fifty-four" and "54" one toll.
/// Read digit by digit, "1,194" would be "1" and "194", and "3.9" would be "3" and "9": a "1"
/// that half the releases share, and no toll at all.
enum NumberKeys {
    /// Each number's key ("1194", "3.9", "54"), in the order the text states them. A word that
    /// starts with digits and goes on with letters ("64e", "22nd", "10h30") is a key as written.
    static func numbers(in words: [Word], utf8: [UInt8]) -> [String] {
        var numbers: [String] = []
        var index = 0
        while index < words.count {
            if isDigits(words[index]) {
                let (found, next) = digitRun(from: index, in: words, utf8: utf8)
                numbers += found
                index = next
            } else if words[index].folded.utf8.first.map({ (0x30...0x39).contains($0) }) == true {
                // "64e", "22nd", "10h30", "4x4": kept as written.
                if let found = key(words[index].folded) { numbers.append(found) }
                index += 1
            } else if let (value, next) = wordNumber(at: index, in: words, utf8: utf8) {
                numbers.append(String(value))
                index = next
            } else {
                index += 1
            }
        }
        return numbers
    }

    /// Digit groups joined by one comma, period or space: one grouped number when every group
    /// after the first has three digits ("1,194", "12 500"), a decimal when there are two groups
    /// joined by a comma or a period and the second has not three ("3,9"), else each group on its
    /// own ("12.03.2025", "1, 2").
    private static func digitRun(from start: Int, in words: [Word], utf8: [UInt8]) -> ([String], Int) {
        var groups = [words[start].raw]
        var marks: [Separator] = []
        var index = start + 1
        while index < words.count, isDigits(words[index]),
            let separator = separator(between: words[index - 1], and: words[index], in: utf8),
            separator != .space || words[index].raw.utf8.count == 3
        {
            groups.append(words[index].raw)
            marks.append(separator)
            index += 1
        }
        let grouped =
            groups.count > 1 && groups[0].utf8.count <= 3 && groups.dropFirst().allSatisfy { $0.utf8.count == 3 }
            && Set(marks).count == 1
        if grouped, let key = key(groups.joined()) { return ([key], index) }
        if groups.count == 2, marks[0] != .space, let whole = key(groups[0]) {
            let fraction = groups[1].reversed().drop { $0 == "0" }.reversed()
            return ([fraction.isEmpty ? whole : whole + "." + String(fraction)], index)
        }
        return (groups.compactMap(key), index)
    }

    /// Leading zeros dropped ("08" is 8); nil for zero and for numbers of more than seven digits
    /// (telephone numbers, references).
    private static func key(_ digits: String) -> String? {
        let significant = digits.drop { $0 == "0" }
        return significant.isEmpty || significant.count > 7 ? nil : String(significant)
    }

    private enum Separator { case comma, period, space }

    /// The one character between two words, when it is a comma, a period or a space (a no-break
    /// space too).
    private static func separator(between first: Word, and second: Word, in utf8: [UInt8]) -> Separator? {
        let gap = utf8[first.bytes.upperBound..<second.bytes.lowerBound]
        switch Array(gap) {
        case [UInt8(ascii: ",")]: return .comma
        case [UInt8(ascii: ".")]: return .period
        case [UInt8(ascii: " ")], [0xC2, 0xA0], [0xE2, 0x80, 0xAF]: return .space
        default: return nil
        }
    }

    private static func joinedByHyphen(_ first: Word, _ second: Word, in utf8: [UInt8]) -> Bool {
        second.bytes.lowerBound == first.bytes.upperBound + 1 && utf8[first.bytes.upperBound] == UInt8(ascii: "-")
    }

    private static func isDigits(_ word: Word) -> Bool { word.raw.utf8.allSatisfy { (0x30...0x39).contains($0) } }

    /// A number written in words ("huit", "cinquante-quatre", "soixante-dix-huit", "quatre-vingts",
    /// "vingt et un", "fifty-four") and the index after it. "Un" and "one" alone are left out:
    /// they are articles and pronouns as often.
    private static func wordNumber(at index: Int, in words: [Word], utf8: [UInt8]) -> (Int, Int)? {
        let word = { (offset: Int) -> String? in index + offset < words.count ? words[index + offset].folded : nil }
        let hyphen = { (offset: Int) -> Bool in
            index + offset < words.count && joinedByHyphen(words[index + offset - 1], words[index + offset], in: utf8)
        }
        var value: Int
        var next: Int
        if word(0) == "quatre", let vingt = word(1), vingt == "vingt" || vingt == "vingts", hyphen(1) {
            (value, next) = (80, 2)
        } else if let tens = tens[words[index].folded] {
            (value, next) = (tens, 1)
        } else if let units = units[words[index].folded], units > 1 {
            (value, next) = (units, 1)
            // "dix-sept", "dix-huit", "dix-neuf".
            if units == 10, hyphen(1), let unit = word(1).flatMap({ self.units[$0] }), (7...9).contains(unit) {
                (value, next) = (10 + unit, 2)
            }
            return (value, index + next)
        } else {
            return nil
        }
        // "-quatre", "-dix-huit", "-quinze", " et un", " et onze".
        if hyphen(next), let unit = word(next).flatMap({ units[$0] }) {
            value += unit
            next += 1
            if unit == 10, hyphen(next), let more = word(next).flatMap({ units[$0] }), (7...9).contains(more) {
                value += more
                next += 1
            }
        } else if word(next) == "et" || word(next) == "and", let unit = word(next + 1).flatMap({ units[$0] }),
            unit == 1 || unit == 11
        {
            value += unit
            next += 2
        }
        return (value, index + next)
    }

    /// True for a word that may be part of a number written in words.
    static func isNumberWord(_ folded: String) -> Bool { units[folded] != nil || tens[folded] != nil }

    private static let units: [String: Int] = {
        let french = [
            "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
            "quinze", "seize",
        ]
        let english = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        var units: [String: Int] = ["une": 1]
        for (offset, word) in french.enumerated() { units[word] = offset + 1 }
        for (offset, word) in english.enumerated() { units[word] = offset + 1 }
        return units
    }()

    private static let tens: [String: Int] = [
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
}
