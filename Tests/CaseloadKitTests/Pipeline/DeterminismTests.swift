import CaseloadKit
import Foundation
import Testing

@Suite struct DeterminismTests {
    @Test func twoRunsWriteIdenticalBytes() throws {
        let scenario = try Scenario([
            "Input/budget/a.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;Sygedagpenge;2.000\n",
            "Input/budget/b.xml": "<?xml version=\"1.0\"?>\n<budget xmlns=\"urn:caseload:budget:1\" kommune=\"Vallensbæk\" aar=\"2017\"><post ydelse=\"A-dagpenge\" beloeb=\"3\"/></budget>\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;3\n*;2017;Sygedagpenge;7\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;1\n",
        ])
        let output = scenario.folder.appendingPathComponent("Output")
        _ = try Pipeline.run(configURL: scenario.configURL)
        let first = try snapshot(output)
        _ = try Pipeline.run(configURL: scenario.configURL)
        let second = try snapshot(output)
        #expect(first.keys.sorted() == ["2017/afstemning-total.csv", "2017/afstemning.csv", "2017/afstemning.xlsx",
                                         "2017/bilag1.md", "2017/flag.csv", "2017/inddata.csv", "2017/rapport.html"])
        #expect(first == second)
        // The workbook is a ZIP whose parts are stored, so no absolute path can hide in it either.
        let workbook = try #require(first["2017/afstemning.xlsx"])
        #expect(workbook.range(of: Data(scenario.folder.path.utf8)) == nil)
        for (name, data) in first where !name.hasSuffix(".xlsx") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("\r"))
            #expect(!text.contains(scenario.folder.path))  // no absolute paths
            #expect(text.hasSuffix("\n"))
        }
        // No staging folder is left behind, only the (empty) lock file of the output folder and
        // the stat cache (StatCache).
        #expect(try snapshot(output, internals: true).keys.sorted() == [".caseload-cache", ".caseload-run.lock"] + first.keys.sorted())
        #expect(stagingFolders(in: output).isEmpty)
        #expect(stagingFolders(in: scenario.folder).isEmpty)
    }
}
