@testable import CaseloadKit
import Foundation
import Testing

/// The monthly tally of the case reader (issue 19, item 1): person-days × omfang per
/// municipality × benefit × month, exact, overlaps counted once per month, and the same from
/// the byte-level reader under every tuning as from the reference reader. The harness also
/// checks that every year's months add up to its yearly sum.
@Suite struct CaseMonthlyTallyTests {
    static let header = "sagsid;kommune;ydelse;fra;til;omfang\n"

    /// Reads `rows` with both readers under every tuning; the reference outcome after checking
    /// every fast one is the same (figures, months, messages).
    func read(_ rows: String, harness: CaseReadHarness = CaseReadHarness()) throws -> CaseReadHarness.Outcome {
        let (reference, fast) = try harness.both(Array((Self.header + rows).utf8), tunings: CaseReadHarness.tunings)
        for (index, outcome) in fast.enumerated() {
            #expect(outcome == reference, "tuning \(CaseReadHarness.tunings[index])")
        }
        #expect(!reference.figures.contains { $0.hasSuffix("do not add up to the year") })
        return reference
    }

    /// The month lines of one year that have rows.
    func months(_ outcome: CaseReadHarness.Outcome, _ prefix: String) -> [String] {
        outcome.months.filter { $0.hasPrefix(prefix) && !$0.hasSuffix("(0)") }
    }

    /// `days × omfang` as the harness writes person-days.
    func pd(_ days: Int, _ numerator: Int = 1, _ denominator: Int = 1) -> String {
        "\(Exact(days * numerator) / Exact(denominator))"
    }

    @Test func aPeriodOverSeveralMonths() throws {
        // 15 January to 10 April at 0,5: 17, 28, 31 and 10 days.
        let outcome = try read("S1;Ishøj;Sygedagpenge;2017-01-15;2017-04-10;0,5\n")
        #expect(outcome.months.count == 12)
        #expect(months(outcome, "Ishøj|sygedagpenge|2017") == [
            "Ishøj|sygedagpenge|2017-1: 17/2 of 31 (1)",
            "Ishøj|sygedagpenge|2017-2: 14/1 of 28 (1)",
            "Ishøj|sygedagpenge|2017-3: 31/2 of 31 (1)",
            "Ishøj|sygedagpenge|2017-4: 5/1 of 30 (1)",
        ])
        #expect(outcome.months[4] == "Ishøj|sygedagpenge|2017-5: 0/1 of 31 (0)")
        #expect(outcome.figures[0].hasPrefix("Ishøj|sygedagpenge|2017: 43/365 "))  // 86 days × 0,5
    }

    @Test func februaryInALeapYearAndNot() throws {
        let outcome = try read("""
            F1;Ishøj;A-dagpenge;2016-02-01;2016-02-29;
            F2;Ishøj;A-dagpenge;2015-02-01;2015-02-28;
            F3;Ishøj;A-dagpenge;2016-02-28;2016-03-01;

            """)
        #expect(months(outcome, "Ishøj|a-dagpenge|2016") == [
            "Ishøj|a-dagpenge|2016-2: 31/1 of 29 (2)",  // 29 + 28–29 February
            "Ishøj|a-dagpenge|2016-3: 1/1 of 31 (1)",
        ])
        #expect(months(outcome, "Ishøj|a-dagpenge|2015") == ["Ishøj|a-dagpenge|2015-2: 28/1 of 28 (1)"])
        #expect(outcome.figures.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
            "Ishøj|a-dagpenge|2016: 16/183",  // 32/366
            "Ishøj|a-dagpenge|2015: 28/365",
        ])
    }

    @Test func anOverlapAcrossAMonthBoundaryCountsOncePerMonth() throws {
        // A1 20 Jan–10 Feb at 1 and 25 Jan–20 Feb at 0,5: shared 25 Jan–10 Feb at 1.
        // January 20–31 at 1 = 12 (not 15,5); February 1–10 at 1 + 11–20 at 0,5 = 15 (not 20).
        let outcome = try read("""
            A1;Vallensbæk;Kontanthjælp;2017-01-20;2017-02-10;1
            A1;Vallensbæk;Kontanthjælp;2017-01-25;2017-02-20;0,5

            """)
        #expect(months(outcome, "Vallensbæk|kontanthjaelp|2017") == [
            "Vallensbæk|kontanthjaelp|2017-1: 12/1 of 31 (2)",
            "Vallensbæk|kontanthjaelp|2017-2: 15/1 of 28 (2)",
        ])
        #expect(outcome.figures[0].hasPrefix("Vallensbæk|kontanthjaelp|2017: 27/365 "))
        #expect(outcome.warningCount == 1)
    }

    @Test func aPeriodFromBeforeTheYearsToAfterTheCutoff() throws {
        // 0,25 from 2014-11-01 to 2018-02-15, cut-off 2017-03-15: every month of 2015 and 2016
        // whole, 2017 January and February whole and March's first 15 days (a segment of 15 days).
        let harness = CaseReadHarness(cutoff: Day(year: 2017, month: 3, day: 15))
        let outcome = try read("L1;Tårnby;Fleksjob fra 2013;2014-11-01;2018-02-15;0,25\n", harness: harness)
        let year2017 = ["Tårnby|fleksjob-ny-ordning|2017-1: 31/4 of 31 (1)", "Tårnby|fleksjob-ny-ordning|2017-2: 7/1 of 28 (1)",
                        "Tårnby|fleksjob-ny-ordning|2017-3: 15/4 of 15 (1)"]
        var expected = year2017
        for year in [2016, 2015] {
            expected += (1...12).map { month in
                let days = Day.daysIn(month: month, of: year)
                return "Tårnby|fleksjob-ny-ordning|\(year)-\(month): \(pd(days, 1, 4)) of \(days) (1)"
            }
        }
        #expect(outcome.months == expected)
        // The open end of an open case is the cut-off too.
        let open = try read("L2;Tårnby;Fleksjob fra 2013;2017-02-20;;\n", harness: harness)
        #expect(months(open, "Tårnby") == ["Tårnby|fleksjob-ny-ordning|2017-2: 9/1 of 28 (1)",
                                           "Tårnby|fleksjob-ny-ordning|2017-3: 15/1 of 15 (1)"])
    }

    @Test func aLongFileCutEverywhereAgreesMonthByMonth() throws {
        // Many rows of a few keys, long and short, overlapping, over year and month boundaries.
        var rows = ""
        var random = SeededRandom(seed: 19)
        let names = ["Ishøj", "Vallensbæk", "Tårnby"]
        let benefits = ["A-dagpenge", "Kontanthjælp", "Sygedagpenge"]
        for index in 0..<400 {
            let start = Day.civilOrdinal(year: 2014, month: 10, day: 1) + Int(random.next() % 1300)
            let length = [0, 3, 27, 40, 400][Int(random.next() % 5)]
            let til = random.next() % 7 == 0 ? "" : "\(Day(ordinal: start + length))"
            let omfang = ["", "0,5", "0,25", "1"][Int(random.next() % 4)]
            rows += "C\(index % 37);\(names[index % 3]);\(benefits[index % 2 + index % 3 / 2]);\(Day(ordinal: start));\(til);\(omfang)\n"
        }
        let outcome = try read(rows, harness: CaseReadHarness(cutoff: Day(year: 2017, month: 6, day: 20)))
        // January–May whole and 1–20 June in 2017, twelve months in 2016 and 2015.
        #expect(outcome.months.count == outcome.figures.map { $0.contains("|2017:") ? 6 : 12 }.reduce(0, +))
        #expect(outcome.warningCount > 0)
        #expect(outcome.figures.count >= 9)
    }
}
