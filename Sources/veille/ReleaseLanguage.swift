import VeilleCore

/// How `show` and `extract` name a release's language: "de (stemmed and classified as other)".
enum ReleaseLanguage {
    static func describe(_ release: Release) -> String {
        guard let code = release.languageCode, code != release.language.rawValue else { return release.language.rawValue }
        return "\(code) (stemmed and classified as \(release.language.rawValue))"
    }
}
