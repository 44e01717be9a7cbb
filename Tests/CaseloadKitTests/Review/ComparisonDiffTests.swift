import CaseloadKit
import Foundation
import Testing

/// `caseload diff` and the lock cover sammenligning.csv (peers.md), its rows keyed by
/// municipality, benefit and year.
@Suite(.serialized) struct ComparisonDiffTests {
    @Test func diffReportsAMovedShareWithItsYear() throws {
        let folder = try PeerComparisonTests.scenario().folder
        #expect(try CaseloadProcess.run(in: folder).status == 0)
        let lock = try String(contentsOf: folder.appendingPathComponent("caseload.lock"), encoding: .utf8)
        let data = try Data(contentsOf: folder.appendingPathComponent("Output/2017/sammenligning.csv"))
        #expect(lock.contains("output   sha256:\(ContentHash.of(data).hex) Output/2017/sammenligning.csv\n"))
        try FileManager.default.copyItem(at: folder.appendingPathComponent("Output"), to: folder.appendingPathComponent("before"))
        let actuals = folder.appendingPathComponent("Input/faktisk/f.csv")
        let text = try String(contentsOf: actuals, encoding: .utf8)
            .replacingOccurrences(of: "Brøndby;2015;A-dagpenge;240;\n", with: "Brøndby;2015;A-dagpenge;252;\n")
        try text.write(to: actuals, atomically: true, encoding: .utf8)
        #expect(try CaseloadProcess.run(in: folder).status == 0)
        let result = try CaseloadProcess.run(["diff", "--against", "before", "--format", "md"], in: folder)
        #expect(result.status == 1)
        // Brøndby's 2015 share 2,0 → 2,1 moves Ishøj's median (2 + 2,5) / 2 → (2,1 + 2,5) / 2.
        #expect(result.stdout.contains("""
        | sammenligning.csv | 9 | 2 | 0 | 0 |

        #### sammenligning.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Ishøj | A-dagpenge 2015 | `median_sammenlignelige` | 2,2500 | 2,3000 | +0,0500 | +2,2 % |
        |  |  | `forskel_procentpoint` | 0,7500 | 0,7000 | -0,0500 | -6,7 % |
        |  |  | `forskel_helaarspersoner` | 75,0000 | 70,0000 | -5,0000 | -6,7 % |
        | Brøndby | A-dagpenge 2015 | `helaarspersoner` | 240,0000 | 252,0000 | +12,0000 | +5,0 % |
        |  |  | `pct_af_arbejdsstyrken` | 2,0000 | 2,1000 | +0,1000 | +5,0 % |

        """))
    }
}
