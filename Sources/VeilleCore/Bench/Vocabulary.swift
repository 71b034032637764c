/// Word lists for generated releases: everyday news words, and words of each topic.
enum Vocabulary {
    static func words(_ language: Language) -> [String] { language == .fr ? french : english }

    /// Terrorism, arms control, diplomacy.
    static func topicWords(_ language: Language) -> [[String]] { language == .fr ? frenchTopics : englishTopics }

    static let french = """
        le la les un une des du de et à au aux en dans sur pour par avec sans sous entre contre vers chez lors \
        gouvernement ministre président république région préfecture commune village ville capitale frontière \
        nord sud est ouest population habitants femmes jeunes enfants élèves écoles santé hôpital route routes \
        marché marchés commerce agriculture récolte pluies saison projet programme budget financement partenaires \
        développement formation atelier séminaire rencontre réunion cérémonie ouverture clôture lancement \
        responsables autorités représentant directeur directrice secrétaire général conseil comité commission \
        national nationale nationaux régional régionale local locale public publique officiel officielle \
        a ont été est sont sera seront fait faire annoncé déclaré souligné rappelé salué appelé invité présenté \
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août \
        septembre octobre novembre décembre semaine mois année jours heures premier première dernier nouvelle \
        nouveau important importante grand grande petit petite plusieurs nombreux nombreuses tous toutes chaque \
        travail travaux efforts mesures actions résultats objectifs priorités engagement soutien appui aide \
        Lomé Kara Sokodé Atakpamé Dapaong Kpalimé Togo Bénin Ghana Burkina Niger Mali Sahel Afrique Cotonou Accra
        """.split(separator: " ").map(String.init)

    static let english = """
        the a an of and to in on for by with without under between against towards during after before \
        government minister president republic region district town village city capital border north south \
        east west people residents women youth children pupils schools health hospital road roads market \
        markets trade farming harvest rains season project programme budget funding partners development \
        training workshop seminar meeting ceremony opening closing launch officials authorities representative \
        director secretary general council committee commission national regional local public official \
        has have been is are will was were made announced said stressed recalled welcomed called invited \
        presented Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May \
        June July August September October November December week month year days hours first last new \
        important large small several many all each work efforts measures actions results goals priorities \
        commitment support assistance Accra Kumasi Tamale Lomé Abuja Lagos Ghana Togo Nigeria Sahel Africa
        """.split(separator: " ").map(String.init)

    static let frenchTopics: [[String]] = [
        "terrorisme terroristes attaque attaques djihadistes jihadistes extrémisme violent JNIM EIGS otages explosif engin poste militaire soldats".split(separator: " ").map(String.init),
        "armes légères petit calibre ALPC prolifération désarmement munitions trafic stocks marquage traçage TNP nucléaire AIEA".split(separator: " ").map(String.init),
        "visite officielle diplomatie ambassadeur ambassade coopération bilatérale homologue sommet CEDEAO médiation entretien lettres créance".split(separator: " ").map(String.init),
    ]

    static let englishTopics: [[String]] = [
        "terrorism terrorist terrorists attack attacks jihadist militants extremism violent ISWAP JNIM hostages explosive bombing soldiers".split(separator: " ").map(String.init),
        "small arms light weapons SALW proliferation disarmament ammunition trafficking stockpiles marking tracing NPT nuclear IAEA".split(separator: " ").map(String.init),
        "official visit diplomacy ambassador embassy bilateral cooperation counterpart summit ECOWAS mediation talks credentials".split(separator: " ").map(String.init),
    ]
}
