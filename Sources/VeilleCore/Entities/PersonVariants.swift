/// Makes one entity of the ways a release or a story writes one person's name: "Robert
/// Dussey" and "R. Dussey", "Faure Essozimna Gnassingbé" and "Faure Gnassingbé" (accents and
/// capitals already fold to one key), each under whichever roles it was named with.
public enum PersonVariants {
    /// True when two folded names can be one person: the same surname (last word), and first
    /// names equal or one the initial of the other; a middle name may be missing from either.
    static func canBeOnePerson(_ first: [Substring], _ second: [Substring]) -> Bool {
        guard let surname = first.last, surname == second.last else { return false }
        guard first.count > 1, second.count > 1, let one = first.first, let other = second.first else { return true }
        return one == other || (one.count == 1 && other.hasPrefix(one)) || (other.count == 1 && one.hasPrefix(other))
    }

    /// `entities` with the people that can be one person merged into the first of them: mentions
    /// added up, the fullest name kept, and the most precise role (see `preferredRole`). Other
    /// entities and the order of first mention are kept. The digest's stories get this through
    /// `EntityTally`, so variants met in different releases of a story merge too.
    public static func merge(_ entities: [Entity]) -> [Entity] {
        var merged: [Entity] = []
        for entity in entities {
            guard entity.kind == .person,
                let index = merged.firstIndex(where: {
                    $0.kind == .person && canBeOnePerson(words($0.key), words(entity.key))  // keys are folded words
                })
            else {
                merged.append(entity)
                continue
            }
            var person = merged[index]
            person.mentions += entity.mentions
            person.role = preferredRole(person.role, entity.role)
            if isFuller(entity.name, than: person.name) {
                person.name = entity.name
                person.key = entity.key
            }
            merged[index] = person
        }
        return merged
    }

    /// The role in more words ("ministre des Affaires étrangères" over "ministre" or
    /// "homologue"), or the first one met when they are as long.
    static func preferredRole(_ current: String?, _ other: String?) -> String? {
        guard let current else { return other }
        guard let other else { return current }
        return words(other).count > words(current).count ? other : current
    }

    private static func isFuller(_ name: String, than other: String) -> Bool {
        let (count, otherCount) = (words(name).count, words(other).count)
        return count != otherCount ? count > otherCount : name.count > other.count
    }

    /// The words of a key, name or role, split at spaces: enough to compare and count them.
    private static func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
}
