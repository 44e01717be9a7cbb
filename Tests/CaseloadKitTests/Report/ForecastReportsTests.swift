@testable import CaseloadKit
import Foundation
import Testing

/// The budget follow-up (Budgetopfølgning) in bilag1.md, rapport.html and afstemning.xlsx, from
/// the small follow-up of `Fixtures/forecast-2017/` (cut-off 31.3.2017; the figures are worked
/// out in `ForecastFileTests`): Vallensbæk's A-dagpenge 923.628,82 kr. against 1.000.000 is
/// 76.371 kr. mindreforbrug; Ishøj's 2.400.000 against 2.000.000 is 400.000 kr. merforbrug; both
/// Kontanthjælp rows lack a month. The back-test's |fejl_pct| for Vallensbæk: run_rate and latest
/// 0 (2015) and 41,952… (2016), mean 20,976… = 21,0 %; seasonal only 2016, 42,0 %.
@Suite struct ForecastReportsTests {
    static func files(_ edit: ((URL) throws -> Void)? = nil) throws -> (md: String, html: String, xlsx: Data) {
        let outcome = try ForecastFileTests.outcome(edit)
        func file(_ name: String) throws -> OutputFile { try #require(outcome.files.first { $0.name == name }, "\(name)") }
        return (try file("bilag1.md").contents, try file("rapport.html").contents, try file("afstemning.xlsx").data)
    }

    static let table = """
        | Ydelse | Budget 2017, kr. | Helårspersoner til dato (jan.–mar.) | Prognose, helårspersoner | Prognose, kr. | Forventet mer-/mindreforbrug, kr. |
        | :-- | --: | --: | --: | --: | --: |

        """

    @Test func bilag1MarkdownToTheDigit() throws {
        let md = try Self.files().md
        let start = try #require(md.range(of: "\n## Budgetopfølgning pr. 31.3.2017\n"))
        #expect(String(md[start.lowerBound...]) == """

        ## Budgetopfølgning pr. 31.3.2017

        Prognosen for hele 2017 bygger på helårspersonerne i januar–marts 2017 og metoden seasonal: året til dato forholder sig til hele året som i det seneste år med alle 12 måneder. Forventet mer- eller mindreforbrug er prognosen i kr. (ved budgettets takst) minus budgettet. Tallene er afrundet; de eksakte værdier står i prognose.csv og prognose-test.csv.

        ### Vallensbæk

        Forventet mindreforbrug 76.371 kr. på 1 af 2 ydelser (1 uden prognose).

        \(Self.table)| A-dagpenge | 1.000.000 | 13 | 9 | 923.629 | 76.371 mindreforbrug |
        | Kontanthjælp | 500.000 | – | – | – | – |
        | **I alt** | **1.500.000** | **13** \\*\\* | **9** \\*\\* | **923.629** \\*\\* | **76.371 mindreforbrug** \\*\\* |

        Kontanthjælp: ingen prognose, måned 2 mangler.

        \\*\\* I alt: prognose for 1 af 2 ydelser; budgettet omfatter alle 2.

        Metoderne efterprøvet på tidligere år:

        - run\\_rate ville i 2015 og 2016 have ramt 21,0 % ved siden af i gennemsnit over 2 prognoser.
        - latest ville i 2015 og 2016 have ramt 21,0 % ved siden af i gennemsnit over 2 prognoser.
        - seasonal ville i 2016 have ramt 42,0 % ved siden af.

        ### Ishøj

        Forventet merforbrug 400.000 kr. på 1 af 2 ydelser (1 uden prognose).

        \(Self.table)| A-dagpenge | 2.000.000 | 12 | 12 | 2.400.000 | 400.000 merforbrug |
        | Kontanthjælp | 300.000 | – | – | – | – |
        | **I alt** | **2.300.000** | **12** \\*\\* | **12** \\*\\* | **2.400.000** \\*\\* | **400.000 merforbrug** \\*\\* |

        A-dagpenge: intet tidligere år med alle 12 måneder; run\\_rate brugt i stedet for seasonal.

        Kontanthjælp: ingen prognose, måned 1 mangler.

        \\*\\* I alt: prognose for 1 af 2 ydelser; budgettet omfatter alle 2.

        Metoderne efterprøvet på tidligere år:

        - run\\_rate kan ikke efterprøves: der er for få tidligere år med alle 12 måneder.
        - latest kan ikke efterprøves: der er for få tidligere år med alle 12 måneder.
        - seasonal kan ikke efterprøves: der er for få tidligere år med alle 12 måneder.

        ### Jobcenter Vallensbæk i alt

        Forventet merforbrug 323.629 kr. på 1 af 2 ydelser (1 uden prognose).

        \(Self.table)| A-dagpenge | 3.000.000 | 25 | 21 | 3.323.629 | 323.629 merforbrug |
        | Kontanthjælp | 800.000 | – | – | – | – |
        | **I alt** | **3.800.000** | **25** \\*\\* | **21** \\*\\* | **3.323.629** \\*\\* | **323.629 merforbrug** \\*\\* |

        Kontanthjælp: ingen kommune har en prognose.

        \\*\\* I alt: prognose for 2 af 4 rækker (kommune og ydelse); budgettet omfatter alle 4.

        Metoderne efterprøvet på tidligere år:

        - run\\_rate kan ikke efterprøves: der er for få tidligere år, hvor alle kommunerne har alle 12 måneder.
        - latest kan ikke efterprøves: der er for få tidligere år, hvor alle kommunerne har alle 12 måneder.
        - seasonal kan ikke efterprøves: der er for få tidligere år, hvor alle kommunerne har alle 12 måneder.

        """)
    }

    /// The jobcenter's back-test sums the municipalities' back-test forecasts and actual values
    /// (as its forecast sums theirs). With Ishøj's A-dagpenge at 2 in every month of 2015 and
    /// 2016, Ishøj's own back-test is exact (0 %), and the jobcenter's A-dagpenge in 2016 is
    /// run_rate 600/91 + 2 against 1700/366 + 2: 29,3251… % off; 2015 is exact (3 + 2 against
    /// 3 + 2), so the mean over 2 forecasts is 14,7 %. latest with N = k = 3 is run_rate; seasonal
    /// (2016 from 2015) is 600/91 · 3/3 + 2 · 2/2, the same 29,3 %.
    @Test func theJobcenterHasABackTestLineFromTheMunicipalitiesSums() throws {
        let edit: (URL) throws -> Void = { folder in
            let url = folder.appendingPathComponent("Input/faktisk/faktisk.csv")
            let months = [2015, 2016].flatMap { year in (1...12).map { "Ishøj;\(year);\($0);A-dagpenge;2\n" } }
            try (try String(contentsOf: url, encoding: .utf8) + months.joined()).write(to: url, atomically: true, encoding: .utf8)
        }
        let md = try Self.files(edit).md
        let jobcenter = try #require(md.range(of: "### Jobcenter Vallensbæk i alt"))
        #expect(md[jobcenter.upperBound...].hasSuffix("""
            Metoderne efterprøvet på tidligere år:

            - run\\_rate ville i 2015 og 2016 have ramt 14,7 % ved siden af i gennemsnit over 2 prognoser.
            - latest ville i 2015 og 2016 have ramt 14,7 % ved siden af i gennemsnit over 2 prognoser.
            - seasonal ville i 2016 have ramt 29,3 % ved siden af.

            """))
        let outcome = try ForecastFileTests.outcome(edit)
        let forecast = try #require(outcome.report?.forecast)
        let tests = forecast.totalTests
        #expect(tests.map { "\($0.benefit.rawValue) \($0.test.method.rawValue) \($0.test.year)" }
            == ["a-dagpenge run_rate 2015", "a-dagpenge run_rate 2016", "a-dagpenge latest 2015", "a-dagpenge latest 2016", "a-dagpenge seasonal 2016"])
        #expect(tests[1].test.forecast == Exact(600) / Exact(91) + Exact(2))
        #expect(tests[1].test.actual == Exact(1700) / Exact(366) + Exact(2))
        #expect(tests[0].test.forecast == Exact(5) && tests[0].test.actual == Exact(5))
        // prognose-test.csv keeps the municipalities' rows only.
        #expect(!(try ForecastFileTests.contents("prognose-test.csv", outcome)).contains("Jobcenter"))
    }

    @Test func aJobcenterLineFromSomeMunicipalitiesIsMarked() throws {
        // skip_latest_months 2 and run_rate: k = 1; Vallensbæk's Kontanthjælp (January 6) has a
        // forecast, Ishøj's has none, so the jobcenter's Kontanthjælp is Vallensbæk's alone.
        let md = try Self.files { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8) + "forecast:\n  skip_latest_months: 2\n  method: run_rate\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
        }.md
        #expect(md.contains("\n| Kontanthjælp | 800.000 | 6 \\* | 6 \\* | 600.000 \\* | 100.000 merforbrug \\* |\n"))
        #expect(md.contains("\n\\* Kontanthjælp: prognose for 1 af 2 kommuner; Ishøj har ingen prognose.\n"))
        #expect(md.contains("\nForventet merforbrug 500.000 kr. på 2 ydelser.\n"))
        #expect(md.contains("\nPrognosen for hele 2017 bygger på helårspersonerne i januar 2017 (de seneste 2 måneder før 31.3.2017 er udeladt) og metoden run_rate: niveauet til dato fortsætter resten af året.".replacing("_", with: "\\_")))
    }

    /// A corrected budget (budget versions): both budgets in the table, the variance against the
    /// corrected one, and its level as a second line in the chart and a row of the month sheet.
    /// Vallensbæk's A-dagpenge corrected to 900.000 kr. (9 helårspersoner at 100.000): 923.628,82
    /// − 900.000 = 23.628,82 kr. merforbrug.
    @Test func aCorrectedBudgetIsShownBesideTheOriginal() throws {
        let files = try Self.files { folder in
            let url = folder.appendingPathComponent("Input/budget/budget-2017.csv")
            let text = "kommune;år;ydelse;beløb;version\nVallensbæk;2017;A-dagpenge;1.000.000;\nVallensbæk;2017;Kontanthjælp;500.000;\n"
                + "Ishøj;2017;A-dagpenge;2.000.000;\nIshøj;2017;Kontanthjælp;300.000;\nVallensbæk;2017;A-dagpenge;900.000;korrigeret\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(files.md.contains("""
            | Ydelse | Budget 2017, kr. | Korrigeret budget 2017, kr. | Helårspersoner til dato (jan.–mar.) | Prognose, helårspersoner | Prognose, kr. | Forventet mer-/mindreforbrug, kr. |
            | :-- | --: | --: | --: | --: | --: | --: |
            | A-dagpenge | 1.000.000 | 900.000 | 13 | 9 | 923.629 | 23.629 merforbrug |
            | Kontanthjælp | 500.000 | 500.000 | – | – | – | – |
            | **I alt** | **1.500.000** | **1.400.000** | **13** \\*\\* | **9** \\*\\* | **923.629** \\*\\* | **23.629 merforbrug** \\*\\* |
            """))
        #expect(files.md.contains("\n| A-dagpenge | 3.000.000 | 2.900.000 | 25 | 21 | 3.323.629 | 423.629 merforbrug |\n"))
        #expect(files.md.contains("minus budgettet, det korrigerede hvor der er et."))
        #expect(files.html.contains("data-years=\"2015 2016 2017\" data-budgets=\"2\""))
        let rows = try Self.sheetRows(files.xlsx, name: "Måneder")
        #expect(rows[5] == ["Vallensbæk", "A-dagpenge", "Korrigeret budget 2017"] + Array(repeating: "9", count: 12))
    }

    @Test func withoutACutoffNothingChanges() throws {
        let files = try Self.files { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "cutoff: 2017-03-31\n", with: "")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(!files.md.contains("Budgetopfølgning"))
        #expect(!files.html.contains("Budgetopfølgning") && !files.html.contains("section.months"))
        let parts = try XLSXWorkbookTests.parts(files.xlsx)
        #expect(parts.filter { $0.path.hasPrefix("xl/worksheets/") }.count == 6)
        let styles = try #require(parts.first { $0.path == "xl/styles.xml" }?.text)
        #expect(!styles.contains("merforbrug") && styles.contains("<cellXfs count=\"12\">"))
    }

    @Test func theSentenceSpellsOutTheDirection() {
        #expect(ForecastText.variance(Exact(units: -7_637_118, scale: 2)) == "76.371 mindreforbrug")
        #expect(ForecastText.variance(Exact(400_000)) == "400.000 merforbrug")
        #expect(ForecastText.variance(Exact(units: 49, scale: 2)) == "0")
        #expect(ForecastText.amount(Exact(3_449_999)) == "3,4 mio. kr.")
        #expect(ForecastText.amount(Exact(-3_450_000)) == "3,5 mio. kr.")
        #expect(ForecastText.amount(Exact(units: 99_999_950, scale: 2)) == "1,0 mio. kr.")
        #expect(ForecastText.amount(Exact(units: 99_999_949, scale: 2)) == "999.999 kr.")
    }

    @Test func theSentenceWhenTheVarianceIsNilOrNone() throws {
        // Ishøj's budget for A-dagpenge at its forecast: no variance left.
        let balanced = try Self.files { folder in
            let url = folder.appendingPathComponent("Input/budget/budget-2017.csv")
            let text = try String(contentsOf: url, encoding: .utf8).replacing("Ishøj;2017;A-dagpenge;2.000.000", with: "Ishøj;2017;A-dagpenge;2.400.000")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }.md
        #expect(balanced.contains("\n### Ishøj\n\nIntet forventet mer- eller mindreforbrug på 1 af 2 ydelser (1 uden prognose).\n"))
        // A cut-off before the end of January: no month counts, no forecast anywhere.
        let none = try Self.files { folder in
            let url = folder.appendingPathComponent("pipeline.yml")
            let text = try String(contentsOf: url, encoding: .utf8).replacing("cutoff: 2017-03-31", with: "cutoff: 2017-01-30")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }.md
        #expect(none.contains("\n## Budgetopfølgning pr. 30.1.2017\n\nIngen hel måned af 2017 før 30.1.2017 tæller med, så der er ingen prognose.\n"))
        #expect(none.contains("\n### Vallensbæk\n\nIngen prognose for nogen af de 2 ydelser.\n"))
    }

    @Test func theBackTestLine() {
        let tests = [ForecastTest(method: .seasonal, year: 2015, forecast: Exact(99), actual: Exact(100)),
                     ForecastTest(method: .seasonal, year: 2016, forecast: Exact(53), actual: Exact(50)),
                     ForecastTest(method: .seasonal, year: 2016, forecast: Exact(2), actual: Exact(0)),
                     ForecastTest(method: .runRate, year: 2016, forecast: Exact(10), actual: Exact(8))]
        // seasonal: |−1 %| and |+6 %| (the row with A = 0 has no fejl_pct), mean 3,5 %.
        #expect(ForecastText.backTest(.seasonal, tests) == "seasonal ville i 2015 og 2016 have ramt 3,5 % ved siden af i gennemsnit over 2 prognoser.")
        #expect(ForecastText.backTest(.runRate, tests) == "run_rate ville i 2016 have ramt 25,0 % ved siden af.")
        #expect(ForecastText.backTest(.latest, tests) == "latest kan ikke efterprøves: der er for få tidligere år med alle 12 måneder.")
    }

    /// The monthly charts: one per municipality (and the jobcenter) and benefit with monthly
    /// values, each with one `path.year` per year and one `line.budget`.
    @Test func everyChartHasItsSeries() throws {
        let html = try Self.files().html
        #expect(!html.contains("<script") && !html.contains("http:") && !html.contains("https:"))
        let parsed = ParsedMarkup(html, html: true)
        #expect(parsed.unexpectedProblems.map(\.description) == [])
        #expect(ParsedMarkup(html, html: false).problems.map(\.description) == [])
        let sections = parsed.elements("section").filter { parsed.attribute("class", of: $0) == "months" }
        #expect(sections.map { parsed.text(of: parsed.elements("h2", in: $0)[0]) } == [
            "Helårspersoner pr. måned: Vallensbæk", "Helårspersoner pr. måned: Ishøj", "Helårspersoner pr. måned: Jobcenter Vallensbæk i alt",
        ])
        let charts = parsed.elements("figure").filter { parsed.attribute("class", of: $0) == "month-chart" }
        #expect(charts.map { parsed.text(of: parsed.elements("figcaption", in: $0)[0]) } == ["A-dagpenge", "Kontanthjælp", "A-dagpenge", "A-dagpenge"])
        let svgs = charts.map { parsed.elements("svg", in: $0)[0] }
        #expect(svgs.map { parsed.attribute("data-years", of: $0) } == ["2015 2016 2017", "2017", "2017", "2017"])
        for svg in svgs {
            let paths = parsed.elements("path", in: svg).filter { parsed.attribute("class", of: $0) == "year" }
            #expect(paths.map { parsed.attribute("data-year", of: $0) } == parsed.attribute("data-years", of: svg)?.split(separator: " ").map(String.init))
            let budgets = parsed.elements("line", in: svg).filter { parsed.attribute("class", of: $0)?.hasPrefix("budget") == true }
            #expect(budgets.count == 1)
        }
        // Vallensbæk's A-dagpenge 2017: January to March only (April's 99 is after the cut-off);
        // its Kontanthjælp misses February, so the line breaks there.
        let first = parsed.elements("path", in: svgs[0]).map { parsed.attribute("d", of: $0) ?? "" }
        #expect(first.map { $0.filter { $0 == "L" }.count } == [11, 11, 2])
        let broken = try #require(parsed.elements("path", in: svgs[1]).first.flatMap { parsed.attribute("d", of: $0) })
        #expect(broken.filter { $0 == "M" }.count == 2 && !broken.contains("L"))
        #expect(html.contains("<title>Helårspersoner pr. måned, Vallensbæk, A-dagpenge</title>"))
    }

    /// The workbook's month sheet, read back: one row per municipality × benefit × series, the
    /// months as numbers.
    @Test func theMonthSheetHoldsTheSeriesAsNumbers() throws {
        let rows = try Self.sheetRows(try Self.files().xlsx, name: "Måneder")
        #expect(rows.first == ["Kommune", "Ydelse", "Serie", "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."])
        #expect(rows.dropFirst().map { $0.prefix(3).joined(separator: "|") } == [
            "Vallensbæk|A-dagpenge|2015", "Vallensbæk|A-dagpenge|2016", "Vallensbæk|A-dagpenge|2017", "Vallensbæk|A-dagpenge|Budget 2017",
            "Vallensbæk|Kontanthjælp|2017", "Vallensbæk|Kontanthjælp|Budget 2017",
            "Ishøj|A-dagpenge|2017", "Ishøj|A-dagpenge|Budget 2017",
            "Jobcenter Vallensbæk i alt|A-dagpenge|2017", "Jobcenter Vallensbæk i alt|A-dagpenge|Budget 2017",
        ])
        #expect(rows[2].dropFirst(3) == ["5", "10", "5", "4", "4", "4", "4", "4", "4", "4", "4", "4"])
        #expect(rows[3].dropFirst(3) == ["10", "20", "10"])
        #expect(Array(rows[4].dropFirst(3)) == Array(repeating: "10", count: 12))
        #expect(rows[5].dropFirst(3) == ["6", "", "6"])
        #expect(rows[9].dropFirst(3) == ["22", "32", "22"])
    }

    /// The follow-up sheet: the same table, the variance a signed number shown with its word.
    @Test func theFollowUpSheetKeepsSignedNumbers() throws {
        let data = try Self.files().xlsx
        let rows = try Self.sheetRows(data, name: "Budgetopfølgning")
        #expect(rows[0] == ["Ydelse", "Budget 2017, kr.", "Helårspersoner til dato (jan.–mar.)", "Prognose, helårspersoner", "Prognose, kr.",
                            "Forventet mer-/mindreforbrug, kr."])
        #expect(rows[1] == ["Vallensbæk"] && rows[2] == ["Forventet mindreforbrug 76.371 kr. på 1 af 2 ydelser (1 uden prognose)."])
        #expect(rows[3] == ["A-dagpenge", "1000000", "13.1111", "9.2363", "923628.82", "-76371.18"])
        #expect(rows[5] == ["I alt", "1500000", "13.1111", "9.2363", "923628.82", "-76371.18"])
        #expect(rows[6] == ["Kontanthjælp: ingen prognose, måned 2 mangler."])
        let parts = try XLSXWorkbookTests.parts(data)
        let styles = try #require(parts.first { $0.path == "xl/styles.xml" }?.text)
        #expect(styles.contains("<numFmt numFmtId=\"169\" formatCode=\"#,##0&quot; merforbrug&quot;;#,##0&quot; mindreforbrug&quot;;0\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"171\" formatCode=\"#,##0&quot; merforbrug **&quot;;#,##0&quot; mindreforbrug **&quot;;0&quot; **&quot;\"/>"))
        #expect(styles.contains("<cellXfs count=\"16\">"))
    }

    /// bilag1.md, rapport.html and the workbook walk one layout: the same units, sentences,
    /// column titles and footnotes in each.
    @Test func everyRendererShowsTheSameFollowUp() throws {
        let files = try Self.files()
        struct Shown: Equatable {
            var title: String
            var sentence: String
            var header: [String]
            var notes: [String]
        }
        let markdown = files.md.components(separatedBy: "\n### ").dropFirst().map { section in
            let lines = section.split(separator: "\n").map(String.init)
            let header = lines.first { $0.hasPrefix("| Ydelse |") } ?? ""
            let notes = lines.dropFirst(2).filter { !$0.hasPrefix("|") && !$0.hasPrefix("- ") && !$0.hasPrefix("Metoderne") }
            return Shown(title: lines[0], sentence: lines[1], header: header.dropFirst(2).dropLast(2).components(separatedBy: " | "),
                         notes: notes.map { $0.replacing("\\", with: "") })
        }
        let parsed = ParsedMarkup(files.html, html: true)
        let html = parsed.elements("section").filter { parsed.attribute("class", of: $0) == "forecast" }.map { section in
            let title = parsed.text(of: parsed.elements("h2", in: section)[0])
            let sentence = parsed.elements("p", in: section).first { parsed.attribute("class", of: $0) == "sentence" }.map { parsed.text(of: $0) }
            let header = parsed.elements("th", in: parsed.elements("thead", in: section)[0]).map { parsed.text(of: $0).replacing("\u{AD}", with: "") }
            let notes = parsed.elements("p", in: section).filter { parsed.attribute("class", of: $0) == "note" }.map { parsed.text(of: $0) }
            return Shown(title: String(title.dropFirst("Budgetopfølgning pr. 31.3.2017: ".count)), sentence: sentence ?? "", header: header, notes: notes)
        }
        #expect(markdown.count == 3)
        #expect(html == markdown)
        let rows = try Self.sheetRows(files.xlsx, name: "Budgetopfølgning")
        #expect(rows[0] == markdown[0].header)
        let workbook = markdown.map { unit -> Shown in
            let start = rows.firstIndex { $0 == [unit.title] } ?? 0
            let total = rows[start...].firstIndex { $0.first == "I alt" } ?? start
            let notes = rows[(total + 1)...].prefix { $0.count == 1 && !$0[0].hasPrefix(ForecastText.backTestHeading) }.map { $0[0] }
            return Shown(title: rows[start][0], sentence: rows[start + 1][0], header: rows[0], notes: notes)
        }
        #expect(workbook == markdown)
    }

    /// A sheet's rows as the texts and number literals of their cells (empty for a skipped or
    /// empty column; none after the last value).
    static func sheetRows(_ data: Data, name: String) throws -> [[String]] {
        let parts = try XLSXWorkbookTests.parts(data)
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        let names = workbook.matches(of: /<sheet name="([^"]*)"/).map { String($0.1) }
        let index = try #require(names.firstIndex(of: name), "no sheet \(name) in \(names)")
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
            .matches(of: /<t[^>]*>([^<]*)<\/t>/).map { String($0.1).replacing("&amp;", with: "&") }
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet\(index + 1).xml" }?.text)
        return sheet.matches(of: /<row r="\d+">(.*?)<\/row>|<row r="\d+"\/>/).map { row in
            var cells: [String] = []
            for cell in (row.1 ?? "").matches(of: /<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>(.*?)<\/c>)/) {
                let column = cell.1.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                while cells.count < column { cells.append("") }
                let body = String(cell.2 ?? "")
                let value = body.firstMatch(of: /<v>([^<]*)<\/v>/).map { String($0.1) } ?? ""
                cells.append(cell.0.contains("t=\"s\"") ? Int(value).map { strings[$0] } ?? "" : value)
            }
            while cells.last == "" { cells.removeLast() }
            return cells
        }
    }
}
