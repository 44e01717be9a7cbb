import CaseloadKit
import Foundation
import Testing

/// `caseload explain`: every figure of a row with its input lines, rate, formula, rounding and flags.
@Suite struct ExplainerTests {
    /// Own and `*` rates, monthly actuals up to a cut-off, a yearly prior row, and case periods in two files.
    static func scenario() throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;94.082.004\nVallensbæk;2017;A-dagpenge;39.038.328\nIshøj;2017;Sygedagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;186.670,64\nVallensbæk;2017;A-dagpenge;195.191,64\n*;2017;Sygedagpenge;200.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;måned;helårspersoner\nIshøj;2017;A-dagpenge;1;510\nIshøj;2017;A-dagpenge;2;498,5\nIshøj;2015;A-dagpenge;;538\n",
            "Input/sager/a.csv": "sagsid;kommune;ydelse;fra;til;omfang\n010203-1234;Ishøj;Sygedagpenge;2017-01-01;;\n020304-2345;Ishøj;Sygedagpenge;2017-02-01;2017-02-28;0,5\n030405-3456;Vallensbæk;Sygedagpenge;2017-01-01;;\n",
            "Input/sager/b.csv": "sagsid;kommune;ydelse;fra;til;omfang\n040506-4567;Ishøj;Sygedagpenge;2016-12-01;2017-01-10;\n",
        ], cutoff: "2017-02-28")
    }

    static func explain(_ kommune: String, _ benefit: String, in scenario: Scenario) throws -> Explanation {
        let outcome = try scenario.evaluate()
        let report = try #require(outcome.report, "\(outcome.diagnostics.rendered())")
        return try Explainer.explain(kommune: kommune, benefit: benefit, report: report, catalog: try #require(outcome.catalog))
    }

    static func failure(_ kommune: String, _ benefit: String) throws -> String? {
        do {
            _ = try explain(kommune, benefit, in: try scenario())
            return nil
        } catch let failure as Explainer.Failure {
            return failure.description
        }
    }

    @Test func caseFiguresShowRowCountsAndLineRangesAndTheStarRateSaysWhy() throws {
        // (59 days × 1 + 28 × 0,5 + 10 × 1) / 59 days = 83 / 59; names match ignoring case.
        let text = ExplanationText.render(try Self.explain("ishøj", "SYGEDAGPENGE", in: try Self.scenario()))
        #expect(text ==         """
        Ishøj, Sygedagpenge (sygedagpenge), 2017, brutto

        budget_kr: 1.000.000,00
          from: Input/budget/b.csv:4
          why: the budget 2017 (brutto) as read
          rounding: exact at 2 decimals; bilag1.md shows 1.000.000
        kr_pr_helaarsperson: 200.000,00
          from: Input/takster/t.csv:4
          why: the * row: Ishøj has no row of its own for Sygedagpenge, 2017, brutto
          rounding: exact at 2 decimals
        helaarspersoner_budget: 5,0000
          formula: budget_kr / kr_pr_helaarsperson = 1.000.000,00 / 200.000,00 = 5
          rounding: exact at 4 decimals; bilag1.md shows 5
        helaarspersoner_faktisk: 1,4068
          from: Input/sager/a.csv:2-3 (2 case rows)
          from: Input/sager/b.csv:2 (1 case row)
          why: 3 case rows in 2 files for 2017 up to 2017-02-28
          formula: Σ(days inside 2017-01-01–2017-02-28 × omfang) / days = 83 / 59 = 1,406779661016…
          rounding: 1,406779661016… rounded half away from zero to 4 decimals; bilag1.md shows 1
        helaarspersoner_2015: empty
          why: no actuals for 2015
        afvigelse_helaarspersoner: -3,5932
          why: from the unrounded values
          formula: helaarspersoner_faktisk − helaarspersoner_budget = 1,406779661016… − 5 = -3,593220338983…
          rounding: -3,593220338983… rounded half away from zero to 4 decimals; bilag1.md shows -4
        afvigelse_kr: -718.644,07
          why: from the unrounded values
          formula: afvigelse_helaarspersoner × kr_pr_helaarsperson = -3,593220338983… × 200.000,00 = -718.644,067796610169…
          rounding: -718.644,067796610169… rounded half away from zero to 2 decimals; bilag1.md shows -718.644

        forecast at the cut-off 2017-02-28: months 1–2 of 2017 count (k = 2; forecast.skip_latest_months 0)
          method: run_rate (forecast.method: seasonal)
          why: forecast.method is seasonal, but no earlier year with all 12 months; run_rate used instead of seasonal
          months used:
            2017-01: 1,322580645161… × 31 days, from Input/sager/a.csv:2-3 (2 case rows), Input/sager/b.csv:2 (1 case row)
            2017-02: 1,5 × 28 days, from Input/sager/a.csv:2-3 (2 case rows), Input/sager/b.csv:2 (1 case row)
        budget_kr_korrigeret: empty
          why: no corrected budget: the expected variance is against the original budget (budget_kr)
        helaarspersoner_til_dato: 1,4068
          from: Input/sager/a.csv:2-3 (2 case rows)
          from: Input/sager/b.csv:2 (1 case row)
          why: months 1–2 of 2017, each weighted by its days
          formula: Σ(month × days) / Σ days = (1,322580645161… × 31 + 1,5 × 28) / 59 = 1,406779661016…
          rounding: 1,406779661016… rounded half away from zero to 4 decimals
        helaarspersoner_prognose: 1,4068
          why: forecast.method is seasonal, but no earlier year with all 12 months; run_rate used instead of seasonal
          formula: F = helaarspersoner_til_dato = 1,406779661016…
          rounding: 1,406779661016… rounded half away from zero to 4 decimals
        prognose_kr: 281.355,93
          formula: helaarspersoner_prognose × kr_pr_helaarsperson = 1,406779661016… × 200.000,00 = 281.355,932203389830…
          rounding: 281.355,932203389830… rounded half away from zero to 2 decimals
        forventet_afvigelse_helaarspersoner: -3,5932
          why: against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug
          formula: helaarspersoner_prognose − helaarspersoner_budget = 1,406779661016… − 5 = -3,593220338983…
          rounding: -3,593220338983… rounded half away from zero to 4 decimals
        forventet_afvigelse_kr: -718.644,07
          why: against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug
          formula: prognose_kr − budget_kr = 281.355,932203389830… − 1.000.000,00 = -718.644,067796610169…
          rounding: -718.644,067796610169… rounded half away from zero to 2 decimals

        flags: none

        """)
        #expect(!text.contains("010203") && !text.contains("040506"))
    }

    @Test func jsonForToolsHasMachineNumbersAndMonthlyRows() throws {
        // (510 × 31 + 498,5 × 28) / 59 = 504,54…; Ishøj's rate gives 504,0000077… helårspersoner.
        let json = ExplanationJSON.render(try Self.explain("Ishøj", "A-dagpenge", in: try Self.scenario()))
        #expect(json ==         """
        {
          "aar" : 2017,
          "figurer" : [
            {
              "afrunding" : "exact at 2 decimals",
              "bilag1_md" : "94.082.004",
              "eksakt" : "94082004",
              "kilder" : [
                {
                  "fil" : "Input/budget/b.csv",
                  "linje" : 2
                }
              ],
              "kolonne" : "budget_kr",
              "note" : "the budget 2017 (brutto) as read",
              "vaerdi" : "94082004.00"
            },
            {
              "afrunding" : "exact at 2 decimals",
              "eksakt" : "186670.64",
              "kilder" : [
                {
                  "fil" : "Input/takster/t.csv",
                  "linje" : 2
                }
              ],
              "kolonne" : "kr_pr_helaarsperson",
              "note" : "Ishøj's own row for A-dagpenge, 2017, brutto",
              "vaerdi" : "186670.64"
            },
            {
              "afrunding" : "504.000007714121… rounded half away from zero to 4 decimals",
              "bilag1_md" : "504",
              "eksakt" : "504.000007714121…",
              "formel" : "budget_kr / kr_pr_helaarsperson = 94082004.00 / 186670.64 = 504.000007714121…",
              "kilder" : [

              ],
              "kolonne" : "helaarspersoner_budget",
              "vaerdi" : "504.0000"
            },
            {
              "afrunding" : "504.542372881355… rounded half away from zero to 4 decimals",
              "bilag1_md" : "505",
              "eksakt" : "504.542372881355…",
              "formel" : "Σ(month × days) / Σ days = (510 × 31 + 498.5 × 28) / 59 = 504.542372881355…",
              "kilder" : [
                {
                  "fil" : "Input/faktisk/f.csv",
                  "linje" : 2,
                  "note" : "month 1"
                },
                {
                  "fil" : "Input/faktisk/f.csv",
                  "linje" : 3,
                  "note" : "month 2"
                }
              ],
              "kolonne" : "helaarspersoner_faktisk",
              "note" : "the mean of 2 monthly rows for 2017 up to 2017-02-28, each weighted by its days",
              "vaerdi" : "504.5424"
            },
            {
              "afrunding" : "exact at 4 decimals",
              "bilag1_md" : "538",
              "eksakt" : "538",
              "kilder" : [
                {
                  "fil" : "Input/faktisk/f.csv",
                  "linje" : 4,
                  "note" : "yearly row"
                }
              ],
              "kolonne" : "helaarspersoner_2015",
              "note" : "aggregated actuals for 2015, as read",
              "vaerdi" : "538.0000"
            },
            {
              "afrunding" : "0.542365167234… rounded half away from zero to 4 decimals",
              "bilag1_md" : "1",
              "eksakt" : "0.542365167234…",
              "formel" : "helaarspersoner_faktisk − helaarspersoner_budget = 504.542372881355… − 504.000007714121… = 0.542365167234…",
              "kilder" : [

              ],
              "kolonne" : "afvigelse_helaarspersoner",
              "note" : "from the unrounded values",
              "vaerdi" : "0.5424"
            },
            {
              "afrunding" : "101243.652881355932… rounded half away from zero to 2 decimals",
              "bilag1_md" : "101.244",
              "eksakt" : "101243.652881355932…",
              "formel" : "afvigelse_helaarspersoner × kr_pr_helaarsperson = 0.542365167234… × 186670.64 = 101243.652881355932…",
              "kilder" : [

              ],
              "kolonne" : "afvigelse_kr",
              "note" : "from the unrounded values",
              "vaerdi" : "101243.65"
            }
          ],
          "flag" : [

          ],
          "grundlag" : "brutto",
          "kommune" : "Ishøj",
          "prognose" : {
            "afvigelse_mod" : "oprindeligt",
            "begrundelse" : "forecast.method is seasonal, but no earlier year with all 12 months; run_rate used instead of seasonal",
            "cutoff" : "2017-02-28",
            "figurer" : [
              {
                "eksakt" : null,
                "kilder" : [

                ],
                "kolonne" : "budget_kr_korrigeret",
                "note" : "no corrected budget: the expected variance is against the original budget (budget_kr)",
                "vaerdi" : null
              },
              {
                "afrunding" : "504.542372881355… rounded half away from zero to 4 decimals",
                "eksakt" : "504.542372881355…",
                "formel" : "Σ(month × days) / Σ days = (510 × 31 + 498.5 × 28) / 59 = 504.542372881355…",
                "kilder" : [
                  {
                    "fil" : "Input/faktisk/f.csv",
                    "linje" : 2
                  },
                  {
                    "fil" : "Input/faktisk/f.csv",
                    "linje" : 3
                  }
                ],
                "kolonne" : "helaarspersoner_til_dato",
                "note" : "months 1–2 of 2017, each weighted by its days",
                "vaerdi" : "504.5424"
              },
              {
                "afrunding" : "504.542372881355… rounded half away from zero to 4 decimals",
                "eksakt" : "504.542372881355…",
                "formel" : "F = helaarspersoner_til_dato = 504.542372881355…",
                "kilder" : [

                ],
                "kolonne" : "helaarspersoner_prognose",
                "note" : "forecast.method is seasonal, but no earlier year with all 12 months; run_rate used instead of seasonal",
                "vaerdi" : "504.5424"
              },
              {
                "afrunding" : "94183247.652881355932… rounded half away from zero to 2 decimals",
                "eksakt" : "94183247.652881355932…",
                "formel" : "helaarspersoner_prognose × kr_pr_helaarsperson = 504.542372881355… × 186670.64 = 94183247.652881355932…",
                "kilder" : [

                ],
                "kolonne" : "prognose_kr",
                "vaerdi" : "94183247.65"
              },
              {
                "afrunding" : "0.542365167234… rounded half away from zero to 4 decimals",
                "eksakt" : "0.542365167234…",
                "formel" : "helaarspersoner_prognose − helaarspersoner_budget = 504.542372881355… − 504.000007714121… = 0.542365167234…",
                "kilder" : [

                ],
                "kolonne" : "forventet_afvigelse_helaarspersoner",
                "note" : "against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug",
                "vaerdi" : "0.5424"
              },
              {
                "afrunding" : "101243.652881355932… rounded half away from zero to 2 decimals",
                "eksakt" : "101243.652881355932…",
                "formel" : "prognose_kr − budget_kr = 94183247.652881355932… − 94082004.00 = 101243.652881355932…",
                "kilder" : [

                ],
                "kolonne" : "forventet_afvigelse_kr",
                "note" : "against the original budget (the row has no corrected budget); positive: merforbrug, negative: mindreforbrug",
                "vaerdi" : "101243.65"
              }
            ],
            "historik_aar" : [

            ],
            "konfigureret_metode" : "seasonal",
            "maaneder" : 2,
            "maanedsvaerdier" : [
              {
                "aar" : 2017,
                "dage" : 31,
                "kilder" : [
                  {
                    "fil" : "Input/faktisk/f.csv",
                    "linje" : 2
                  }
                ],
                "maaned" : 1,
                "vaerdi" : "510"
              },
              {
                "aar" : 2017,
                "dage" : 28,
                "kilder" : [
                  {
                    "fil" : "Input/faktisk/f.csv",
                    "linje" : 3
                  }
                ],
                "maaned" : 2,
                "vaerdi" : "498.5"
              }
            ],
            "metode" : "run_rate",
            "skip_latest_months" : 0
          },
          "ydelse" : "A-dagpenge",
          "ydelse_id" : "a-dagpenge"
        }

        """)
    }

    @Test func theJobcentersFiguresAreSumsOfTheMunicipalities() throws {
        let text = ExplanationText.render(try Self.explain("jobcenter vallensbæk", "a-dagpenge", in: try Self.scenario()))
        #expect(text.hasPrefix("Jobcenter Vallensbæk, A-dagpenge (a-dagpenge), 2017, brutto\n\nbudget_kr: 133.120.332,00\n  from: Input/budget/b.csv:3\n  from: Input/budget/b.csv:2\n"))
        #expect(text.contains("  formula: Vallensbæk 200 + Ishøj 504,000007714121… = 704,000007714121…\n"))
        #expect(text.contains("helaarspersoner_faktisk: 504,5424\n  from: Input/faktisk/f.csv:2 (month 1)\n  from: Input/faktisk/f.csv:3 (month 2)\n  why: the sum of the municipalities that have one (not Vallensbæk)\n"))
        #expect(text.contains("kr_pr_helaarsperson: empty\n  why: no rate for the jobcenter: its figures are sums of the municipalities' figures\n"))
    }

    @Test func aBudgetByAccountListsItsAccountLines() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser;funktioner\na-dagpenge;A-dagpenge;;5.57.78\n",
            "Input/budget/konti.csv": "kommune;år;konto;beløb\nIshøj;2017;5.57.78.001;1.000,50\nIshøj;2017;5.57.78.002;-100,50\nVallensbæk;2017;5.57.78;0\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
        ])
        let text = ExplanationText.render(try Self.explain("Ishøj", "a-dagpenge", in: scenario))
        #expect(text.hasPrefix("""
        Ishøj, A-dagpenge (a-dagpenge), 2017, brutto

        budget_kr: 900,00
          from: Input/budget/konti.csv:2 (konto 5.57.78.001, under function 5.57.78 in the catalog)
          from: Input/budget/konti.csv:3 (konto 5.57.78.002, under function 5.57.78 in the catalog)
          why: summed from 2 account rows mapped to A-dagpenge by the catalog's functions
          formula: 1.000,50 + -100,50 = 900,00
          rounding: exact at 2 decimals; bilag1.md shows 900

        """))
    }

    @Test func theShippedVallensbaekIntegrationsydelseNamesItsLinesAndFlags() throws {
        let outcome = try PlanFixture().evaluate()
        let explanation = try Explainer.explain(kommune: "Vallensbæk", benefit: "Integrationsydelse", report: try #require(outcome.report),
                                                catalog: try #require(outcome.catalog))
        #expect(ExplanationText.render(explanation) ==         """
        Vallensbæk, Integrationsydelse (integrationsydelse), 2017, brutto

        budget_kr: 5.000.160,00
          from: Input/budget/vallensbaek-2017.xml:7
          why: the budget 2017 (brutto) as read
          rounding: exact at 2 decimals; bilag1.md shows 5.000.160
        kr_pr_helaarsperson: 1.000.032,00
          from: Input/takster/takster-2017.csv:5
          why: Vallensbæk's own row for Integrationsydelse, 2017, brutto
          rounding: exact at 2 decimals
        helaarspersoner_budget: 5,0000
          formula: budget_kr / kr_pr_helaarsperson = 5.000.160,00 / 1.000.032,00 = 5
          rounding: exact at 4 decimals; bilag1.md shows 5
        helaarspersoner_faktisk: empty
          why: no actuals for 2017
        helaarspersoner_2015: 0,0000
          from: Input/faktisk/faktisk-2015.csv:5 (yearly row)
          why: aggregated actuals for 2015, as read
          rounding: exact at 4 decimals; bilag1.md shows 0
        afvigelse_helaarspersoner: empty
          why: no actuals for 2017
        afvigelse_kr: empty
          why: no actuals for 2017

        flags:
          takst_afviger: Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.
          budget_uden_faktisk: Budgettet for 2017 er 5.000.160 kr. (5 helårspersoner), men der var 0 faktiske helårspersoner i 2015.

        """)
    }

    @Test func unknownNamesSuggestTheNearestAndAPairWithoutARowSaysSo() throws {
        #expect(try Self.failure("Ishoej", "A-dagpenge") == "unknown municipality \"Ishoej\"; did you mean \"Ishøj\"? (known: \"Vallensbæk\", \"Ishøj\", \"Jobcenter Vallensbæk\")")
        #expect(try Self.failure("Ishøj", "Sygedagpenne") == "unknown benefit \"Sygedagpenne\"; did you mean \"Sygedagpenge\"?")
        #expect(try Self.failure("Vallensbæk", "Kontanthjælp/Særl. udd.ydelse") == "Vallensbæk has no row for Kontanthjælp in 2017: there is no budget and there are no actuals for it")
    }
}
