import Foundation
import Yams

/// Reads `watchlist.yaml`: `watch:`, a list of names and terms, each checked with its file and
/// line. A missing file is an empty list, so a configuration written before it existed loads.
struct WatchListLoader {
    func load(path: String) throws(ConfigError) -> WatchList {
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        let file = try YAMLFile(path: path)
        var names: [String] = []
        for entry in try file.rootMapping(known: ["watch"]) {
            for item in try file.sequence(entry.value, key: "watch") {
                let name = try file.string(item, key: "each item of watch").trimmingCharacters(in: .whitespaces)
                guard FoldedText(name).count > 0 else {
                    throw file.error(item, "each item of watch needs a letter or digit to match")
                }
                guard !names.contains(name) else { throw file.error(item, "\"\(name)\" is listed twice") }
                names.append(name)
            }
        }
        return WatchList(names: names)
    }
}
