import ArgumentParser
import Foundation
import VeilleCore

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract:
            "Write a day's digest (Markdown and HTML, index.html, feed.xml) and print its path (or, with --print, the digest).",
        discussion: "The day runs midnight to midnight in the configured time zone; today is the default."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "day"))
    var date: String?

    @Flag(help: "Print the digest itself rather than its path.")
    var print = false

    func validate() throws {
        if let date, Day(date) == nil { throw ValidationError("--date must be a day written YYYY-MM-DD, not \"\(date)\".") }
    }

    func run() throws {
        let configuration = try options.loadConfigurationForReading()
        let logger = options.bootstrapLogging(quietByDefault: true)
        let zone = configuration.settings.timeZone
        let today = Day(containing: Date(), in: zone)
        let day = date.flatMap(Day.init) ?? today
        let output = try Terminal.attempt { () throws(VeilleError) -> String in
            let index = try ReleaseIndex(path: configuration.settings.layout.index, readOnly: true)
            let ingestor = Ingestor(
                pipeline: Pipeline(configuration: configuration, index: index, logger: logger), logger: logger)
            let rendered = try ingestor.renderDigest(for: day)
            let writer = DigestWriter(folder: configuration.settings.layout.digests)
            do throws(VeilleError) {
                try writer.write(
                    rendered.markdown, html: rendered.html, for: day, isLatest: day == today,
                    language: configuration.settings.digestLanguage, timeZone: zone, readingCopies: rendered.readingCopies,
                    texts: index.withTexts, summary: rendered.summary)
            } catch {
                // Analysts may read the state folder without writing to it: the digest is still theirs.
                guard self.print else { throw error }
                logger.warning("could not save the digest", metadata: ["detail": "\(error.description)"])
            }
            return self.print ? rendered.markdown : writer.path(for: day)
        }
        Swift.print(output)
    }
}
