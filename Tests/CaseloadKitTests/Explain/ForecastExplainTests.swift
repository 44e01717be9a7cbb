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

extension ForecastExplainTests {
    @Test func runRateAsConfigured() throws {
        let explanation = try Self.explain("Vallensbæk", "A-dagpenge", forecast: "  method: run_rate\n")
        let text = Self.forecastText(explanation)
        #expect(text.hasPrefix("""
        forecast at the cut-off 2017-03-31: months 1–3 of 2017 count (k = 3; forecast.skip_latest_months 0)
          method: run_rate (forecast.method: run_rate)
          why: forecast.method is run_rate: the level of the year so far continues
          months used:
            2017-01: 10 × 31 days, from Input/faktisk/faktisk.csv:26
            2017-02: 20 × 28 days, from Input/faktisk/faktisk.csv:27
            2017-03: 10 × 31 days, from Input/faktisk/faktisk.csv:28
        budget_kr_korrigeret: empty

        """))
        #expect(text.contains("""
        helaarspersoner_prognose: 13,1111
          why: forecast.method is run_rate: the level of the year so far continues
          formula: F = helaarspersoner_til_dato = 13,111111111111…

        """))
        #expect(explanation.forecast?.history == [])
    }

    /// latest with latest_months 2: L = (20 × 28 + 10 × 31) / 59 = 870/59; F = (1180 + 870/59 ×
    /// 275) / 365 = 308870/21535 = 14,3427
    @Test func latestShowsItsLevelAndTheRestOfTheYear() throws {
        let text = Self.forecastText(try Self.explain("Vallensbæk", "A-dagpenge", forecast: "  method: latest\n  latest_months: 2\n"))
        #expect(text.contains("""
        helaarspersoner_prognose: 14,3427
          why: forecast.method is latest: the level of the latest 2 months continues for the rest of the year (forecast.latest_months 2)
          formula: L = PD(2017, 2–3) / DAYS = 870 / 59 = 14,745762711864…; F = (PD(Y, K) + L × DAYS(Y, R)) / D(Y) = (1.180 + 14,745762711864… × 275) / 365 = 14,342697933596…
          rounding: 14,342697933596… rounded half away from zero to 4 decimals

        """))
        // More months than count: N = k, said so.
        let capped = Self.forecastText(try Self.explain("Vallensbæk", "A-dagpenge", forecast: "  method: latest\n  latest_months: 5\n"))
        #expect(capped.contains("  why: forecast.method is latest: the level of the latest 3 months continues for the rest of the year (forecast.latest_months 5, more than the 3 months that count)\n"))
    }

    @Test func theVarianceIsAgainstTheCorrectedBudgetAndSaysSo() throws {
        let explanation = try Self.explain("Vallensbæk", "A-dagpenge", budget: BudgetVersionTests.bothVersionsCSV)
        let text = Self.forecastText(explanation)
        #expect(text.contains("""
        budget_kr_korrigeret: 1.100.000,00
          from: Input/budget/budget-2017.csv:3
          why: the corrected budget 2017 (brutto) as read
          rounding: exact at 2 decimals

        """))
        #expect(text.contains("""
        forventet_afvigelse_helaarspersoner: -1,7637
          why: against the corrected budget; positive: merforbrug, negative: mindreforbrug
          formula: helaarspersoner_prognose − budget_kr_korrigeret / kr_pr_helaarsperson = 9,236288200769… − 1.100.000,00 / 100.000,00 = -1,763711799230…

        """))
        #expect(text.contains("""
        forventet_afvigelse_kr: -176.371,18
          why: against the corrected budget; positive: merforbrug, negative: mindreforbrug
          formula: prognose_kr − budget_kr_korrigeret = 923.628,820076907508… − 1.100.000,00 = -176.371,179923092491…

        """))
        // afstemning.csv's figures keep the original budget.
        #expect(explanation.figures.first?.value == Exact(1_000_000))
        #expect(explanation.forecast?.against == .korrigeret)
    }

    @Test func inDanish() throws {
        let text = Self.forecastText(try Self.explain("Ishøj", "A-dagpenge"), language: .da)
        #expect(text.hasPrefix("""
        prognose pr. cutoff 2017-03-31: måned 1–3 i 2017 tæller med (k = 3; forecast.skip_latest_months 0)
          metode: run_rate (forecast.method: seasonal)
          hvorfor: forecast.method er seasonal, men intet tidligere år med alle 12 måneder; run_rate brugt i stedet for seasonal
          måneder brugt:
            2017-01: 12 × 31 dage, fra Input/faktisk/faktisk.csv:32

        """))
        #expect(text.contains("  hvorfor: i forhold til det oprindelige budget (rækken har intet korrigeret budget); positiv: merforbrug, negativ: mindreforbrug\n"))
    }

    @Test func aRowWithoutAForecastSaysWhyOnce() throws {
        #expect(Self.forecastText(try Self.explain("Vallensbæk", "Kontanthjælp")) == """
        forecast at the cut-off 2017-03-31: months 1–3 of 2017 count (k = 3; forecast.skip_latest_months 0)
          method: none (forecast.method: seasonal)
          why: no forecast: month 2 has no value
          months used:
            2017-01: 6 × 31 days, from Input/faktisk/faktisk.csv:30
            2017-03: 6 × 31 days, from Input/faktisk/faktisk.csv:31
        budget_kr_korrigeret: empty
          why: no corrected budget: the expected variance is against the original budget (budget_kr)

        """)
    }

    @Test func theJobcentersForecastIsTheSumOfTheMunicipalities() throws {
        let text = Self.forecastText(try Self.explain("Jobcenter Vallensbæk", "A-dagpenge"))
        #expect(text.hasPrefix("""
        forecast at the cut-off 2017-03-31: months 1–3 of 2017 count (k = 3; forecast.skip_latest_months 0)
          method: none (forecast.method: seasonal)
          why: the jobcenter's forecast is the sum of the municipalities' forecasts

        """))
        #expect(text.contains("""
        helaarspersoner_prognose: 21,2363
          why: the jobcenter's forecast is the sum of the municipalities' forecasts
          formula: Vallensbæk 9,236288200769… + Ishøj 12 = 21,236288200769…

        """))
    }

    @Test func jsonForSeasonal() throws {
        let json = ExplanationJSON.render(try Self.explain("Vallensbæk", "A-dagpenge"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let forecast = try #require(object["prognose"] as? [String: Any])
        #expect(forecast["metode"] as? String == "seasonal")
        #expect(forecast["konfigureret_metode"] as? String == "seasonal")
        #expect(forecast["historik_aar"] as? [Int] == [2016])
        #expect(forecast["maaneder"] as? Int == 3)
        #expect(forecast["cutoff"] as? String == "2017-03-31")
        #expect(forecast["afvigelse_mod"] as? String == "oprindeligt")
        let months = try #require(forecast["maanedsvaerdier"] as? [[String: Any]])
        #expect(months.count == 15)
        #expect(months[1]["vaerdi"] as? String == "20")
        #expect(months[1]["dage"] as? Int == 28)
        #expect((months[1]["kilder"] as? [[String: Any]])?.first?["linje"] as? Int == 27)
        let figures = try #require(forecast["figurer"] as? [[String: Any]])
        #expect(figures.map { $0["kolonne"] as? String } == ["budget_kr_korrigeret", "helaarspersoner_til_dato", "helaarspersoner_prognose",
                                                            "prognose_kr", "forventet_afvigelse_helaarspersoner", "forventet_afvigelse_kr"])
        #expect(figures[2]["vaerdi"] as? String == "9.2363")
        #expect(figures[2]["formel"] as? String == "T_H = PD(H, 1–3) / DAYS(H, 1–3) = 600 / 91 = 6.593406593406…; A_H = PD(H, 1–12) / D(H) = 1700 / 366 = 4.644808743169…; F = T × A_H / T_H = 13.111111111111… × 4.644808743169… / 6.593406593406… = 9.236288200769…")
        #expect(figures[0]["vaerdi"] is NSNull)
        #expect(json.contains("\"metode\" : \"seasonal\""))
        // Without a cut-off there is no `prognose` key.
        let plain = try ForecastFileTests.outcome { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: "cutoff: 2017-03-31\n", with: "")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let report = try #require(plain.report)
        let without = try Explainer.explain(kommune: "Vallensbæk", benefit: "A-dagpenge", report: report, catalog: try #require(plain.catalog))
        #expect(without.forecast == nil)
        #expect(!ExplanationJSON.render(without).contains("prognose"))
    }

    @Test func jsonWithoutAForecastHasNullMethod() throws {
        let json = ExplanationJSON.render(try Self.explain("Ishøj", "Kontanthjælp"))
        #expect(json.contains("\"begrundelse\" : \"no forecast: month 1 has no value\""))
        #expect(json.contains("\"metode\" : null"))
    }
    /// A month from case periods names only the case rows that reach it (`explain` reads the
    /// case files again per month, `CaseMonthRows`), not the year's: Vallensbæk's Kontanthjælp
    /// has six January rows (lines 35-40), none in February and six March rows (41-46).
    @Test func caseMonthsNameOnlyTheRowsReachingThem() throws {
        let folder = TestScratch.root.appendingPathComponent("caseload-explain-months-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture("forecast-cases"), to: folder)
        let config = try ConfigLoader.load(folder.appendingPathComponent("pipeline.yml"))
        let outcome = try Pipeline.evaluate(config)
        let (report, catalog) = (try #require(outcome.report), try #require(outcome.catalog))
        let rows = try #require(CaseMonthRows(config, catalog: catalog))
        let cash = try Explainer.explain(kommune: "Vallensbæk", benefit: "Kontanthjælp", report: report, catalog: catalog, caseMonths: rows)
        #expect(Self.forecastText(cash).split(separator: "\n").filter { $0.hasPrefix("    2017-") || $0.hasPrefix("  from") } == [
            "    2017-01: 6 × 31 days, from Input/sager/sager-2015-2017.csv:35-40 (6 case rows)",
            "    2017-02: 0 × 28 days",
            "    2017-03: 6 × 31 days, from Input/sager/sager-2015-2017.csv:41-46 (6 case rows)",
            "  from: Input/sager/sager-2015-2017.csv:35-46 (12 case rows)",
        ])
        #expect(Self.forecastText(cash, language: .da).contains("""
            2017-01: 6 × 31 dage, fra Input/sager/sager-2015-2017.csv:35-40 (6 sagsrækker)
            2017-02: 0 × 28 dage
            2017-03: 6 × 31 dage, fra Input/sager/sager-2015-2017.csv:41-46 (6 sagsrækker)
        """))
        let json = ExplanationJSON.render(cash)
        let months = try #require(json.range(of: "\"maanedsvaerdier\" : ["), "\(json)")
        let end = try #require(json.range(of: "\"metode\"", range: months.upperBound..<json.endIndex))
        #expect(json[months.lowerBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines) == """
        "maanedsvaerdier" : [
              {
                "aar" : 2017,
                "dage" : 31,
                "kilder" : [
                  {
                    "fil" : "Input/sager/sager-2015-2017.csv",
                    "linje" : 35,
                    "raekker" : 6,
                    "til_linje" : 40
                  }
                ],
                "maaned" : 1,
                "vaerdi" : "6"
              },
              {
                "aar" : 2017,
                "dage" : 28,
                "kilder" : [

                ],
                "maaned" : 2,
                "vaerdi" : "0"
              },
              {
                "aar" : 2017,
                "dage" : 31,
                "kilder" : [
                  {
                    "fil" : "Input/sager/sager-2015-2017.csv",
                    "linje" : 41,
                    "raekker" : 6,
                    "til_linje" : 46
                  }
                ],
                "maaned" : 3,
                "vaerdi" : "6"
              }
            ],
        """)
        // A-dagpenge (seasonal over 2016): each month its own rows, not the year's 5-34 or 2-12.
        let benefit = try Explainer.explain(kommune: "Vallensbæk", benefit: "A-dagpenge", report: report, catalog: catalog, caseMonths: rows)
        #expect(Self.forecastText(benefit).split(separator: "\n").filter { $0.hasPrefix("    2017-") || $0.hasPrefix("    2016-0") }.prefix(6) == [
            "    2017-01: 10 × 31 days, from Input/sager/sager-2015-2017.csv:5-22 (11 case rows)",
            "    2017-02: 20 × 28 days, from Input/sager/sager-2015-2017.csv:5-34 (23 case rows)",
            "    2017-03: 10 × 31 days, from Input/sager/sager-2015-2017.csv:5-22 (10 case rows)",
            "    2016-01: 5 × 31 days, from Input/sager/sager-2015-2017.csv:2-6 (5 case rows)",
            "    2016-02: 10 × 29 days, from Input/sager/sager-2015-2017.csv:2-12 (11 case rows)",
            "    2016-03: 5 × 31 days, from Input/sager/sager-2015-2017.csv:2-6 (5 case rows)",
        ])
        // The year so far names the budget year's rows once, as before.
        #expect(Self.forecastText(benefit).contains("""
        helaarspersoner_til_dato: 13,1111
          from: Input/sager/sager-2015-2017.csv:5-34 (23 case rows)
          why: months 1–3 of 2017
        """))
        // Without the second reading (as before), each month names the year's rows.
        let plain = try Explainer.explain(kommune: "Vallensbæk", benefit: "Kontanthjælp", report: report, catalog: catalog)
        #expect(Self.forecastText(plain).contains("    2017-02: 0 × 28 days, from Input/sager/sager-2015-2017.csv:35-46 (12 case rows)"))
    }
}
