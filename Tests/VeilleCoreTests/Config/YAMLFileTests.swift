import Foundation
import Testing
import Yams

@testable import VeilleCore

/// YAML files are read without Yams' tag resolution: what it told apart (a null, a number, a
/// boolean) the loaders read from the text, as before.
struct YAMLFileTests {
    /// The file `items: TEXT`, and the node of its value.
    private func value(of text: String) throws -> (YAMLFile, Node) {
        let folder = try TemporaryFolder()
        let file = try YAMLFile(path: try folder.write("file.yaml", "items: \(text)\n"))
        let entries = try file.rootMapping(known: ["items"])
        return (file, try #require(entries.first).value)
    }

    @Test(arguments: ["~", "null", "Null", "NULL", "", "[]"])
    func aNullOrEmptyListHasNoItems(text: String) throws {
        let (file, node) = try value(of: text)
        #expect(try file.sequence(node, key: "items").isEmpty)
    }

    @Test(arguments: ["\"null\"", "'~'", "yes", "12", "nil"])
    func aQuotedNullOrAnyOtherValueIsNotAList(text: String) throws {
        let (file, node) = try value(of: text)
        #expect(throws: ConfigError.self) { try file.sequence(node, key: "items") }
    }

    @Test(arguments: [("0.50", "0.50"), ("yes", "yes"), ("1e3", "1e3"), ("2026-12-06", "2026-12-06"), ("'on'", "on")])
    func scalarsAreReadAsWritten(text: String, read: String) throws {
        let (file, node) = try value(of: text)
        #expect(try file.string(node, key: "items") == read)
    }
}
