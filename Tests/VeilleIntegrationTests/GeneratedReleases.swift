import Foundation

/// A small, fast random generator with a seed, so that a failing run can be repeated exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Press releases and broken files made up for tests: a valid one has a headline and several
/// paragraphs in French or English; an invalid one is refused for a known reason.
enum GeneratedRelease {
    private static let french = [
        "Le ministre des affaires étrangères a reçu son homologue pour une visite officielle consacrée à la coopération bilatérale.",
        "Les forces de défense et de sécurité ont renforcé les patrouilles après une attaque terroriste dans le nord du pays.",
        "La commission nationale de lutte contre la prolifération des armes légères a présenté son rapport annuel.",
        "Le festival culturel de la ville a accueilli des milliers de visiteurs venus de toute la région.",
        "Les deux délégations ont signé un accord sur la sécurité maritime dans le golfe de Guinée.",
        "Le gouvernement a annoncé un programme de formation destiné aux jeunes des zones rurales.",
    ]
    private static let english = [
        "The foreign minister received his counterpart for an official visit devoted to bilateral cooperation.",
        "Security forces stepped up patrols after a terrorist attack on a border post in the north of the country.",
        "The national commission on small arms presented its annual report on weapons marking and stockpile management.",
        "The city's arts festival welcomed thousands of visitors from across the region this weekend.",
        "Both delegations signed an agreement on maritime security in the Gulf of Guinea.",
        "The government announced a training programme for young people in rural areas.",
    ]

    /// A valid release, unique by its number: French or English, plain text or HTML.
    static func valid(_ number: Int, using random: inout some RandomNumberGenerator) -> (name: String, bytes: [UInt8]) {
        let isFrench = Bool.random(using: &random)
        let pool = isFrench ? french : english
        let title = isFrench ? "Communiqué numéro \(number) du gouvernement" : "Government press release number \(number)"
        let paragraphs = (0..<Int.random(in: 2...4, using: &random)).map { index in
            (0..<3).map { _ in pool.randomElement(using: &random) ?? "" }.joined(separator: " ") + " (\(number).\(index))"
        }
        if Bool.random(using: &random) {
            let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
            let page =
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(title)</title></head>"
                + "<body><nav>Accueil | Menu</nav><article><h1>\(title)</h1>\n\(body)</article></body></html>"
            return ("release-\(number).html", Array(page.utf8))
        }
        return ("release-\(number).txt", Array(([title] + paragraphs).joined(separator: "\n\n").utf8))
    }

    /// A file Veille must refuse, with the reason code it must give.
    static func invalid(_ number: Int, using random: inout some RandomNumberGenerator)
        -> (name: String, bytes: [UInt8], code: String)
    {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return ("empty-\(number).txt", [], "empty")
        case 1:
            return (
                "image-\(number).html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 64),
                "binary"
            )
        case 2:
            let page = "<html><head><script>var n = \(number);</script></head><body><nav>Menu</nav></body></html>"
            return ("script-\(number).html", Array(page.utf8), "no-text")
        default: return ("nul-\(number).txt", Array("texte \(number)".utf8) + [0, 0, 0, 1, 2, 0], "binary")
        }
    }
}
