import CaseloadKit
import Testing

/// The plan's goals (Bilag 2) against the budget and the actuals, in the report's words.
@Suite struct GoalCheckerTests {
    /// Bilag 1's A-dagpenge figures and Bilag 2's goal: 741 full-time persons in 2015 to 690 in 2017.
    static func files(actuals2017: String = "") -> [String: String] {
        [
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;39.038.328\nIshøj;2017;A-dagpenge;94.082.004\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nVallensbæk;2017;A-dagpenge;195.191,64\nIshøj;2017;A-dagpenge;186.670,64\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;205\nIshøj;2015;A-dagpenge;538\n" + actuals2017,
            "Input/maal/m.csv": "år;ydelse;helårspersoner;tekst\n2017;A-dagpenge;690;Mål 2: Færre a-dagpenge-modtagere (fuldtid)\n",
        ]
    }

    static func run(_ files: [String: String], cutoff: String? = nil) throws -> (markdown: String, flags: [String]) {
        let outcome = try Scenario(files, cutoff: cutoff).evaluate()
        guard outcome.succeeded else { throw ScenarioFailure(diagnostics: outcome.diagnostics.rendered()) }
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        let flags = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents).split(separator: "\n").dropFirst().map(String.init)
        return (markdown, flags)
    }

    @Test func theAdoptedBudgetAssumesMoreThanTheADagpengeGoal() throws {
        let (markdown, flags) = try Self.run(Self.files())
        // The goals close the file (there are no further flags for an appendix).
        #expect(markdown.hasSuffix("""

        ## Mål (Bilag 2)

        **Mål 2: Færre a-dagpenge-modtagere (fuldtid)**

        Målet er højst 690 helårspersoner på A-dagpenge i 2017 for Vallensbæk og Ishøj tilsammen. \
        Det vedtagne budget svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet: budgettet når ikke målet. \
        Faktisk var der 743 helårspersoner i 2015. \
        Der er endnu ingen faktiske tal i 2017, så det kan ikke siges, om udviklingen er på vej mod målet.

        """))
        // forskel_kr: 14 helårspersoner at the budget's 133.120.332 kr. / 704,0… helårspersoner.
        #expect(flags == [
            "Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,maal_budget,helaarspersoner,704.0000,690.0000,2.03,2647280.76,,\"Budgettet svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet om højst 690 i 2017.\"",
        ])
    }

    @Test func actualsOnTrackAndNotOnTrack() throws {
        let onTrack = try Self.run(Self.files(actuals2017: "Vallensbæk;2017;A-dagpenge;195\nIshøj;2017;A-dagpenge;490,5\n"), cutoff: "2017-09-30")
        #expect(onTrack.markdown.contains("Faktisk i 2017 til og med 30.9.2017 er der 685,5 helårspersoner, 4,5 færre end målet: på vej mod målet."))
        #expect(!onTrack.flags.contains { $0.contains("maal_faktisk") })

        let offTrack = try Self.run(Self.files(actuals2017: "Vallensbæk;2017;A-dagpenge;200\nIshøj;2017;A-dagpenge;500\n"))
        #expect(offTrack.markdown.contains("Faktisk i 2017 er der 700 helårspersoner, 10 flere end målet: ikke på vej mod målet."))
        #expect(offTrack.flags.last == "Jobcenter Vallensbæk,a-dagpenge,A-dagpenge,maal_faktisk,helaarspersoner,700.0000,690.0000,1.45,1890913.79,,\"Faktisk 700 helårspersoner i 2017, 10 flere end målet om højst 690 i 2017.\"")
    }

    @Test func actualsOfOnlySomeMunicipalitiesAreNotJudged() throws {
        let (markdown, flags) = try Self.run(Self.files(actuals2017: "Vallensbæk;2017;A-dagpenge;250\n"))
        #expect(markdown.contains("Faktiske tal i 2017 mangler for Ishøj, så det kan endnu ikke siges, om udviklingen er på vej mod målet."))
        #expect(!flags.contains { $0.contains("maal_faktisk") })
    }

    @Test func aFloorForAGroupOfBenefitsInOneMunicipality() throws {
        var files = Self.files()
        files["Input/budget/b.csv"]! += "Ishøj;2017;Sygedagpenge;6.000.000\nIshøj;2017;Ressourceforløbsydelse;3.000.000\n"
        files["Input/takster/t.csv"]! += "*;2017;Sygedagpenge;100.000\n*;2017;Ressourceforløbsydelse;100.000\n"
        files["Input/maal/m.csv"] = """
        År;Ydelse;Helårspersoner;Tekst;Kommune;Retning
        2017;Sygedagpenge | Ressourseforløbsydelse;100;Flere i afklaring;ishøj;Mindst
        2017;A-dagpenge;800;Højst 800;;
        2016;A-dagpenge;1;Et andet år;;

        """
        let outcome = try Scenario(files).evaluate()
        let report = try #require(outcome.report)
        #expect(report.goals.count == 2)
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("""
        **Flere i afklaring**

        Målet er mindst 100 helårspersoner på Sygedagpenge og Ressourceforløbsydelse i 2017 for Ishøj. \
        Det vedtagne budget svarer til 90 helårspersoner, 10 færre end målet: budgettet når ikke målet. \
        Der er endnu ingen faktiske tal i 2017, så det kan ikke siges, om udviklingen er på vej mod målet.
        """))
        #expect(markdown.contains("Det vedtagne budget svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 96 færre end målet: budgettet holder sig inden for målet."))
        let flags = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents)
        #expect(flags.contains("\nIshøj,sygedagpenge|ressourceforloebsydelse,Sygedagpenge + Ressourceforløbsydelse,maal_budget,helaarspersoner,90.0000,100.0000,-10.00,-1000000.00,,\"Budgettet svarer til 90 helårspersoner, 10 færre end målet om mindst 100 i 2017.\"\n"))
        #expect(flags.split(separator: "\n").filter { $0.contains(",maal_") }.count == 1)  // 704 is within "højst 800"
        // The goal of another year is read and ignored, as rows of other years are.
        #expect(outcome.ledger.tallies["Input/maal/m.csv"] == .init(read: 3, used: 2, ignored: ["another year": 1], rejected: 0))
    }

    @Test func badGoalRowsAreErrorsAtTheirCells() throws {
        var files = Self.files()
        files["Input/maal/m.csv"] = "år;ydelse;helårspersoner;tekst;retning\n2017;A-dagpenge|Boligstøtte;-5;Mål;færrest\n2017;;690;;\n"
        #expect(try Scenario(files).diagnostics() == [
            "Input/maal/m.csv:2:6: error: unknown benefit \"Boligstøtte\"; did you mean \"A-dagpenge\", \"Kontanthjælp\" or \"Sygedagpenge\"?",
            "Input/maal/m.csv:2:29: error: helårspersoner \"-5\" is negative",
            "Input/maal/m.csv:2:36: error: retning \"færrest\" is neither højst nor mindst",
            "Input/maal/m.csv:3:6: error: ydelse is empty",
            "Input/maal/m.csv:3:11: error: tekst is empty",
        ])
    }
}
