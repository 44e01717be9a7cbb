import CaseloadKit
import Foundation
import Testing

/// `run --fail-on-flags`: the flags are counted from the run's own result, or from the
/// published flag.csv when the results are up to date; a flag.csv that cannot be counted is
/// an error (exit 3), never 0 flags.
@Suite struct FailOnFlagsTests {
    static let header = FlagCSV.header.joined(separator: ",")
    static let row = "Ishøj,a-dagpenge,A-dagpenge,budget_uden_faktisk,helaarspersoner,10.0000,,,,,\"Budget, men \"\"ingen\"\" faktiske tal.\""

    static func count(_ text: String) throws(PublishedFlags.Failure) -> Int {
        try PublishedFlags.count(Data(text.utf8), shownAs: "Output/2017/flag.csv")
    }

    static func malformed(_ problem: String) -> String {
        "Output/2017/flag.csv is not a flag.csv as caseload writes it (\(problem)), so --fail-on-flags cannot count its flags"
    }

    @Test func theRowsAreCounted() throws {
        #expect(try Self.count("\(Self.header)\n") == 0)
        #expect(try Self.count("\(Self.header)\n\(Self.row)\n\(Self.row)\n") == 2)
    }

    @Test func aFileAsTheRunWritesItCountsItsFlags() throws {
        let scenario = try Scenario(ExplainCommandTests.files.merging(["Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;0\n"]) { $1 })
        let outcome = try scenario.evaluate()
        let report = try #require(outcome.report)
        let file = try #require(outcome.files.first { $0.name == "flag.csv" })
        #expect(report.flags.count == 1)
        #expect(try PublishedFlags.count(file.data, shownAs: "flag.csv") == report.flags.count)
    }

    @Test func aMalformedFileIsAnErrorNamingIt() {
        let cases: [(String, String)] = [
            ("", "it is empty"),
            ("kommune,ydelse\n", "line 1 is not the header \(Self.header)"),
            ("\(Self.header)\nIshøj,a-dagpenge\n", "line 2 has 2 fields, the header 11"),
            ("\(Self.header)\nIshøj,\"open\n", "line 2, column 7: unterminated quote: the quoted field that starts here never ends"),
        ]
        for (text, problem) in cases {
            #expect(throws: PublishedFlags.Failure.self) { try Self.count(text) }
            do {
                _ = try Self.count(text)
            } catch {
                #expect(error.description == Self.malformed(problem))
            }
        }
        #expect(throws: PublishedFlags.Failure.self) {
            try PublishedFlags.count(Data([0xFF, 0xFE, 0x00]), shownAs: "Output/2017/flag.csv")
        }
    }

    @Test func anUnreadableFileIsAnErrorNamingIt() throws {
        let url = TestScratch.root.appendingPathComponent("flag-\(UUID().uuidString).csv")
        do {
            _ = try PublishedFlags.count(at: url, shownAs: "Output/2017/flag.csv")
            Issue.record("a missing flag.csv was counted")
        } catch {
            #expect(error.message == Message(
                en: "cannot read Output/2017/flag.csv to count its flags for --fail-on-flags (No such file or directory)",
                da: "kan ikke læse Output/2017/flag.csv for at tælle dens flag til --fail-on-flags (No such file or directory)"))
        }
    }

    /// A lock that agrees with a flag.csv caseload did not write that way (edited, and the
    /// lock's line edited to match): the up-to-date run cannot count it and exits 3.
    @Test func anUpToDateRunWithAMalformedFlagFileExitsThree() throws {
        let scenario = try Scenario(ExplainCommandTests.files)
        #expect(try CaseloadProcess.run([], in: scenario.folder).status == 0)
        let lockURL = scenario.folder.appendingPathComponent("caseload.lock")
        let flagURL = scenario.folder.appendingPathComponent("Output/2017/flag.csv")
        let old = ContentHash.of(try Data(contentsOf: flagURL)).hex
        let edited = "kommune,ydelse\n"
        try Data(edited.utf8).write(to: flagURL)
        let lock = try String(contentsOf: lockURL, encoding: .utf8)
        try lock.replacingOccurrences(of: old, with: ContentHash.of(edited.utf8).hex).write(to: lockURL, atomically: true, encoding: .utf8)

        let result = try CaseloadProcess.run(["run", "--fail-on-flags"], in: scenario.folder)
        #expect(result.status == 3)
        #expect(result.stdout.contains("is up to date"))
        #expect(result.stderr == "error: \(Self.malformed("line 1 is not the header \(Self.header)"))\n")
        // Without --fail-on-flags the file is not read.
        #expect(try CaseloadProcess.run([], in: scenario.folder).status == 0)
    }
}
