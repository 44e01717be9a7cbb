@testable import CaseloadKit
import Foundation
import Testing

/// Case periods of the same sagsid, municipality and benefit that overlap: the shared days
/// count once, at the larger omfang, with a warning at the later-starting row naming the other
/// (formats.md). The byte-level reader and the reference reader agree on every case.
@Suite struct CaseOverlapTests {
    static let header = "sagsid;kommune;ydelse;fra;til;omfang\n"

    /// Reads `rows` with both readers under every tuning; returns the fast outcome after
    /// checking it is the reference's.
    func read(_ rows: String, harness: CaseReadHarness = CaseReadHarness()) throws -> CaseReadHarness.Outcome {
        let (reference, fast) = try harness.both(Array((Self.header + rows).utf8), tunings: CaseReadHarness.tunings)
        for (index, outcome) in fast.enumerated() {
            #expect(outcome == reference, "tuning \(CaseReadHarness.tunings[index])")
        }
        return reference
    }

    func figures(_ outcome: CaseReadHarness.Outcome) -> [String] {
        outcome.figures.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
    }

    @Test func theIssuesCaseCountsOnePersonOnce() throws {
        // All of 2017 and June–December again: 365 + 214 = 579 days was 1,5863 helårspersoner.
        let outcome = try read("""
            010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;
            010203-1234;Ishøj;Sygedagpenge;2017-06-01;2017-12-31;

            """)
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 1/1"])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3: warning: this case period overlaps the one at Input/sager/s.csv:2 (case ******-**34, Sygedagpenge): "
                + "the 214 shared days, 2017-06-01 to 2017-12-31, count once, at the larger omfang",
        ])
        #expect(outcome.warningCount == 1 && outcome.errorCount == 0)
        #expect(outcome.figures[0].hasSuffix("Input/sager/s.csv:2–3 (2 rows), 365/1 person-days of 365 Input/sager/s.csv:2"))
    }

    @Test func partialOverlapCountsTheSharedDaysAtTheLargerOmfang() throws {
        // A: Jan–Jun at 1 (181 days); B: Apr–Dec at 0,5 (275 days); shared Apr–Jun, 91 days.
        // 181 + (275 − 91) × 0,5 = 273 person-days, not 318,5.
        let outcome = try read("""
            A1;Ishøj;Sygedagpenge;2017-04-01;2017-12-31;0,5
            A1;Ishøj;Sygedagpenge;2017-01-01;2017-06-30;1

            """)
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 273/365"])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:2: warning: this case period overlaps the one at Input/sager/s.csv:3 (case **, Sygedagpenge): "
                + "the 91 shared days, 2017-04-01 to 2017-06-30, count once, at the larger omfang",
        ])
    }

    /// Ids of four characters or fewer are hidden whole (`CaseID.masked`).
    @Test func nestedIdenticalAndAdjacentPeriods() throws {
        let outcome = try read("""
            N1;Ishøj;Kontanthjælp;2017-01-01;2017-12-31;0,5
            N1;Ishøj;Kontanthjælp;2017-03-01;2017-03-31;1
            I1;Ishøj;A-dagpenge;2017-02-01;2017-02-28;0,25
            I1;Ishøj;A-dagpenge;2017-02-01;2017-02-28;0,25
            J1;Ishøj;Sygedagpenge;2017-01-01;2017-03-31;
            J1;Ishøj;Sygedagpenge;2017-04-01;2017-04-30;

            """)
        // Nested: 334 × 0,5 + 31 × 1 = 198. Identical: 28 × 0,25 = 7 once. Adjacent: 120 days, no overlap.
        #expect(figures(outcome) == [
            "Ishøj|a-dagpenge|2017: 7/365",
            "Ishøj|kontanthjaelp|2017: 198/365",
            "Ishøj|sygedagpenge|2017: 24/73",
        ])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3: warning: this case period overlaps the one at Input/sager/s.csv:2 (case **, Kontanthjælp): "
                + "the 31 shared days, 2017-03-01 to 2017-03-31, count once, at the larger omfang",
            "Input/sager/s.csv:5: warning: this case period overlaps the one at Input/sager/s.csv:4 (case **, A-dagpenge): "
                + "the 28 shared days, 2017-02-01 to 2017-02-28, count once, at the larger omfang",
        ])
    }

    @Test func threeWayOverlapTakesTheLargestOmfangOfEachDay() throws {
        // Jan–Feb 59 × 0,5, Mar–May 92 × 0,75, Jun 30 × 1, Jul–Aug 62 × 0,75, Sep–Dec 122 × 0,5 = 236.
        let outcome = try read("""
            010203-1234;Ishøj;Sygedagpenge;2017-06-01;2017-06-30;1
            010203-1234;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;0,5
            010203-1234;Ishøj;Sygedagpenge;2017-03-01;2017-08-31;0,75

            """)
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 236/365"])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:2: warning: this case period overlaps the one at Input/sager/s.csv:3 (case ******-**34, Sygedagpenge): "
                + "the 30 shared days, 2017-06-01 to 2017-06-30, count once, at the larger omfang",
            "Input/sager/s.csv:4: warning: this case period overlaps the one at Input/sager/s.csv:3 (case ******-**34, Sygedagpenge): "
                + "the 184 shared days, 2017-03-01 to 2017-08-31, count once, at the larger omfang",
        ])
        #expect(outcome.warningCount == 2)
    }

    @Test func otherBenefitsAndMunicipalitiesAreIndependent() throws {
        let outcome = try read("""
            A1;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;
            A1;Ishøj;A-dagpenge;2017-01-01;2017-12-31;
            A1;Vallensbæk;Sygedagpenge;2017-01-01;2017-12-31;
            A2;Ishøj;Sygedagpenge;2017-01-01;2017-12-31;

            """)
        #expect(figures(outcome) == [
            "Ishøj|a-dagpenge|2017: 1/1", "Ishøj|sygedagpenge|2017: 2/1", "Vallensbæk|sygedagpenge|2017: 1/1",
        ])
        #expect(outcome.diagnostics == [])
    }

    @Test func overlapsAcrossYearsOpenCasesAndGaps() throws {
        // Periods: 2017, 2016, 2015. O1: shared 2016-10-01 … 2017-03-31, 92 + 90 days, B at 0,5
        // under A at 1. O2: both open, shared from 2017-09-01 to the end of 2017: 122 days.
        let outcome = try read("""
            O1;Ishøj;Sygedagpenge;2016-07-01;2017-06-30;1
            O1;Ishøj;Sygedagpenge;2016-10-01;2017-03-31;0,5
            O2;Tårnby;A-dagpenge;2017-07-01;;
            O2;Tårnby;A-dagpenge;2017-09-01;;0,5

            """)
        #expect(figures(outcome) == [
            "Ishøj|sygedagpenge|2017: 181/365", "Ishøj|sygedagpenge|2016: 92/183", "Tårnby|a-dagpenge|2017: 184/365",
        ])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3: warning: this case period overlaps the one at Input/sager/s.csv:2 (case **, Sygedagpenge): "
                + "the 182 shared days, 2016-10-01 to 2017-03-31, count once, at the larger omfang",
            "Input/sager/s.csv:5: warning: this case period overlaps the one at Input/sager/s.csv:4 (case **, A-dagpenge): "
                + "the 122 shared days, 2017-09-01 to 2017-12-31, count once, at the larger omfang",
        ])
    }

    @Test func daysOutsideTheCountedPeriodsChangeNothing() throws {
        // Periods 2017 and 2015 only: the rows share 2016, which no figure counts.
        let harness = CaseReadHarness(priorYears: [2015])
        let outcome = try read("""
            G1;Ishøj;Sygedagpenge;2015-12-01;2016-12-31;
            G1;Ishøj;Sygedagpenge;2016-01-01;2017-01-31;

            """, harness: harness)
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 31/365", "Ishøj|sygedagpenge|2015: 31/365"])
        #expect(outcome.diagnostics == [])
    }

    @Test func oneSharedDayAndACutOff() throws {
        let outcome = try read("""
            D1;Ishøj;Sygedagpenge;2017-01-01;2017-03-01;
            D1;Ishøj;Sygedagpenge;2017-03-01;2017-12-31;

            """, harness: CaseReadHarness(cutoff: Day(year: 2017, month: 6, day: 30)))
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 1/1"])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3: warning: this case period overlaps the one at Input/sager/s.csv:2 (case **, Sygedagpenge): "
                + "the 1 shared day, 2017-03-01 to 2017-03-01, counts once, at the larger omfang",
        ])
    }

    @Test func aProbeKeepsItsKeyBitsAndDaysOverAnySpan() {
        for years in [[2017], [2017, 2016, 2015], [2017, 1990], [2017, 1900]] {
            let packing = OverlapProbe(periods: years.map(Period.year))
            let key: UInt64 = 0xDEAD_BEEF_1234_5678
            let first = Day(year: years.min()!, month: 3, day: 1)!.ordinal
            let probe = packing.pack(key: key, from: first - 40, to: nil)
            #expect(packing.key(of: probe, bucket: OverlapProbe.bucket(key)) == key & packing.keyMask)
            #expect(packing.days(of: probe).first == UInt64(first - 40 - packing.spanFirst))
            #expect(packing.days(of: probe).last == UInt64(packing.spanLast - packing.spanFirst))
        }
    }

    @Test func anOverlapTwentySevenYearsBack() throws {
        let outcome = try read("""
            W1;Ishøj;Sygedagpenge;1989-12-01;1990-01-31;
            W1;Ishøj;Sygedagpenge;1990-01-15;2017-01-10;0,5

            """, harness: CaseReadHarness(priorYears: [1990]))
        // 1990: 31 days at 1, then 334 at 0,5 = 198; 2017: 10 × 0,5 = 5.
        #expect(figures(outcome) == ["Ishøj|sygedagpenge|2017: 1/73", "Ishøj|sygedagpenge|1990: 198/365"])
        #expect(outcome.diagnostics == [
            "Input/sager/s.csv:3: warning: this case period overlaps the one at Input/sager/s.csv:2 (case **, Sygedagpenge): "
                + "the 17 shared days, 1990-01-15 to 1990-01-31, count once, at the larger omfang",
        ])
    }

    @Test func theWarningInDanish() {
        let message = Message.overlappingCasePeriods(
            caseID: "******-**34", benefit: "Sygedagpenge", other: SourceLocation(file: "Input/sager/s.csv", line: 2),
            first: Day(year: 2014, month: 6, day: 1)!, last: Day(year: 2017, month: 12, day: 31)!, days: 1310)
        #expect(message.da == "denne sagsperiode overlapper perioden i Input/sager/s.csv:2 (sag ******-**34, Sygedagpenge): "
            + "de 1.310 fælles dage, 1.6.2014–31.12.2017, tælles kun én gang, med det største omfang")
        let one = Message.overlappingCasePeriods(
            caseID: "A1", benefit: "A-dagpenge", other: SourceLocation(file: "s.csv", line: 9),
            first: Day(year: 2017, month: 3, day: 1)!, last: Day(year: 2017, month: 3, day: 1)!, days: 1)
        #expect(one.da == "denne sagsperiode overlapper perioden i s.csv:9 (sag A1, A-dagpenge): "
            + "den 1 fælles dag, 1.3.2017–1.3.2017, tælles kun én gang, med det største omfang")
    }

    /// A generated national file with some of its rows repeated at its end (overlapping
    /// themselves, in other parts and threads than the originals): the readers agree, and
    /// every repeated row counted is warned about once.
    @Test func repeatsFarApartInAGeneratedFileMatchTheReference() throws {
        let folder = TestScratch.root.appendingPathComponent("overlap-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DataSetGenerator.write(DataSetOptions(rows: 6000, seed: 5), to: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("Input/sager/sager.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let named = lines.filter { $0.contains(";Ishøj;") || $0.contains(";Vallensbæk;") || $0.contains(";Tårnby;") }
        let repeated = named.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let bytes = Array((text + repeated.joined(separator: "\n") + "\n").utf8)
        let tunings = CaseReadHarness.tunings + [CaseReadTuning(threads: 2, partSize: 4096, minimumPart: 1)]
        let (reference, fast) = try CaseReadHarness().both(bytes, tunings: tunings)
        // The harness's catalog has four of the generator's benefits: the others are errors.
        let overlaps = reference.diagnostics.filter { $0.contains(": warning: this case period overlaps the one at") }
        #expect(overlaps.count > 5)
        #expect(overlaps.count == reference.warningCount)
        for outcome in fast { #expect(outcome == reference) }
    }
}
