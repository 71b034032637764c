/// The most work one PDF may cost; the size limit is the files' own (`max_file_size`).
public struct PDFLimits: Sendable, Equatable {
    /// A document with more pages is refused before any is read (`pdf_max_pages`).
    public var maximumPages: Int
    /// Reading one document's text stops after this many seconds (`pdf_time_limit_seconds`).
    public var seconds: Double

    public init(maximumPages: Int = 200, seconds: Double = 10) {
        self.maximumPages = maximumPages
        self.seconds = seconds
    }
}
