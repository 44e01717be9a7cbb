import CaseloadKit
import Testing

@Suite struct Bilag1MarkdownTests {
    static func markdown() throws -> String {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;94.082.004\nIshøj;2017;Sygedagpenge;45.940.650\nVallensbæk;2017;A-dagpenge;39.038.328\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;186.670,64\n*;2017;Sygedagpenge;191.419,38\nVallensbæk;2017;A-dagpenge;195.191,64\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;måned;helårspersoner\nIshøj;2017;A-dagpenge;1;510\nIshøj;2017;A-dagpenge;2;498,5\nIshøj;2017;Sygedagpenge;1;250\nIshøj;2015;A-dagpenge;;538\nVallensbæk;2015;Sygedagpenge;;16\n",
        ], cutoff: "2017-02-28")
        let outcome = try scenario.evaluate()
        return try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
    }

    @Test func actualsAddTheVarianceColumnsInDanishStyle() throws {
        let lines = try Self.markdown().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("| Ydelse | Budgettal 2017 (Brutto) | Helårspersoner 2017 | Helårspersoner 2015 | Faktisk 2017 (til 28.2.2017) | Afvigelse, helårspersoner | Afvigelse, kr. (helår, budgettets takst) |"))
        // (510 × 31 + 498,5 × 28) / 59 = 504,54…; (504,54… − 504) × 186.670,64 = 101.243,65 kr.
        #expect(lines.contains("| A-dagpenge | 94.082.004 | 504 | 538 | 505 | 1 | 101.244 |"))
        #expect(lines.contains("| Sygedagpenge | 45.940.650 | 240 | – | 250 | 10 | 1.914.195 |"))
        // Ishøj's total sums 2015 over one of its two benefits: marked, with the count below.
        #expect(lines.contains("| **I alt** | **140.022.654** | **744** | **538** \\*\\* | **755** | **11** | **2.015.439** |"))
        #expect(lines.contains("\\*\\* I alt: faktiske tal for 2015 fra 1 af 2 ydelser; budgettet omfatter alle 2."))
    }

    @Test func jobcenterFiguresFromOnlySomeMunicipalitiesAreMarked() throws {
        let text = try Self.markdown()
        let jobcenter = try #require(text.components(separatedBy: "\n## Jobcenter Vallensbæk i alt\n").last)
        #expect(jobcenter.contains("| A-dagpenge | 133.120.332 | 704 | 538 \\* | 505 \\* | 1 \\* | 101.244 \\* |"))
        // Ishøj has no 2015 figure for Sygedagpenge and Vallensbæk no 2017 actuals: both marked.
        #expect(jobcenter.contains("| Sygedagpenge | 45.940.650 | 240 | 16 \\* | 250 \\* | 10 \\* | 1.914.195 \\* |"))
        // The totals of those columns sum the actuals of 2 of the 4 rows beneath: marked **; the budget's are not.
        #expect(jobcenter.contains("| **I alt** | **179.060.982** | **944** | **554** \\*\\* | **755** \\*\\* | **11** \\*\\* | **2.015.439** \\*\\* |"))
        #expect(jobcenter.contains("\\* A-dagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner.\n\n\\* Sygedagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner.\n\n"
            + "\\*\\* I alt: faktiske tal for 2015 og 2017 fra 2 af 4 rækker (kommune og ydelse); budgettet omfatter alle 4.\n"))
    }
}
