import CaseloadKit
import Foundation
import Testing

/// `caseload explain` of a forecast, on copies of `Fixtures/forecast-2017/` (cut-off
/// 2017-03-31, k = 3; the figures worked out in ForecastFileTests).
@Suite struct ForecastExplainTests {
    /// The explanation of `kommune`/`ydelse` in a run of the fixture, with `forecast` (YAML
    /// lines) added to pipeline.yml and `budget` (CSV) in place of its budget file.
    static func explain(_ kommune: String, _ benefit: String, forecast: String? = nil, budget: String? = nil) throws -> Explanation {
        let outcome = try ForecastFileTests.outcome { folder in
            if let forecast {
                let url = folder.appendingPathComponent("pipeline.yml")
                try (try String(contentsOf: url, encoding: .utf8) + "forecast:\n" + forecast).write(to: url, atomically: true, encoding: .utf8)
            }
            if let budget {
                try budget.write(to: folder.appendingPathComponent("Input/budget/budget-2017.csv"), atomically: true, encoding: .utf8)
            }
        }
        let report = try #require(outcome.report, "\(outcome.diagnostics.rendered())")
        return try Explainer.explain(kommune: kommune, benefit: benefit, report: report, catalog: try #require(outcome.catalog))
    }

    /// The forecast part of the text: from its heading to the flags.
    static func forecastText(_ explanation: Explanation, language: Language = .en) -> String {
        let text = ExplanationText.render(explanation, language: language)
        let start = text.range(of: language == .en ? "forecast at the cut-off" : "prognose pr. cutoff")?.lowerBound ?? text.endIndex
        let end = text.range(of: language == .en ? "\nflags" : "\nflag")?.lowerBound ?? text.endIndex
        return String(text[start..<end])
    }

    @Test func seasonalShowsTheMonthsTheirSourcesAndTheFormula() throws {
        // T = 1180/90 = 118/9; 2016 (leap): PD(1–3) = 5×31 + 10×29 + 5×31 = 600 over 91 days,
        // PD(1–12) = 1700 over 366: F = 118/9 × (1700/366) / (600/91) = 91273/9882.
        #expect(Self.forecastText(try Self.explain("Vallensbæk", "A-dagpenge")) == """
        forecast at the cut-off 2017-03-31: months 1–3 of 2017 count (k = 3; forecast.skip_latest_months 0)
          method: seasonal (forecast.method: seasonal)
          why: forecast.method is seasonal: the year so far relates to the whole year as it did in 2016 (forecast.seasonal_years 1: the latest years before 2017 with all 12 months)
          months used:
            2017-01: 10 × 31 days, from Input/faktisk/faktisk.csv:26
            2017-02: 20 × 28 days, from Input/faktisk/faktisk.csv:27
            2017-03: 10 × 31 days, from Input/faktisk/faktisk.csv:28
            2016-01: 5 × 31 days, from Input/faktisk/faktisk.csv:14
            2016-02: 10 × 29 days, from Input/faktisk/faktisk.csv:15
            2016-03: 5 × 31 days, from Input/faktisk/faktisk.csv:16
            2016-04: 4 × 30 days, from Input/faktisk/faktisk.csv:17
            2016-05: 4 × 31 days, from Input/faktisk/faktisk.csv:18
            2016-06: 4 × 30 days, from Input/faktisk/faktisk.csv:19
            2016-07: 4 × 31 days, from Input/faktisk/faktisk.csv:20
            2016-08: 4 × 31 days, from Input/faktisk/faktisk.csv:21
            2016-09: 4 × 30 days, from Input/faktisk/faktisk.csv:22
            2016-10: 4 × 31 days, from Input/faktisk/faktisk.csv:23
            2016-11: 4 × 30 days, from Input/faktisk/faktisk.csv:24
            2016-12: 4 × 31 days, from Input/faktisk/faktisk.csv:25
        budget_kr_korrigeret: empty
          why: no corrected budget: the expected variance is against the original budget (budget_kr)
        helaarspersoner_til_dato: 13,1111
          from: Input/faktisk/faktisk.csv:26
          from: Input/faktisk/faktisk.csv:27
          from: Input/faktisk/faktisk.csv:28
          why: months 1–3 of 2017, each weighted by its days
          formula: Σ(month × days) / Σ days = (10 × 31 + 20 × 28 + 10 × 31) / 90 = 13,111111111111…
          rounding: 13,111111111111… rounded half away from zero to 4 decimals
        helaarspersoner_prognose: 9,2363
          why: forecast.method is seasonal: the year so far relates to the whole year as it did in 2016 (forecast.seasonal_years 1: the latest years before 2017 with all 12 months)
          formula: T_H = PD(H, 1–3) / DAYS(H, 1–3) = 600 / 91 = 6,593406593406…; A_H = PD(H, 1–12) / D(H) = 1.700 / 366 = 4,644808743169…; F = T × A_H / T_H = 13,111111111111… × 4,644808743169… / 6,593406593406… = 9,236288200769…
          rounding: 9,236288200769… rounded half away from zero to 4 decimals
        prognose_kr: 923.628,82
          formula: helaarspersoner_prognose × kr_pr_helaarsperson = 9,236288200769… × 100.000,00 = 923.628,820076907508…
          rounding: 923.628,820076907508… rounded half away from zero to 2 decimals
        forventet_afvigelse_helaarspersoner: -0,7637
          why: against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug
          formula: helaarspersoner_prognose − helaarspersoner_budget = 9,236288200769… − 10 = -0,763711799230…
          rounding: -0,763711799230… rounded half away from zero to 4 decimals
        forventet_afvigelse_kr: -76.371,18
          why: against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug
          formula: prognose_kr − budget_kr = 923.628,820076907508… − 1.000.000,00 = -76.371,179923092491…
          rounding: -76.371,179923092491… rounded half away from zero to 2 decimals

        """)
    }
}
