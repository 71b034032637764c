extension Array where Element == UInt64 {
    /// Calls `body` with each value that this sorted array and `other` (sorted too) both hold,
    /// walking each once: how story signatures and summary sentences compare their hashed words.
    func forEachShared(with other: [UInt64], _ body: (UInt64) -> Void) {
        var i = 0
        var j = 0
        while i < count, j < other.count {
            if self[i] == other[j] {
                body(self[i])
                i += 1
                j += 1
            } else if self[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
