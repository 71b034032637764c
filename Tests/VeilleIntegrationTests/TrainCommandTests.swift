import Foundation
import Testing

/// `veille train` on a small labelled corpus we write: the file it gives, `--check`, and what
/// `check-config` says of it.
struct TrainCommandTests {
    /// Six attacks told without "terrorisme" and six market reports, each in its own file.
    private func corpus(in folder: String) throws -> String {
        let corpus = folder + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus + "/items", withIntermediateDirectories: true)
        var labels = "file\tlanguage\tlabels\tsource\twhy\n"
        let places = ["Dapaong", "Mango", "Kpendjal", "Cinkassé", "Borgou", "Tillabéri"]
        for (number, place) in places.enumerated() {
            let attack = """
                Des assaillants frappent \(place)
                Des hommes armés non identifiés ont attaqué le village de \(place) dans la nuit.
                Les assaillants ont incendié des maisons et tué des civils avant de se replier.
                """
            let market = """
                Le marché de \(place) rouvre
                Le grand marché de \(place) a rouvert ses portes après des travaux.
                Les commerçantes saluent les nouveaux hangars et l’éclairage des allées.
                """
            try attack.write(toFile: corpus + "/items/a\(number).txt", atomically: true, encoding: .utf8)
            try market.write(toFile: corpus + "/items/m\(number).txt", atomically: true, encoding: .utf8)
            labels += "items/a\(number).txt\tfr\tterrorism\t-\tattack\nitems/m\(number).txt\tfr\tnone\t-\tmarket\n"
        }
        try labels.write(toFile: corpus + "/labels.tsv", atomically: true, encoding: .utf8)
        return corpus
    }

    @Test func trainWritesAModelThatCheckConfigDescribesAndCheckCompares() throws {
        var veille = try VeilleProcess()
        let corpus = try corpus(in: veille.folder)
        let model = veille.folder + "/topics.tsv"
        let trained = try veille.run(["train", corpus, "--output", model])
        #expect(trained.status == 0, "\(trained.errors)")
        #expect(trained.output.contains("12 releases (corpus 12), topics terrorism"))
        #expect(try veille.run(["train", corpus, "--output", model, "--check"]).status == 0)

        veille.environment["VEILLE_MODEL"] = model
        let described = try veille.run(["check-config"])
        #expect(described.output.contains("version 2, trained on 12 releases (corpus 12)"))
        #expect(described.output.contains("rules alone for arms-control, diplomacy"))

        let edited = try String(contentsOfFile: model, encoding: .utf8).replacingOccurrences(
            of: "examples\t12", with: "examples\t13")
        try edited.write(toFile: model, atomically: true, encoding: .utf8)
        let check = try veille.run(["train", corpus, "--output", model, "--check"])
        #expect(check.status == 1)
        #expect(check.errors.contains("is not what `veille train` gives"))

        try "veille-topic-model\t2\nexamples\tmany\n".write(toFile: model, atomically: true, encoding: .utf8)
        let broken = try veille.run(["check-config"])
        #expect(broken.status == 78)
        #expect(broken.errors.contains("topics.tsv:2: expected examples and a count"))

        // A model from an older Veille stops the daemon but not the training that replaces it.
        try "veille-topic-model\t1\n".write(toFile: model, atomically: true, encoding: .utf8)
        #expect(try veille.run(["check-config"]).errors.contains("run `veille train` again"))
        let retrained = try veille.run(["train", corpus])
        #expect(retrained.status == 0, "\(retrained.errors)")
        #expect(retrained.errors.contains("training replaces it"))
        #expect(try veille.run(["check-config"]).status == 0)
    }
}
