/// The regions R1 and R2 shared by the Snowball stemmers.
///
/// R1 is the part of the word after the first non-vowel that follows a vowel; R2 is the same rule applied
/// again inside R1. Suffixes are only removed when they lie inside the right region, which is what stops
/// short words from being stripped to nothing. A region is stored as the index where it starts; a region
/// that does not exist starts at the word's end (it is empty).
enum StemRegions {
    /// Snowball's `gopast v gopast non-v` from `start`: the index just after the first non-vowel that
    /// follows a vowel, or `word.count` when there is none.
    @inline(__always)
    static func regionStart(in word: StemBuffer, from start: Int, vowels: ByteSet) -> Int {
        var index = start
        while index < word.count && !vowels.contains(word[index]) { index += 1 }
        index += 1
        while index < word.count && vowels.contains(word[index]) { index += 1 }
        return min(index + 1, word.count)
    }
}
