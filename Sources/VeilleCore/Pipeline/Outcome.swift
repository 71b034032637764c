/// What became of one file taken in.
public enum Outcome: Sendable, Equatable {
    /// Indexed, and its file archived.
    case indexed(IndexedRelease)
    /// Its content was already indexed as release `of`; the file was archived all the same.
    case duplicate(fileName: String, of: Int64, archivedPath: String)
    /// It could not be indexed; it is in failed/ with a reason beside it.
    case failed(fileName: String, error: VeilleError, failedPath: String)

    public var fileName: String {
        switch self {
        case .indexed(let entry): entry.release.fileName
        case .duplicate(let name, _, _), .failed(let name, _, _): name
        }
    }
}
