import Foundation
import Testing

/// `caseload explain` and `caseload run --fail-on-flags` as a user meets them: output and exit codes.
@Suite struct ExplainCommandTests {
    static let files: [String: String] = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;1.000\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
    ]

    @Test func explainPrintsTheRowAndExitsZero() throws {
        let scenario = try Scenario(Self.files)
        let result = try CaseloadProcess.run(["explain", "ishøj", "a-dagpenge"], in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Ishøj, A-dagpenge (a-dagpenge), 2017, brutto\n\nbudget_kr: 1.000,00\n  from: Input/budget/b.csv:2\n"))
        #expect(result.stdout.hasSuffix("\nflags: none\n"))
        let json = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenge", "--format", "json"], in: scenario.folder)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["kommune"] as? String == "Ishøj")
        #expect((object["figurer"] as? [[String: Any]])?.map { $0["kolonne"] as? String } == [
            "budget_kr", "kr_pr_helaarsperson", "helaarspersoner_budget", "helaarspersoner_faktisk", "helaarspersoner_2015",
            "afvigelse_helaarspersoner", "afvigelse_kr",
        ])
        // Nothing is written.
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("Output").path))
    }

    @Test func anUnknownNameExitsTwoWithTheNearest() throws {
        let scenario = try Scenario(Self.files)
        let result = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenne"], in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: unknown benefit \"A-dagpenne\"; did you mean \"A-dagpenge\"?\n")
    }

    @Test func inputErrorsExitOne() throws {
        let scenario = try Scenario(Self.files)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.0.0\n")
        let result = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenge"], in: scenario.folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Input/budget/b.csv:2:23: error: beløb \"1.0.0\" is not a number in Danish style"))
    }

    @Test func aBadPipelineFileExitsTwo() throws {
        let scenario = try Scenario(Self.files)
        let result = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenge", "--config", "other.yml"], in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("Nothing explained: other.yml has 1 error.\n"))
    }

    @Test func failOnFlagsExitsFourAfterWritingTheResults() throws {
        let scenario = try Scenario(Self.files.merging(["Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;0\n"]) { $1 })
        let plain = try CaseloadProcess.run([], in: scenario.folder)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("flag.csv (1 flag)"))
        // Nothing changed since the first run: the published flag.csv is counted.
        let upToDate = try CaseloadProcess.run(["run", "--fail-on-flags"], in: scenario.folder)
        #expect(upToDate.status == 4)
        #expect(upToDate.stdout.contains("is up to date"))
        #expect(upToDate.stderr == "1 flag (see Output/2017/flag.csv); exit code 4 because of --fail-on-flags.\n")
        let strict = try CaseloadProcess.run(["run", "--force", "--fail-on-flags"], in: scenario.folder)
        #expect(strict.status == 4)
        #expect(strict.stdout.contains("flag.csv (1 flag)"))
        #expect(strict.stderr == "1 flag (see Output/2017/flag.csv); exit code 4 because of --fail-on-flags.\n")
        let flags = try String(contentsOf: scenario.folder.appendingPathComponent("Output/2017/flag.csv"), encoding: .utf8)
        #expect(flags.contains("\nIshøj,a-dagpenge,A-dagpenge,budget_uden_faktisk,"))
        // Without flags the option changes nothing.
        let clean = try Scenario(Self.files)
        #expect(try CaseloadProcess.run(["run", "--fail-on-flags"], in: clean.folder).status == 0)
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let scenario = try Scenario(Self.files)
        let help = try CaseloadProcess.run(["--help"], in: scenario.folder)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")  // help wraps its lines
        #expect(text.contains("4 with run --fail-on-flags: the results were written (or were up to date) and there are flags"))
        #expect(text.contains("explain Explain how each figure of one row of the result was reached."))
    }
}
