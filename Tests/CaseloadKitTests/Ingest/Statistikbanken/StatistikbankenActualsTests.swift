import CaseloadKit
import Foundation
import Testing

/// A Statistikbanken table among the actuals (sources.md): `OMRÅDE`, `YDELSESTYPE` through the
/// catalog, `TID` a year or a month (a quarter is an error), `..` a missing month.
@Suite struct StatistikbankenActualsTests {
    static func scenario(_ table: String) throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": PeerComparisonTests.budget, "Input/takster/t.csv": PeerComparisonTests.rates,
            "Input/faktisk/aus.csv": table,
        ], cutoff: "2017-02-28", jobcenter: nil, municipalities: ["Ishøj"])
    }

    @Test func yearsAndMonthsAsTheAggregatedRowsWouldGiveThem() throws {
        let scenario = try Self.scenario("\u{FEFF}OMRÅDE;YDELSESTYPE;KØN;TID;INDHOLD\r\nIshøj;A-dagpenge;I alt;2015;300\r\n"
            + "Ishøj;Kontanthjælp/Særl. udd.ydelse;I alt;2015;100,5\r\nIshøj;A-dagpenge;I alt;2017M01;310\r\n"
            + "Ishøj;A-dagpenge;I alt;2017M02;320\r\nIshøj;A-dagpenge;I alt;2017M03;..\r\nKøge;A-dagpenge;I alt;2015;1\r\n")
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        let row = try #require(try scenario.row("Ishøj", "a-dagpenge"))
        #expect(row["helaarspersoner_faktisk"] == "314.7458")
        #expect(row["helaarspersoner_2015"] == "300.0000")
        #expect(try scenario.row("Ishøj", "kontanthjaelp")?["helaarspersoner_2015"] == "100.5000")
        #expect(outcome.ledger.tallies["Input/faktisk/aus.csv"] == .init(read: 6, used: 4, ignored: ["another municipality": 1, "no value (..)": 1], rejected: 0))
    }

    @Test func aQuarterAnUnknownBenefitAndTwoValuesAreErrors() throws {
        let messages = try Self.scenario("OMRÅDE;YDELSESTYPE;KØN;TID;INDHOLD\nIshøj;A-dagpenge;Mænd;2017K1;310\nIshøj;Dagpenge;Mænd;2015;1\n"
            + "Ishøj;A-dagpenge;Kvinder;2015;1\n").diagnostics()
        #expect(messages == [
            "Input/faktisk/aus.csv:2:23: error: TID \"2017K1\" is a quarter; a year or a month is needed here: download the table by year or by month",
            "Input/faktisk/aus.csv:3:7: error: unknown benefit \"Dagpenge\"; did you mean \"A-dagpenge\" or \"Sygedagpenge\"?",
            "Input/faktisk/aus.csv:4:18: error: column KØN holds two values, \"Mænd\" (line 2) and \"Kvinder\"; summing them would count people twice: download the table with one value chosen for KØN (e.g. I alt)",
        ])
    }
}
