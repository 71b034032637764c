import ArgumentParser

/// A release id as people type it: `12` or `#12`, the way search and the digest print it.
enum ReleaseNumber {
    static func parse(_ text: String) throws -> Int64 {
        guard let number = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), number > 0 else {
            throw ValidationError("A release id is a number such as 12 or #12, not \"\(text)\".")
        }
        return number
    }
}
