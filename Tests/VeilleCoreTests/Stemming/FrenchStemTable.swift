/// Folded French words and the stems the adapted Snowball algorithm gives them, worked out by hand from
/// the rules (regions, longest suffix, step order) and grouped by what they exercise.
enum FrenchStemTable {
    /// Nouns, singular and plural, across the step 1 suffixes.
    static let nouns: [(word: String, stem: String)] = [
        ("terrorisme", "terror"), ("terrorismes", "terror"), ("nationalisme", "national"),
        ("djihadisme", "djihad"), ("journaliste", "journal"), ("journalistes", "journal"),
        ("securite", "secur"), ("securites", "secur"), ("activite", "activ"), ("possibilite", "possibil"),
        ("responsabilite", "respons"), ("rapidite", "rapid"),
        ("proliferation", "prolifer"), ("negociation", "negoci"), ("negociations", "negoci"),
        ("manifestation", "manifest"), ("organisations", "organis"), ("declaration", "declar"),
        ("arrestation", "arrest"), ("communication", "commun"), ("modification", "modif"),
        ("negociateur", "negoci"), ("negociateurs", "negoci"),
        ("technologie", "technolog"), ("technologies", "technolog"),
        ("gouvernement", "gouvern"), ("gouvernements", "gouvern"), ("bombardement", "bombard"),
        ("renseignement", "renseign"), ("renseignements", "renseign"), ("licenciement", "licenci"),
        ("enlevement", "enlev"), ("surveillance", "surveil"),
        ("journaux", "journal"), ("chevaux", "cheval"), ("faisceaux", "faisceau"),
        ("genoux", "genou"), ("bijoux", "bijou"),
        ("diplomatie", "diplomat"), ("economie", "econom"), ("democratie", "democrat"),
        ("strategie", "strateg"), ("frontiere", "fronti"), ("frontieres", "fronti"),
        ("ministre", "ministr"), ("ministres", "ministr"), ("calibre", "calibr"), ("calibres", "calibr"),
        ("attentat", "attentat"), ("attentats", "attentat"), ("soldat", "soldat"), ("soldats", "soldat"),
        ("trafic", "trafic"), ("trafics", "trafic"), ("sommet", "sommet"), ("sommets", "sommet"),
        ("accord", "accord"), ("accords", "accord"), ("otage", "otag"), ("otages", "otag"),
        ("victime", "victim"), ("victimes", "victim"), ("limite", "limit"), ("limites", "limit"),
        ("missile", "missil"), ("missiles", "missil"), ("bombe", "bomb"), ("bombes", "bomb"),
        ("fusillade", "fusillad"), ("blessure", "blessur"), ("blessures", "blessur"),
        ("lycee", "lyc"), ("lycees", "lyc"), ("dossier", "dossi"), ("dossiers", "dossi"),
        ("parent", "parent"), ("parents", "parent"), ("moment", "moment"), ("client", "client"),
        ("president", "presid"), ("presidents", "presid"), ("presidence", "presid"),
        ("accident", "accid"), ("accidents", "accid"), ("difference", "differ"),
        ("espionnage", "espionnag"), ("guerre", "guerr"), ("terrain", "terrain"), ("terrains", "terrain"),
    ]

    /// Adjectives: masculine, feminine, plurals, and the adverbs built on them.
    static let adjectives: [(word: String, stem: String)] = [
        ("terroriste", "terror"), ("terroristes", "terror"), ("antiterroriste", "antiterror"),
        ("antiterroristes", "antiterror"), ("djihadiste", "djihad"), ("djihadistes", "djihad"),
        ("diplomatique", "diplomat"), ("diplomatiques", "diplomat"), ("strategique", "strateg"),
        ("economique", "econom"), ("informatique", "informat"), ("fanatique", "fanat"),
        ("nucleaire", "nucleair"), ("nucleaires", "nucleair"), ("militaire", "militair"),
        ("national", "national"), ("nationale", "national"), ("nationaux", "national"),
        ("nationales", "national"), ("international", "international"), ("internationaux", "international"),
        ("leger", "leg"), ("legere", "leg"), ("legers", "leg"), ("legeres", "leg"),
        ("etranger", "etrang"), ("etrangere", "etrang"), ("etrangers", "etrang"), ("etrangeres", "etrang"),
        ("premier", "premi"), ("premiere", "premi"), ("premiers", "premi"), ("derniere", "derni"),
        ("heureux", "heureux"), ("heureuse", "heureux"), ("explosif", "explos"), ("explosive", "explos"),
        ("explosifs", "explos"), ("effectif", "effect"), ("effective", "effect"),
        ("europeen", "europeen"), ("europeenne", "europeen"), ("europeens", "europeen"),
        ("syrien", "syrien"), ("syrienne", "syrien"), ("ancienne", "ancien"),
        ("nouvelle", "nouvel"), ("nouvelles", "nouvel"), ("belle", "bel"),
        ("grand", "grand"), ("grande", "grand"), ("grands", "grand"), ("fortes", "fort"),
        ("recent", "recent"), ("recente", "recent"), ("recents", "recent"),
        ("responsable", "respons"), ("responsables", "respons"),
        ("rapide", "rapid"), ("rapidement", "rapid"), ("heureusement", "heureux"),
        ("malheureusement", "malheur"), ("effectivement", "effect"), ("recemment", "recent"),
    ]

    /// Verbs: infinitives, present, past participles (folded: `signé` arrives as `signe`), imperfect,
    /// future, conditional, present participles and third person plurals.
    static let verbs: [(word: String, stem: String)] = [
        ("signer", "sign"), ("signe", "sign"), ("signes", "sign"), ("signent", "sign"), ("signera", "sign"),
        ("signee", "sign"), ("signees", "sign"), ("signait", "sign"),
        ("condamner", "condamn"), ("condamne", "condamn"), ("condamnent", "condamn"), ("condamnee", "condamn"),
        ("parler", "parl"), ("parle", "parl"), ("parlez", "parl"), ("parlait", "parl"), ("parlaient", "parl"),
        ("parlera", "parl"), ("parlerait", "parl"), ("parleront", "parl"), ("parlant", "parl"),
        ("declarent", "declar"), ("declaraient", "declar"), ("affirment", "affirm"), ("estiment", "estim"),
        ("menacer", "menac"), ("menacent", "menac"), ("attaquer", "attaqu"), ("attaquent", "attaqu"),
        ("attaquant", "attaqu"), ("continuent", "continu"), ("continuer", "continu"),
        ("liberer", "liber"), ("libere", "liber"), ("liberee", "liber"), ("liberent", "liber"),
        ("cooperer", "cooper"), ("coopere", "cooper"), ("proliferer", "prolifer"),
        ("negocier", "negoci"), ("negocie", "negoci"), ("negociee", "negoci"), ("associe", "associ"),
        ("creer", "cre"), ("cree", "cre"), ("creee", "cre"),
        ("finir", "fin"), ("finit", "fin"), ("finissent", "fin"), ("finie", "fin"), ("finissons", "fin"),
        ("choisir", "chois"), ("choisissent", "chois"),
        ("prennent", "pren"), ("viennent", "vien"), ("mettent", "met"), ("vendent", "vend"),
        ("surveiller", "surveil"), ("surveille", "surveil"), ("blesse", "bless"), ("blessee", "bless"),
    ]

    static var all: [(word: String, stem: String)] { nouns + adjectives + verbs }
}
