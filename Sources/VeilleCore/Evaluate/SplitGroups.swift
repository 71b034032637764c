import Foundation

extension LabelledCorpus {
    /// For each item, the group it must share a side of every split with, from the `why` column:
    /// a same-event group ("SAME-EVENT group XA", "thread as group Y"), a story thread
    /// ("[THREAD: AU summits Addis; …]"), or another item ("same event as 026"). Items linked by any
    /// of these, even through a third, are one group; an item linked to nothing is a group of its own.
    ///
    /// Why: several outlets' reports of one event share most of their words, so a model scored on
    /// one of them after training on another looks better than it will on new releases.
    public var splitGroups: [String] {
        var parent = Array(items.indices)
        func root(_ item: Int) -> Int {
            var item = item
            while parent[item] != item {
                parent[item] = parent[parent[item]]
                item = parent[item]
            }
            return item
        }
        func join(_ first: Int, _ second: Int) { parent[root(first)] = root(second) }
        var firstWithKey: [String: Int] = [:]
        var byNumber: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            let number = StoryEvaluation.number(of: item.file)
            if !number.isEmpty { byNumber[number] = position }
        }
        for (position, item) in items.enumerated() {
            for key in Self.groupKeys(in: item.note) {
                if let first = firstWithKey[key] { join(position, first) } else { firstWithKey[key] = position }
            }
            for other in Self.linkedNumbers(in: item.note) {
                if let linked = byNumber[other] { join(position, linked) }
            }
        }
        return items.indices.map { "\(folder)#\(items[root($0)].file)" }
    }

    /// "SAME-EVENT group XA" and "thread as group XA" → "group XA"; "[THREAD: name; …" → "thread name".
    static func groupKeys(in note: String) -> [String] {
        var keys: [String] = []
        for marker in ["SAME-EVENT group ", "thread as group "] {
            var rest = note[...]
            while let range = rest.range(of: marker, options: .caseInsensitive) {
                let name = rest[range.upperBound...].prefix { $0.isLetter && $0.isUppercase }
                if !name.isEmpty { keys.append("group \(name)") }
                rest = rest[range.upperBound...]
            }
        }
        if let range = note.range(of: "[THREAD:") {
            let name = note[range.upperBound...].prefix { $0 != ";" && $0 != "]" }
            keys.append("thread " + name.trimmingCharacters(in: .whitespaces))
        }
        return keys
    }

    /// "same event as 026", "same story as 084" → the numbers named.
    static func linkedNumbers(in note: String) -> [String] {
        ["same event as ", "same story as "].compactMap { marker in
            guard let range = note.range(of: marker, options: .caseInsensitive) else { return nil }
            let number = note[range.upperBound...].prefix { $0.isNumber }
            return number.isEmpty ? nil : String(number)
        }
    }
}
