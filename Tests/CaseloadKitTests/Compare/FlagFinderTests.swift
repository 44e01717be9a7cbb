import CaseloadKit
import Testing

/// Each kind of flag through files and the whole pipeline, with the exact line of flag.csv.
@Suite struct FlagFinderTests {
    static let header = "kommune,ydelse_id,ydelse,art,enhed,vaerdi,sammenlignet_med,forskel_pct,forskel_kr,graense_pct,forklaring"

    /// flag.csv of a scenario, header checked and dropped.
    static func flagLines(_ scenario: Scenario) throws -> [String] {
        let outcome = try scenario.evaluate()
        guard outcome.succeeded else { throw ScenarioFailure(diagnostics: outcome.diagnostics.rendered()) }
        let text = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == header)
        return Array(lines.dropFirst())
    }

    static func pipeline(municipalities: String = "[Vallensbæk, Ishøj]", priorYears: String = "[2015]", cutoff: String = "",
                         inputs: String, flags: String = "") -> String {
        """
        year: 2017
        prior_years: \(priorYears)
        municipalities: \(municipalities)
        \(cutoff)
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster
        \(inputs)
        \(flags)

        """
    }

    @Test func aRateFarFromTheMedianOfTheOtherMunicipalitiesIsFlagged() throws {
        let files = [
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000.000\nIshøj;2017;A-dagpenge;1.000.000\nAlbertslund;2017;A-dagpenge;1.050.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nVallensbæk;2017;A-dagpenge;500.000\nIshøj;2017;A-dagpenge;200.000\nAlbertslund;2017;A-dagpenge;210.000\n",
        ]
        let three = "[Vallensbæk, Ishøj, Albertslund]"
        let scenario = try Scenario(files, pipeline: Self.pipeline(municipalities: three, inputs: ""))
        // Vallensbæk against the median of 200.000 and 210.000; Ishøj (−43,7 % from 355.000) and
        // Albertslund (−40 % from 350.000) stay within 50 %.
        #expect(try Self.flagLines(scenario) == [
            "Vallensbæk,a-dagpenge,A-dagpenge,takst_afviger,kr_pr_helaarsperson,500000.00,205000.00,143.90,590000.00,50.00,\"Taksten er 500.000 kr. pr. helårsperson, 144 % over medianen for Ishøj og Albertslund på 205.000 kr. (grænse 50 %); tjek budget og helårspersoner.\"",
        ])
        let lenient = try Scenario(files, pipeline: Self.pipeline(municipalities: three, inputs: "", flags: "flags:\n  rate_deviation_percent: 150"))
        #expect(try Self.flagLines(lenient) == [])
    }

    @Test func withTwoMunicipalitiesEachRateIsMeasuredAgainstTheOther() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;Kontanthjælp;5.000.160\nIshøj;2017;Kontanthjælp;8.863.660\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nVallensbæk;2017;Kontanthjælp;1.000.032\nIshøj;2017;Kontanthjælp;136.364\n",
        ])
        #expect(try Self.flagLines(scenario) == [
        // Largest in kroner first: Ishøj's 65 helårspersoner at the difference of the rates weigh more
        // than Vallensbæk's 5 (forskel_kr = (vaerdi − sammenlignet_med) × the budget's helårspersoner).
            "Ishøj,kontanthjaelp,Kontanthjælp,takst_afviger,kr_pr_helaarsperson,136364.00,1000032.00,-86.36,-56138420.00,50.00,\"Taksten er 136.364 kr. pr. helårsperson, 86 % under Vallensbæks takst på 1.000.032 kr. (grænse 50 %); tjek budget og helårspersoner.\"",
            "Vallensbæk,kontanthjaelp,Kontanthjælp,takst_afviger,kr_pr_helaarsperson,1000032.00,136364.00,633.35,4318340.00,50.00,\"Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.\"",
        ])
    }

    @Test func aRateOutsideTheCatalogsRangeIsFlagged() throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": "id;navn;aliaser;takst_min;takst_max\na-dagpenge;A-dagpenge;;100.000;244.000\nsygedagpenge;Sygedagpenge;;100.000;244.000\n",
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;190.000\nIshøj;2017;A-dagpenge;200.000\nVallensbæk;2017;Sygedagpenge;2.400.000\nIshøj;2017;Sygedagpenge;2.500.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nVallensbæk;2017;A-dagpenge;19.000\nIshøj;2017;A-dagpenge;20.000\nVallensbæk;2017;Sygedagpenge;240.000\nIshøj;2017;Sygedagpenge;250.000\n",
        ])
        #expect(try Self.flagLines(scenario) == [
            "Vallensbæk,a-dagpenge,A-dagpenge,takst_uden_for_interval,kr_pr_helaarsperson,19000.00,100000.00,-81.00,-810000.00,,\"Taksten er 19.000 kr. pr. helårsperson, under katalogets laveste 100.000 kr. for ydelsen; det tyder ofte på en enhedsfejl (1.000 kr., måned/år, brutto/netto).\"",
            "Ishøj,a-dagpenge,A-dagpenge,takst_uden_for_interval,kr_pr_helaarsperson,20000.00,100000.00,-80.00,-800000.00,,\"Taksten er 20.000 kr. pr. helårsperson, under katalogets laveste 100.000 kr. for ydelsen; det tyder ofte på en enhedsfejl (1.000 kr., måned/år, brutto/netto).\"",
            "Ishøj,sygedagpenge,Sygedagpenge,takst_uden_for_interval,kr_pr_helaarsperson,250000.00,244000.00,2.46,60000.00,,\"Taksten er 250.000 kr. pr. helårsperson, over katalogets højeste 244.000 kr. for ydelsen; det tyder ofte på en enhedsfejl (1.000 kr., måned/år, brutto/netto).\"",
        ])
    }

    @Test func aLargeChangeFromTheLatestPriorYearIsFlagged() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;300.000\nIshøj;2017;A-dagpenge;50.400.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            // Ishøj: +5 % from 2015 but +68 % from 2016, the latest; Vallensbæk: +200 % but only 2 helårspersoner.
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;480\nIshøj;2016;A-dagpenge;300\nVallensbæk;2016;A-dagpenge;1\n",
        ], priorYears: [2015, 2016])
        #expect(try Self.flagLines(scenario) == [
            "Ishøj,a-dagpenge,A-dagpenge,stor_aendring,helaarspersoner,504.0000,300.0000,68.00,20400000.00,50.00,Budgettet svarer til 504 helårspersoner mod 300 faktiske i 2016: 68 % flere (grænse 50 % og 5 helårspersoner).",
        ])
    }

    @Test func caseloadWithoutBudgetAndBudgetWithoutCaseloadAreFlagged() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;Sygedagpenge;0\nIshøj;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            // Vallensbæk's Kontanthjælp has no budget row and only a 2015 figure: the latest year with actuals.
            "Input/faktisk/f.csv": "kommune;år;ydelse;måned;helårspersoner\nVallensbæk;2017;Sygedagpenge;6;12,5\nIshøj;2017;A-dagpenge;6;0\nVallensbæk;2015;Kontanthjælp;;7\n",
        ], cutoff: "2017-06-30")
        #expect(try Self.flagLines(scenario) == [
            // Its whole budget first; actuals without a budget have no rate anywhere to weigh them in kroner.
            "Ishøj,a-dagpenge,A-dagpenge,budget_uden_faktisk,helaarspersoner,10.0000,0.0000,,1000000.00,,\"Budgettet for 2017 er 1.000.000 kr. (10 helårspersoner), men der var 0 faktiske helårspersoner i 2017 til og med 30.6.2017.\"",
            "Vallensbæk,kontanthjaelp,Kontanthjælp,faktisk_uden_budget,helaarspersoner,7.0000,0.0000,,,,\"7 faktiske helårspersoner i 2015, men budgettet for 2017 er 0 kr.\"",
            "Vallensbæk,sygedagpenge,Sygedagpenge,faktisk_uden_budget,helaarspersoner,12.5000,0.0000,,,,\"12,5 faktiske helårspersoner i 2017 til og med 30.6.2017, men budgettet for 2017 er 0 kr.\"",
        ])
    }

    @Test func actualsAboveTheBudgetAreFlaggedInHelaarspersonerAndKroner() throws {
        let files = [
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000.000\nIshøj;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2017;A-dagpenge;10,4\nIshøj;2017;A-dagpenge;11\n",
        ]
        // Vallensbæk is 4 % over, within the default 5 %.
        #expect(try Self.flagLines(try Scenario(files)) == [
            "Ishøj,a-dagpenge,A-dagpenge,merforbrug,helaarspersoner,11.0000,10.0000,10.00,100000.00,5.00,\"Faktisk 11 helårspersoner i 2017 mod budgettets 10: 1 flere (10 %), 100.000 kr. over budgettet som helårstal ved budgettets takst (grænse 5 % og 0 kr.).\"",
        ])
        let inputs = "  actuals: Input/faktisk"
        let highKroner = try Scenario(files, pipeline: Self.pipeline(inputs: inputs, flags: "flags:\n  overspend_kr: 100000"))
        #expect(try Self.flagLines(highKroner) == [])
        let lowPercent = try Scenario(files, pipeline: Self.pipeline(inputs: inputs, flags: "flags:\n  overspend_percent: 3.5"))
        #expect(try Self.flagLines(lowPercent) == [
            "Ishøj,a-dagpenge,A-dagpenge,merforbrug,helaarspersoner,11.0000,10.0000,10.00,100000.00,3.50,\"Faktisk 11 helårspersoner i 2017 mod budgettets 10: 1 flere (10 %), 100.000 kr. over budgettet som helårstal ved budgettets takst (grænse 3,5 % og 0 kr.).\"",
            "Vallensbæk,a-dagpenge,A-dagpenge,merforbrug,helaarspersoner,10.4000,10.0000,4.00,40000.00,3.50,\"Faktisk 10,4 helårspersoner i 2017 mod budgettets 10: 0,4 flere (4 %), 40.000 kr. over budgettet som helårstal ved budgettets takst (grænse 3,5 % og 0 kr.).\"",
        ])
    }

    @Test func noFlagsGiveAHeaderAndASentence() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;A-dagpenge;1.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
        ])
        let outcome = try scenario.evaluate()
        #expect(outcome.files.first { $0.name == "flag.csv" }?.contents == Self.header + "\n")
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("afstemning.csv.\n\n## De 10 største afvigelser\n\nIngen flag.\n\n## Vallensbæk\n"))
        #expect(!markdown.contains("Øvrige flag"))
    }

    @Test func theMarkdownListsTheFlagsWithTheirDanishLabels() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000.000\nVallensbæk;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2015;A-dagpenge;0\nVallensbæk;2015;A-dagpenge;10\n",
        ])
        let markdown = try #require(try scenario.evaluate().files.first { $0.name == "bilag1.md" }?.contents)
        // The file opens with the flags, largest first; with one flag there is no appendix.
        #expect(markdown.contains("""
        afstemning.csv.

        ## Den største afvigelse

        Tal, der bør ses efter, ordnet efter størrelse i kr. (forskel\\_kr i flag.csv: forskellen som helårstal ved budgettets takst), med grænserne fra pipeline.yml. Alle tal står i flag.csv.

        | Nr. | Kommune | Ydelse | Flag | Forskel, kr. | Forklaring |
        | --: | :-- | :-- | :-- | --: | :-- |
        | 1 | Ishøj | A-dagpenge | Budget uden faktiske helårspersoner | 1.000.000 | Budgettet for 2017 er 1.000.000 kr. (10 helårspersoner), men der var 0 faktiske helårspersoner i 2015. |

        ## Vallensbæk

        """))
        #expect(!markdown.contains("Øvrige flag"))
    }
}
