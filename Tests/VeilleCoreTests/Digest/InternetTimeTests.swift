import Foundation
import Testing

@testable import VeilleCore

/// The feed, the logs and the quarantine notes write times as `ISO8601DateFormatter` did.
struct InternetTimeTests {
    @Test(arguments: [0, 1_749_729_600, 1_749_729_600.999, 1_765_035_039.5, 951_782_400, 4_102_444_799])
    func writesTimesAsFoundationsFormatterDid(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(InternetTime.string(from: date) == ISO8601DateFormatter().string(from: date))
    }
}
