import Testing

@testable import VeilleCore

/// Checks that two digests of one day, built different ways, render the same Markdown and HTML
/// in every language the digest speaks.
func expectSameRendering(_ digest: Digest, as expected: Digest, sourceLocation: SourceLocation = #_sourceLocation) {
    for language in DigestLanguage.allCases {
        #expect(
            MarkdownDigest(language: language, timeZone: .gmt).render(digest)
                == MarkdownDigest(language: language, timeZone: .gmt).render(expected), sourceLocation: sourceLocation)
        #expect(
            HTMLDigest(language: language, timeZone: .gmt).render(digest)
                == HTMLDigest(language: language, timeZone: .gmt).render(expected), sourceLocation: sourceLocation)
    }
}
