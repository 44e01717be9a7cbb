import CaseloadKit
import Foundation

/// A small project in a fresh temporary folder: pipeline.yml plus input files, for tests
/// that exercise the pipeline from files, as a user would.
struct Scenario {
    let folder: URL

    /// The catalog most scenarios use.
    static let catalog = """
    id;navn;aliaser
    a-dagpenge;A-dagpenge;
    kontanthjaelp;Kontanthjælp;Kontanthjælp/Særl. udd.ydelse
    sygedagpenge;Sygedagpenge;
    ressourceforloebsydelse;Ressourceforløbsydelse;Ressourseforløbsydelse

    """

    /// Writes `files` (path → content) and a pipeline.yml into a new folder.
    init(_ files: [String: String], pipeline: String? = nil, year: Int = 2017, priorYears: [Int] = [2015],
         cutoff: String? = nil, jobcenter: String? = "Jobcenter Vallensbæk",
         municipalities: [String] = ["Vallensbæk", "Ishøj"]) throws {
        try self.init(bytes: files.mapValues { Data($0.utf8) }, pipeline: pipeline, year: year, priorYears: priorYears,
                      cutoff: cutoff, jobcenter: jobcenter, municipalities: municipalities)
    }

    /// Writes `files` (path → raw bytes, for encodings other than UTF-8) and a pipeline.yml.
    /// `municipalities` are pipeline.yml's; each needs a budget in the files.
    init(bytes files: [String: Data], pipeline: String? = nil, year: Int = 2017, priorYears: [Int] = [2015],
         cutoff: String? = nil, jobcenter: String? = "Jobcenter Vallensbæk",
         municipalities: [String] = ["Vallensbæk", "Ishøj"]) throws {
        folder = TestScratch.root.appendingPathComponent("caseload-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var all = files
        if all["Input/ydelser.csv"] == nil { all["Input/ydelser.csv"] = Data(Scenario.catalog.utf8) }
        for (path, content) in all { try writeBytes(path, content) }
        let inputs = ["budget": "Input/budget", "rates": "Input/takster", "actuals": "Input/faktisk", "cases": "Input/sager",
                      "goals": "Input/maal"]
            .filter { key, path in all.keys.contains { $0.hasPrefix(path + "/") } }
            .sorted { $0.key < $1.key }
            .map { "  \($0.key): \($0.value)" }
            .joined(separator: "\n")
        let yaml = pipeline ?? """
        year: \(year)
        prior_years: [\(priorYears.map(String.init).joined(separator: ", "))]
        municipalities: [\(municipalities.joined(separator: ", "))]
        \(jobcenter.map { "jobcenter: \($0)" } ?? "")
        \(cutoff.map { "cutoff: \($0)" } ?? "")
        inputs:
          catalog: Input/ydelser.csv
        \(inputs)

        """
        try write("pipeline.yml", yaml)
    }

    /// Writes one file (creating folders); bytes as UTF-8.
    func write(_ path: String, _ content: String) throws {
        try writeBytes(path, Data(content.utf8))
    }

    /// Writes one file's raw bytes.
    func writeBytes(_ path: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var configURL: URL { folder.appendingPathComponent("pipeline.yml") }

    /// Loads pipeline.yml and evaluates the run without writing.
    func evaluate() throws -> RunOutcome {
        try Pipeline.evaluate(try ConfigLoader.load(configURL))
    }

    /// The diagnostics of a run, one `file:line:column: severity: message` a line.
    func diagnostics() throws -> [String] {
        try evaluate().diagnostics.diagnostics.map(\.description)
    }

    /// The rows of afstemning.csv (or the total file) as dictionaries by column.
    func table(_ name: String = "afstemning.csv") throws -> [[String: String]] {
        let outcome = try evaluate()
        guard outcome.succeeded else {
            throw ScenarioFailure(diagnostics: outcome.diagnostics.rendered())
        }
        guard let file = outcome.files.first(where: { $0.name == name }) else { return [] }
        return parseCSV(file.contents)
    }

    /// The afstemning row of a municipality and benefit id.
    func row(_ kommune: String, _ benefit: String, in name: String = "afstemning.csv") throws -> [String: String]? {
        try table(name).first { $0["kommune"] == kommune && $0["ydelse_id"] == benefit }
    }
}

struct ScenarioFailure: Error, CustomStringConvertible {
    let diagnostics: String
    var description: String { "the run failed:\n\(diagnostics)" }
}

/// Parses the comma-separated output (RFC 4180 quotes) into rows keyed by header.
func parseCSV(_ text: String) -> [[String: String]] {
    var records: [[String]] = []
    var field = ""
    var record: [String] = []
    var quoted = false
    var previousWasQuote = false
    for character in text {
        if quoted {
            if character == "\"" { quoted = false; previousWasQuote = true } else { field.append(character) }
            continue
        }
        switch character {
        case "\"":
            if previousWasQuote { field.append("\"") }
            quoted = true
        case ",":
            record.append(field); field = ""
        case "\n":
            record.append(field); field = ""
            records.append(record); record = []
        default:
            field.append(character)
        }
        previousWasQuote = false
    }
    guard let header = records.first else { return [] }
    return records.dropFirst().map { values in
        Dictionary(uniqueKeysWithValues: zip(header, values))
    }
}

/// The repository's root folder, only to find the built executable: tests never read its
/// Input/, Output/ or pipeline.yml (the user's data); they use `PlanFixture` instead.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixture file of this test target.
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
}
