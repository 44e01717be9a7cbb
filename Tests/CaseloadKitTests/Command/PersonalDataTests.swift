import CaseloadKit
import Foundation
import Testing

/// Case ids may be CPR numbers: they must never reach Output/, stdout or stderr.
@Suite struct PersonalDataTests {
    static let ids = ["010203-1234", "3112991239", "150585-4021", "A-77-SECRET"]

    static func scenario(cases: String) throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;Sygedagpenge;1.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;Sygedagpenge;100\n",
            "Input/sager/s.csv": "sagsid;kommune;ydelse;fra;til;omfang\n" + cases,
        ], municipalities: ["Ishøj"])
    }

    func assertNoIDs(in texts: [String], _ context: String) {
        for text in texts {
            for id in Self.ids {
                #expect(!text.contains(id), "\(context) shows case id \(id)")
                #expect(!text.contains(id.replacing("-", with: "")), "\(context) shows case id \(id) without its hyphen")
            }
        }
    }

    @Test func aGoodRunShowsNoCaseID() throws {
        let s = try Self.scenario(cases: """
        010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-06-30;
        3112991239;Ishøj;Sygedagpenge;2016-06-01;;0,5
        150585-4021;Albertslund;Sygedagpenge;2017-01-01;;
        A-77-SECRET;Ishøj;Sygedagpenge;2017-02-01;2017-02-28;

        """)
        let result = try CaseloadProcess.run(in: s.folder)
        #expect(result.status == 0)
        let outputs = try snapshot(s.folder.appendingPathComponent("Output")).values.map { String(decoding: $0, as: UTF8.self) }
        // Seven files; the workbook's parts are stored uncompressed, so its text is scanned too.
        #expect(outputs.count == 7)
        assertNoIDs(in: outputs + [result.stdout, result.stderr], "a good run")
        // explain shows case periods as counts and line ranges only.
        let text = try CaseloadProcess.run(["explain", "Ishøj", "Sygedagpenge"], in: s.folder)
        let json = try CaseloadProcess.run(["explain", "Ishøj", "Sygedagpenge", "--format", "json"], in: s.folder)
        #expect(text.status == 0 && json.status == 0)
        #expect(text.stdout.contains("  from: Input/sager/s.csv:2-5 (3 case rows)"))
        assertNoIDs(in: [text.stdout, text.stderr, json.stdout, json.stderr], "explain")
    }

    @Test func errorsShowCaseIDsMasked() throws {
        let s = try Self.scenario(cases: """
        010203-1234;Ishøj;Sygedagpenge;2017-03-01;2017-02-01;
        3112991239;Ishøj;Sygedagpenge;2017-01-01;;1,5
        A-77-SECRET;3112991239;Sygedagpenge;2017-01-01;;
        150585-4021;Ishøj;150585-4021;2017-01-01;;

        """)
        let result = try CaseloadProcess.run(in: s.folder)
        #expect(result.status == 1)
        assertNoIDs(in: [result.stdout, result.stderr], "a failed run")
        #expect(result.stderr == """
        Input/sager/s.csv:2:43: error: til 2017-02-01 is before fra 2017-03-01 (case ******-**34)
        Input/sager/s.csv:3:43: error: omfang "1,5" is outside (0, 1]: it is the share of a full benefit, e.g. 0,5 (case ********39)
        Input/sager/s.csv:5:19: error: unknown benefit "******-**21"; did you mean "A-dagpenge", "Kontanthjælp" or "Sygedagpenge"?

        """)
        #expect(result.stdout.contains("Rows for municipalities not in pipeline.yml were ignored: \"********39\" (1)."))
    }

    @Test func maskingKeepsOnlyTheLastTwoCharacters() {
        #expect(CaseID.masked("010203-1234") == "******-**34")
        #expect(CaseID.masked("0102031234") == "********34")
        #expect(CaseID.masked("1234") == "****")
        #expect(PersonalData.scrub("sag 010203-1234 og 0102031234, ikke 39038328 eller 12345678901") == "sag ******-**34 og ********34, ikke 39038328 eller 12345678901")
    }
}
