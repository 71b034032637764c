/// Folded French and English words too common to tell one story from another.
enum StopWords {
    static let all: Set<String> = Set(
        """
        a au aux avec ce ces cet cette dans de des du elle en et etre il ils je la le les leur leurs lui ma mais me meme
        mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos
        votre vous c d j l m n s t y ete etait sont est ont avait avaient aussi ainsi alors apres avant bien car comme
        contre depuis donc dont encore entre fait faire lors plus sans selon sous tous tout toute toutes tres vers
        deux trois cadre afin etc ans annee annees jour jours cours plusieurs autres autre chez fin sein egalement
        the of and to in for on with by at from as is are was were be been has have had it its this that these those
        which who will would can could should may also an or not but their they he she his her them we our us you your
        than then there after before about into over under more most other such only new said says one two three year
        years day days during while between against through including per all any each both
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
        septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday january february
        march april june july august september october november december
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let hashes = Set(all.map { FNV.add(Array($0.utf8)[...], to: FNV.offset) })

    /// Whether a folded word, as UTF-8 bytes, is one of `all`, without making a String of it.
    static func contains(_ word: ArraySlice<UInt8>) -> Bool {
        hashes.contains(FNV.add(word, to: FNV.offset))
    }
}
