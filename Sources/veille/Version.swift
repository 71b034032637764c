/// Veille's version: what `veille --version` prints and the Debian package is numbered with.
enum VeilleVersion {
    static let version = "0.16.0"
}
