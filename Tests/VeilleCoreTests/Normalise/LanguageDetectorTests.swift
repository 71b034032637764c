import Testing

@testable import VeilleCore

/// Language identification on sentences we wrote, one per language, the length of a short lead.
struct LanguageDetectorTests {
    static let samples: [(code: String, text: String)] = [
        ("fr", "Le ministre des Affaires étrangères a reçu les ambassadeurs de la CEDEAO pour une séance de travail sur la sécurité dans le Sahel et les élections à venir."),
        ("en", "The minister received the ambassadors of the regional bloc for a working session on security in the Sahel and on the coming elections, which will be held in March."),
        ("de", "Der Minister hat die Botschafter der Staaten empfangen, um mit ihnen über die Sicherheit in der Region und die Wahlen zu sprechen, die im März stattfinden werden."),
        ("es", "El ministro recibió a los embajadores de la región para una sesión de trabajo sobre la seguridad en el Sahel y las elecciones que se celebrarán en marzo."),
        ("pt", "O ministro recebeu os embaixadores da região para uma sessão de trabalho sobre a segurança no Sahel e as eleições que vão ser realizadas em março."),
        ("it", "Il ministro ha ricevuto gli ambasciatori della regione per una sessione di lavoro sulla sicurezza nel Sahel e sulle elezioni che si terranno a marzo."),
        ("nl", "De minister heeft de ambassadeurs van de regio ontvangen voor een werkvergadering over de veiligheid in de Sahel en de verkiezingen die in maart worden gehouden."),
        ("pl", "Minister przyjął ambasadorów z regionu na posiedzeniu roboczym w sprawie bezpieczeństwa w Sahelu oraz wyborów, które odbędą się w marcu, jak zapowiedział rząd."),
        ("sv", "Ministern tog emot ambassadörerna från regionen för ett arbetsmöte om säkerheten i Sahel och om valen som ska hållas i mars, och det var ett viktigt möte."),
        ("tr", "Bakan, Sahel bölgesindeki güvenlik ve mart ayında yapılacak olan seçimler için bölge büyükelçilerini kabul etti ve bu görüşme daha sonra da devam edecek."),
        ("id", "Menteri menerima para duta besar dari kawasan itu untuk sesi kerja tentang keamanan di Sahel dan pemilihan yang akan diadakan pada bulan Maret oleh pemerintah."),
        ("ru", "Министр принял послов стран региона для рабочего совещания по вопросам безопасности в Сахеле и выборов, которые пройдут в марте."),
        ("uk", "Міністр прийняв послів країн регіону для робочої наради з питань безпеки в Сахелі та виборів, які відбудуться в березні."),
        ("ar", "استقبل الوزير سفراء دول المنطقة لعقد جلسة عمل حول الأمن في منطقة الساحل والانتخابات المقبلة."),
        ("zh", "部长接见了该地区各国大使，就萨赫勒地区的安全局势和三月份的选举举行了工作会议。"),
        ("ja", "大臣は地域の大使たちを迎え、サヘル地域の安全保障と三月の選挙について作業会合を開いた。"),
        ("el", "Ο υπουργός υποδέχθηκε τους πρέσβεις της περιοχής για μια συνεδρίαση εργασίας σχετικά με την ασφάλεια στο Σαχέλ."),
    ]

    @Test(arguments: samples.map(\.code))
    func sentenceIsIdentifiedInItsLanguage(code: String) throws {
        let text = try #require(Self.samples.first { $0.code == code }?.text)
        #expect(LanguageDetector().identify(text) == code)
    }

    @Test func onlyFrenchAndEnglishAreStemmedAsThemselves() {
        #expect(LanguageDetector.language(of: "fr") == .fr)
        #expect(LanguageDetector.language(of: "en") == .en)
        #expect(LanguageDetector.language(of: "de") == .other, "German is not forced into English")
        #expect(LanguageDetector.language(of: "es") == .other, "Spanish is not forced into French")
    }

    @Test func tooLittleTextIsUndetermined() {
        #expect(LanguageDetector().identify("Lomé, 12/03/2025") == "und")
        #expect(LanguageDetector().detect("Lomé, 12/03/2025") == .other)
    }
}
