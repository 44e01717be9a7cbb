import CaseloadKit
import Foundation
import Testing

/// `caseload diff` and the lock cover the forecast's files (prognose.csv, prognose-total.csv,
/// prognose-test.csv) like the other results, on a copy of `Fixtures/forecast-2017/`.
@Suite(.serialized) struct ForecastDiffTests {
    /// A run of a fresh copy of the fixture, then its results kept in `before/`, and Vallensbæk's
    /// December 2016 A-dagpenge raised from 4 to 5 and the run made again.
    static func twoRuns() throws -> URL {
        let folder = TestScratch.root.appendingPathComponent("caseload-forecast-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture("forecast-2017"), to: folder)
        #expect(try CaseloadProcess.run(in: folder).status == 0)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("Output"), to: folder.appendingPathComponent("before"))
        let actuals = folder.appendingPathComponent("Input/faktisk/faktisk.csv")
        let text = try String(contentsOf: actuals, encoding: .utf8)
            .replacingOccurrences(of: "Vallensbæk;2016;12;A-dagpenge;4\n", with: "Vallensbæk;2016;12;A-dagpenge;5\n")
        try text.write(to: actuals, atomically: true, encoding: .utf8)
        #expect(try CaseloadProcess.run(in: folder).status == 0)
        return folder
    }

    @Test func theLockFingerprintsTheForecastFiles() throws {
        let folder = TestScratch.root.appendingPathComponent("caseload-forecast-lock-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture("forecast-2017"), to: folder)
        #expect(try CaseloadProcess.run(in: folder).status == 0)
        let lock = try String(contentsOf: folder.appendingPathComponent("caseload.lock"), encoding: .utf8)
        for name in ["prognose.csv", "prognose-total.csv", "prognose-test.csv"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("Output/2017/\(name)"))
            #expect(lock.contains("output   sha256:\(ContentHash.of(data).hex) Output/2017/\(name)\n"))
        }
        // A forecast file edited by hand makes the results stale, by name.
        try "edited\n".write(to: folder.appendingPathComponent("Output/2017/prognose-test.csv"), atomically: true, encoding: .utf8)
        let status = try CaseloadProcess.run(["status"], in: folder)
        #expect(status.status == 1)
        #expect(status.stdout.contains("Output/2017/prognose-test.csv"))
    }

    @Test func diffReportsAMovedForecastWithItsKey() throws {
        let folder = try Self.twoRuns()
        let result = try CaseloadProcess.run(["diff", "--against", "before", "--format", "md"], in: folder)
        #expect(result.status == 1)
        // 2016's whole year: A_H = 1731/366 (was 1700/366), so seasonal's F = 9.236288… × 1731/1700 and
        // each back-test row of 2016 (run_rate, latest, seasonal) moves, named by method and year.
        #expect(result.stdout == """
        ### caseload diff: `before/2017` → `Output/2017`

        | file | rows compared | changed | added | removed |
        | :-- | --: | --: | --: | --: |
        | afstemning.csv | 4 | 1 | 0 | 0 |
        | afstemning-total.csv | 2 | 1 | 0 | 0 |
        | prognose.csv | 4 | 1 | 0 | 0 |
        | prognose-total.csv | 2 | 1 | 0 | 0 |
        | prognose-test.csv | 5 | 3 | 0 | 0 |

        #### afstemning.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Vallensbæk | A-dagpenge | `helaarspersoner_2016` | 4,6448 | 4,7295 | +0,0847 | +1,8 % |

        #### afstemning-total.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Jobcenter Vallensbæk | A-dagpenge | `helaarspersoner_2016` | 4,6448 | 4,7295 | +0,0847 | +1,8 % |

        #### prognose.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Vallensbæk | A-dagpenge | `helaarspersoner_prognose` | 9,2363 | 9,4047 | +0,1684 | +1,8 % |
        |  |  | `prognose_kr` | 923.628,82 | 940.471,46 | +16.842,64 | +1,8 % |
        |  |  | `forventet_afvigelse_helaarspersoner` | -0,7637 | -0,5953 | +0,1684 | +22,1 % |
        |  |  | `forventet_afvigelse_kr` | -76.371,18 | -59.528,54 | +16.842,64 | +22,1 % |

        #### prognose-total.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Jobcenter Vallensbæk | A-dagpenge | `helaarspersoner_prognose` | 21,2363 | 21,4047 | +0,1684 | +0,8 % |
        |  |  | `prognose_kr` | 3.323.628,82 | 3.340.471,46 | +16.842,64 | +0,5 % |
        |  |  | `forventet_afvigelse_helaarspersoner` | 1,2363 | 1,4047 | +0,1684 | +13,6 % |
        |  |  | `forventet_afvigelse_kr` | 323.628,82 | 340.471,46 | +16.842,64 | +5,2 % |

        #### prognose-test.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Vallensbæk | a-dagpenge run\\_rate 2016 | `helaarspersoner_faktisk` | 4,6448 | 4,7295 | +0,0847 | +1,8 % |
        |  |  | `fejl_helaarspersoner` | 1,9486 | 1,8639 | -0,0847 | -4,3 % |
        |  |  | `fejl_pct` | 41,95 | 39,41 | -2,54 | -6,1 % |
        | Vallensbæk | a-dagpenge latest 2016 | `helaarspersoner_faktisk` | 4,6448 | 4,7295 | +0,0847 | +1,8 % |
        |  |  | `fejl_helaarspersoner` | 1,9486 | 1,8639 | -0,0847 | -4,3 % |
        |  |  | `fejl_pct` | 41,95 | 39,41 | -2,54 | -6,1 % |
        | Vallensbæk | a-dagpenge seasonal 2016 | `helaarspersoner_faktisk` | 4,6448 | 4,7295 | +0,0847 | +1,8 % |
        |  |  | `fejl_helaarspersoner` | 1,9486 | 1,8639 | -0,0847 | -4,3 % |
        |  |  | `fejl_pct` | 41,95 | 39,41 | -2,54 | -6,1 % |

        """)
    }
}
