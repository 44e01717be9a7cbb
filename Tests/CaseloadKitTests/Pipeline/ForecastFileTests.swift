import CaseloadKit
import Foundation
import Testing

/// prognose.csv, prognose-total.csv and prognose-test.csv of the small follow-up in
/// `Fixtures/forecast-2017/` (cut-off 2017-03-31, so k = 3; method `seasonal`, the default).
///
/// Vallensbæk, A-dagpenge (budget 1.000.000 kr., rate 100.000, 10 helårspersoner): 2017 Jan 10,
/// Feb 20, Mar 10 (April's 99 is after the cut-off): PD = 310 + 560 + 310 = 1180 over 90 days,
/// so til_dato = 118/9 = 13.1111. H = {2016} (leap; Jan 5, Feb 10, Mar 5, Apr–Dec 4):
/// T_H = 600/91, A_H = 1700/366; F = 118/9 × (1700/366) / (600/91) = 91273/9882 = 9.236288…;
/// kr = 923628.820…; variance −0.763711… hp and 923628.82 − 1000000 = −76371.18 kr.
/// Vallensbæk, Kontanthjælp: February missing, no forecast. Ishøj, A-dagpenge (rate 200.000,
/// 10 hp): 12 in Jan–Mar, no earlier complete year, so run_rate: F = 12, 2.400.000 kr., +2 hp,
/// +400.000 kr. Ishøj, Kontanthjælp: no months at all.
/// Jobcenter, A-dagpenge: 118/9 + 12 = 25.1111 so far; F = 9.236288… + 12 = 21.2363; kr
/// 3323628.82; +1.2363 hp; +323628.82 kr.; the methods differ, so `metode` is empty.
///
/// Back-test (Vallensbæk, A-dagpenge; latest_months 3 = k, so latest = run_rate):
/// 2015 (every month 3): 3 against A = 3. 2016: 600/91 = 6.5934 against A = 1700/366 = 4.6448;
/// fejl = 32450/16653 = 1.9486, fejl_pct = 41.95. seasonal 2016 with H = {2015}: 600/91 × 3/3.
@Suite struct ForecastFileTests {
    static func outcome(_ edit: ((URL) throws -> Void)? = nil) throws -> RunOutcome {
        let folder = TestScratch.root.appendingPathComponent("caseload-forecast-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture("forecast-2017"), to: folder)
        try edit?(folder)
        return try Pipeline.evaluate(try ConfigLoader.load(folder.appendingPathComponent("pipeline.yml")))
    }

    static func contents(_ name: String, _ outcome: RunOutcome) throws -> String {
        try #require(outcome.files.first { $0.name == name }, "\(name) was not written").contents
    }

    static let header = "kommune,ydelse_id,ydelse,budget_kr,budget_kr_korrigeret,kr_pr_helaarsperson,helaarspersoner_budget,"
        + "maaneder,helaarspersoner_til_dato,metode,helaarspersoner_prognose,prognose_kr,"
        + "forventet_afvigelse_helaarspersoner,forventet_afvigelse_kr,bemaerkning\n"

    @Test func prognoseCSVToTheDigit() throws {
        let outcome = try Self.outcome()
        #expect(outcome.succeeded)
        #expect(try Self.contents("prognose.csv", outcome) == Self.header + """
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,,100000.00,10.0000,3,13.1111,seasonal,9.2363,923628.82,-0.7637,-76371.18,
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,3,,,,,,,måned 2 mangler
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,,200000.00,10.0000,3,12.0000,run_rate,12.0000,2400000.00,2.0000,400000.00,intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,3,,,,,,,måned 1 mangler

        """)
        #expect(try Self.contents("prognose-total.csv", outcome) == Self.header + """
        Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,3000000.00,,,20.0000,3,25.1111,,21.2363,3323628.82,1.2363,323628.82,
        Jobcenter Vallensbæk,kontanthjaelp,Kontanthjælp,800000.00,,,8.0000,3,,,,,,,ingen kommune har en prognose

        """)
        #expect(outcome.files.map(\.name).prefix(5) == ["afstemning.csv", "afstemning-total.csv", "prognose.csv", "prognose-total.csv", "prognose-test.csv"])
    }

    @Test func theBackTestToTheDigit() throws {
        #expect(try Self.contents("prognose-test.csv", try Self.outcome()) == """
        kommune,ydelse_id,metode,aar,helaarspersoner_prognose,helaarspersoner_faktisk,fejl_helaarspersoner,fejl_pct
        Vallensbæk,a-dagpenge,run_rate,2015,3.0000,3.0000,0.0000,0.00
        Vallensbæk,a-dagpenge,run_rate,2016,6.5934,4.6448,1.9486,41.95
        Vallensbæk,a-dagpenge,latest,2015,3.0000,3.0000,0.0000,0.00
        Vallensbæk,a-dagpenge,latest,2016,6.5934,4.6448,1.9486,41.95
        Vallensbæk,a-dagpenge,seasonal,2016,6.5934,4.6448,1.9486,41.95

        """)
    }

    @Test func skippingTheLatestMonthsAndAPartialTotal() throws {
        // skip_latest_months 2 and run_rate: k = 1, only January counts.
        // Vallensbæk A-dagpenge 10 = its budget: 1000000.00 kr., variance 0. Vallensbæk Kontanthjælp
        // (January 6; the missing February no longer counts): 6, 600000.00 kr., +1 hp, +100000.00 kr.
        // Ishøj A-dagpenge 12. Jobcenter A-dagpenge: 10 + 12 = 22, 1000000 + 2400000 = 3400000.00 kr.,
        // 0 + 2 = +2 hp, +400000.00 kr. Jobcenter Kontanthjælp: only Vallensbæk's values, marked partial.
        let outcome = try Self.outcome { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8) + "forecast:\n  skip_latest_months: 2\n  method: run_rate\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try Self.contents("prognose.csv", outcome) == Self.header + """
        Vallensbæk,a-dagpenge,A-dagpenge,1000000.00,,100000.00,10.0000,1,10.0000,run_rate,10.0000,1000000.00,0.0000,0.00,
        Vallensbæk,kontanthjaelp,Kontanthjælp,500000.00,,100000.00,5.0000,1,6.0000,run_rate,6.0000,600000.00,1.0000,100000.00,
        Ishøj,a-dagpenge,A-dagpenge,2000000.00,,200000.00,10.0000,1,12.0000,run_rate,12.0000,2400000.00,2.0000,400000.00,
        Ishøj,kontanthjaelp,Kontanthjælp,300000.00,,100000.00,3.0000,1,,,,,,,måned 1 mangler

        """)
        #expect(try Self.contents("prognose-total.csv", outcome) == Self.header + """
        Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,3000000.00,,,20.0000,1,22.0000,run_rate,22.0000,3400000.00,2.0000,400000.00,
        Jobcenter Vallensbæk,kontanthjaelp,Kontanthjælp,800000.00,,,8.0000,1,6.0000,run_rate,6.0000,600000.00,1.0000,100000.00,delvis: Ishøj har ingen prognose

        """)
    }

    @Test func withoutACutoffNoForecastFile() throws {
        let outcome = try Self.outcome { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "cutoff: 2017-03-31\n", with: "")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(outcome.succeeded)
        #expect(!outcome.files.contains { $0.name.hasPrefix("prognose") })
    }
}
