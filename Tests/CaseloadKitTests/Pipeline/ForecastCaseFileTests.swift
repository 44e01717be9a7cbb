import CaseloadKit
import Foundation
import Testing

/// The forecast from case periods: `Fixtures/forecast-cases/` is the follow-up of
/// `forecast-2017` (cut-off 2017-03-31, k = 3) with case periods in place of the monthly
/// aggregated rows (every row's role is commented in the test below).
///
/// Vallensbæk, A-dagpenge gives the months of forecast-2017: 2015 3 a month (three persons from
/// 2014-06-01 to 2016-12-31); 2016 Jan 5, Feb 10 (29 days: 4 full, 2 × 0,5), Mar 5, Apr–Dec 4
/// (one more from 2016-01-01, still open); 2017 Jan 10, Feb 20, Mar 10 (the open one, 8 into
/// 2018 cut at the cut-off, one person twice overlapping 20 January–10 February, and in
/// February 4 + one twice at 0,5 and 1 + 4 + 2 × 0,5). So its rows are those of forecast-2017.
/// Vallensbæk, Kontanthjælp: 6 in January and March, nobody in February. The municipality's
/// cases reach February, so February is 0, not missing: til_dato = (186 + 0 + 186) / 90 =
/// 4.1333 (no earlier year, so run_rate): 413333.33 kr., −0.8667 hp, −86666.67 kr.
/// Ishøj, A-dagpenge: 12 open cases from 2017-01-01 (run_rate, 12); Ishøj, Kontanthjælp: no case.
@Suite struct ForecastCaseFileTests {
    static func outcome(forecast: String? = nil, _ edit: ((URL) throws -> Void)? = nil) throws -> RunOutcome {
        let folder = TestScratch.root.appendingPathComponent("caseload-forecast-cases-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture("forecast-cases"), to: folder)
        if let forecast {
            let url = folder.appendingPathComponent("pipeline.yml")
            try (try String(contentsOf: url, encoding: .utf8) + "forecast:\n" + forecast).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit?(folder)
        return try Pipeline.evaluate(try ConfigLoader.load(folder.appendingPathComponent("pipeline.yml")))
    }

    static func contents(_ name: String, _ outcome: RunOutcome) throws -> String {
        try #require(outcome.files.first { $0.name == name }, "\(name) was not written").contents
    }

    static let header = ForecastFileTests.header

    @Test func seasonalFromCasePeriodsToTheDigit() throws {
        let outcome = try Self.outcome()
        #expect(outcome.succeeded)
        // The two persons given twice: one warning each, the days counted once.
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/sager/sager-2015-2017.csv:22: warning: this case period overlaps the one at Input/sager/sager-2015-2017.csv:21 "
                + "(case ******-**20, A-dagpenge): the 22 shared days, 2017-01-20 to 2017-02-10, count once, at the larger omfang",
            "Input/sager/sager-2015-2017.csv:28: warning: this case period overlaps the one at Input/sager/sager-2015-2017.csv:27 "
                + "(case ******-**25, A-dagpenge): the 28 shared days, 2017-02-01 to 2017-02-28, count once, at the larger omfang",
        ])
        #expect(try Self.contents("afstemning.csv", outcome) == """
        kommune,ydelse_id,ydelse,budget_kr,kr_pr_helaarsperson,helaarspersoner_budget,helaarspersoner_faktisk,helaarspersoner_2015,helaarspersoner_2016,afvigelse_helaarspersoner,afvigelse_kr
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,100000.00,10.0000,13.1111,3.0000,4.6448,3.1111,311111.11
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,100000.00,5.0000,4.1333,,,-0.8667,-86666.67
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,200000.00,10.0000,12.0000,,,2.0000,400000.00
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,100000.00,3.0000,,,,,

        """)
        #expect(try Self.contents("prognose.csv", outcome) == Self.header + """
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,,100000.00,10.0000,3,13.1111,seasonal,9.2363,923628.82,-0.7637,-76371.18,
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,3,4.1333,run_rate,4.1333,413333.33,-0.8667,-86666.67,intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,,200000.00,10.0000,3,12.0000,run_rate,12.0000,2400000.00,2.0000,400000.00,intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,3,,,,,,,måned 1 mangler

        """)
        #expect(try Self.contents("prognose-total.csv", outcome) == Self.header + """
        Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,3000000.00,,,20.0000,3,25.1111,,21.2363,3323628.82,1.2363,323628.82,
        Jobcenter Vallensbæk,kontanthjaelp,Kontanthjælp,800000.00,,,8.0000,3,4.1333,run_rate,4.1333,413333.33,-0.8667,-86666.67,delvis: Ishøj har ingen prognose

        """)
    }

    /// The months of Vallensbæk's and Ishøj's A-dagpenge are those of forecast-2017's
    /// aggregated rows, so their forecast and back-test rows are the same, digit for digit.
    @Test func theSameMonthsGiveTheSameRowsAsAggregatedRows() throws {
        let cases = try Self.outcome()
        let aggregated = try ForecastFileTests.outcome()
        for name in ["prognose.csv", "prognose-test.csv"] {
            let fromCases = try Self.contents(name, cases).split(separator: "\n").filter { $0.contains("a-dagpenge") }
            let fromRows = try Self.contents(name, aggregated).split(separator: "\n").filter { $0.contains("a-dagpenge") }
            #expect(fromCases == fromRows, "\(name)")
            #expect(!fromCases.isEmpty)
        }
        #expect(try Self.contents("prognose-test.csv", cases) == (try Self.contents("prognose-test.csv", aggregated)))
    }

    @Test func runRate() throws {
        // F = the level so far: 118/9 = 13.1111 (1311111.11 kr., +3.1111 hp); 372/90; 12.
        let outcome = try Self.outcome(forecast: "  method: run_rate\n")
        #expect(try Self.contents("prognose.csv", outcome) == Self.header + """
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,,100000.00,10.0000,3,13.1111,run_rate,13.1111,1311111.11,3.1111,311111.11,
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,3,4.1333,run_rate,4.1333,413333.33,-0.8667,-86666.67,
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,,200000.00,10.0000,3,12.0000,run_rate,12.0000,2400000.00,2.0000,400000.00,
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,3,,,,,,,måned 1 mangler

        """)
        #expect(try Self.contents("prognose-total.csv", outcome) == Self.header + """
        Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,3000000.00,,,20.0000,3,25.1111,run_rate,25.1111,3711111.11,5.1111,711111.11,
        Jobcenter Vallensbæk,kontanthjaelp,Kontanthjælp,800000.00,,,8.0000,3,4.1333,run_rate,4.1333,413333.33,-0.8667,-86666.67,delvis: Ishøj har ingen prognose

        """)
    }

    @Test func latestTwoMonths() throws {
        // Vallensbæk A-dagpenge: L = (20 × 28 + 10 × 31) / 59 = 870/59; F = (1180 + 870/59 × 275) / 365
        // = 14.342697…; Kontanthjælp: L = (0 × 28 + 6 × 31) / 59, F = (372 + 186/59 × 275) / 365 = 3.394381…
        // (February's 0 counts). Back-test 2016: L = (10 × 29 + 5 × 31) / 60, F = (600 + 445/60 × 275) / 366 = 7.2120.
        let outcome = try Self.outcome(forecast: "  method: latest\n  latest_months: 2\n")
        #expect(try Self.contents("prognose.csv", outcome) == Self.header + """
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,,100000.00,10.0000,3,13.1111,latest,14.3427,1434269.79,4.3427,434269.79,
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,3,4.1333,latest,3.3944,339438.12,-1.6056,-160561.88,
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,,200000.00,10.0000,3,12.0000,latest,12.0000,2400000.00,2.0000,400000.00,
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,3,,,,,,,måned 1 mangler

        """)
        #expect(try Self.contents("prognose-test.csv", outcome) == """
        kommune,ydelse_id,metode,aar,helaarspersoner_prognose,helaarspersoner_faktisk,fejl_helaarspersoner,fejl_pct
        Vallensbæk,a-dagpenge,run_rate,2015,3.0000,3.0000,0.0000,0.00
        Vallensbæk,a-dagpenge,run_rate,2016,6.5934,4.6448,1.9486,41.95
        Vallensbæk,a-dagpenge,latest,2015,3.0000,3.0000,0.0000,0.00
        Vallensbæk,a-dagpenge,latest,2016,7.2120,4.6448,2.5672,55.27
        Vallensbæk,a-dagpenge,seasonal,2016,6.5934,4.6448,1.9486,41.95

        """)
    }

    /// A month from both sources is the yearly clash of formats.md: an error, nothing written.
    @Test func aMonthFromAggregatedRowsAndCasePeriodsIsAnError() throws {
        let outcome = try Self.outcome { folder in
            let actuals = folder.appendingPathComponent("Input/faktisk")
            try FileManager.default.createDirectory(at: actuals, withIntermediateDirectories: true)
            try "kommune;år;måned;ydelse;helårspersoner\nVallensbæk;2017;2;A-dagpenge;20\n"
                .write(to: actuals.appendingPathComponent("f.csv"), atomically: true, encoding: .utf8)
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8)
                .replacingOccurrences(of: "  cases: Input/sager\n", with: "  cases: Input/sager\n  actuals: Input/faktisk\n")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(!outcome.succeeded)
        #expect(outcome.files.isEmpty)
        #expect(outcome.diagnostics.diagnostics.map(\.description).contains(
            "Input/faktisk/f.csv:2: error: actuals for Vallensbæk, 2017, A-dagpenge come both from aggregated rows and from case "
                + "periods (Input/sager/sager-2015-2017.csv:5); use one source"))
    }
}
