@testable import CaseloadKit
import Foundation
import Testing

/// Saved Jobindsats responses (v2 and v3 JSON) as actuals, through real files and the whole
/// pipeline (sources.md, "Jobindsats API responses").
@Suite struct JobindsatsReaderTests {
    static let catalog = """
    id;navn;aliaser;jobindsats
    a-dagpenge;A-dagpenge;;y01a02
    kontanthjaelp;Kontanthjælp;Kontanthjælp/Særl. udd.ydelse;y60a02
    sygedagpenge;Sygedagpenge;;Y07A02

    """
    static let budget = """
    kommune;år;ydelse;beløb
    Vallensbæk;2017;A-dagpenge;1.000.000
    Ishøj;2017;A-dagpenge;2.000.000
    Vallensbæk;2017;Kontanthjælp;1.000.000
    Ishøj;2017;Kontanthjælp;1.000.000
    Vallensbæk;2017;Sygedagpenge;1.000.000
    Ishøj;2017;Sygedagpenge;1.000.000

    """
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;200.000\n*;2017;Kontanthjælp;100.000\n*;2017;Sygedagpenge;100.000\n"

    /// A v2 response: an array of tables with Variables (Name, Label) and Data.
    static let v2Monthly = """
    [{"TableID": "y01a02",
      "Variables": [{"Name": "area", "Label": "Område"}, {"Name": "period", "Label": "Periode"},
                    {"Name": "y01a02_m1", "Label": "Antal personer"}, {"Name": "y01a02_m2", "Label": "Antal fuldtidspersoner"}],
      "Data": [["Vallensbæk", "2017M01", 260, 200],
               ["Vallensbæk", "2017M02", 270, "210,5"],
               ["Vallensbæk", "2017M03", 280, 220],
               ["Hele landet", "2017M01", 99000, 80000],
               ["Ishøj", "2017M01", "..", ".."],
               ["Ishøj", "2017M02", 700, 500.25]]}]

    """

    func scenario(_ files: [String: String], cutoff: String? = "2017-02-28", pipeline: String? = nil) throws -> Scenario {
        var all = ["Input/ydelser.csv": Self.catalog, "Input/budget/b.csv": Self.budget, "Input/takster/t.csv": Self.rates]
        for (path, text) in files { all[path] = text }
        return try Scenario(all, pipeline: pipeline, cutoff: cutoff)
    }

    @Test func v2MonthlyResponseGivesTheDaysWeightedMeanUpToTheCutoff() throws {
        let scenario = try scenario(["Input/faktisk/svar.json": Self.v2Monthly])
        let vallensbaek = try #require(try scenario.row("Vallensbæk", "a-dagpenge"))
        #expect(vallensbaek["helaarspersoner_faktisk"] == "204.9831")  // (200 × 31 + 210,5 × 28) / 59 = 12094 / 59
        let ishoej = try #require(try scenario.row("Ishøj", "a-dagpenge"))
        #expect(ishoej["helaarspersoner_faktisk"] == "500.2500")
        let outcome = try scenario.evaluate()
        let tally = try #require(outcome.ledger.tallies["Input/faktisk/svar.json"])
        #expect(tally == InputLedger.Tally(read: 6, used: 3, ignored: ["after the cut-off": 1, "another municipality": 1, "no value (..)": 1]))
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/faktisk/svar.json, $[0].Data[5]: warning: Ishøj, 2017, A-dagpenge has no row for January: the figure is the mean of February (1 month), not of January and February",
            "pipeline.yml:2:15: warning: prior year 2015 has no actuals in the files read (Input/faktisk/svar.json): its column stays empty and gives no flags (add its actuals, or remove 2015 from prior_years)",
        ])
    }

    @Test func v3ResponseWithABenefitColumnMatchesCatalogNamesAndAliases() throws {
        let scenario = try scenario(["Input/faktisk/alle.json": """
        {"columns": ["Periode", "Område", "Ydelsesgruppe", "Antal fuldtidspersoner"],
         "rows": [["2015", "Vallensbæk", "Kontanthjælp/Særl. udd.ydelse", "1.234,5"],
                  ["2015Y01", "Ishøj", "kontanthjælp", 638],
                  ["2015", "Ishøj", "Ydelsesgrupper i alt", 5000]]}

        """], cutoff: nil)
        let vallensbaek = try #require(try scenario.row("Vallensbæk", "kontanthjaelp"))
        #expect(vallensbaek["helaarspersoner_2015"] == "1234.5000")
        let ishoej = try #require(try scenario.row("Ishøj", "kontanthjaelp"))
        #expect(ishoej["helaarspersoner_2015"] == "638.0000")
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/alle.json, $.rows[2][2]: warning: row skipped: Ydelsesgruppe \"Ydelsesgrupper i alt\" marks a total row, and caseload makes its totals from the other rows",
        ])
    }

    @Test func tableWithoutBenefitColumnIsFoundByTheFileNameInTheCatalog() throws {
        let scenario = try scenario(["Input/faktisk/y07a02-2015.json": """
        {"columns": ["area", "period", "Antal fuldtidspersoner"],
         "rows": [["Vallensbæk", "2015", 154], ["Ishøj", "2015", 286.5]]}

        """], cutoff: nil)
        #expect(try scenario.row("Ishøj", "sygedagpenge")?["helaarspersoner_2015"] == "286.5000")
    }

    @Test func tableNoCatalogRowNamesIsAnErrorNamingIt() throws {
        let scenario = try scenario(["Input/faktisk/y99a99.json": """
        [{"Variables": [{"Name": "area", "Label": "Område"}, {"Name": "period", "Label": "Periode"},
                        {"Name": "m", "Label": "Antal fuldtidspersoner"}],
          "Data": [["Ishøj", "2015", 1]]}]

        """], cutoff: nil)
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/y99a99.json, $[0]: error: Jobindsats table \"y99a99\" (taken from the file name: the response has no TableID) has no benefit column, and no catalog row names it in its \"jobindsats\" column; add y99a99 there to the benefit the table counts",
        ])
    }

    @Test func quarterWeekAndOtherPeriodsAreErrorsNamingTheValue() throws {
        let scenario = try scenario(["Input/faktisk/y01a02.json": """
        {"columns": ["area", "period", "Antal fuldtidspersoner"],
         "rows": [["Ishøj", "2017QMAR", 1], ["Ishøj", "2017Q1", 1], ["Ishøj", "2017U05", 1], ["Ishøj", "marts 2017", 1],
                  ["Ishøj", "2017M13", 1]]}

        """])
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/y01a02.json, $.rows[0][1]: error: period \"2017QMAR\" is a quarter; caseload reads months (2017M03) or whole years (2017): download the table by month",
            "Input/faktisk/y01a02.json, $.rows[1][1]: error: period \"2017Q1\" is a quarter; caseload reads months (2017M03) or whole years (2017): download the table by month",
            "Input/faktisk/y01a02.json, $.rows[2][1]: error: period \"2017U05\" is a week; caseload reads months (2017M03) or whole years (2017): download the table by month",
            "Input/faktisk/y01a02.json, $.rows[3][1]: error: period \"marts 2017\" is not a month (2017M03) or a year (2017)",
            "Input/faktisk/y01a02.json, $.rows[4][1]: error: period \"2017M13\" is not a month (2017M03) or a year (2017)",
        ])
    }

    @Test func anotherMeasureIsNamedInPipelineYml() throws {
        let response = """
        {"columns": ["area", "period", "Faktisk antal"], "rows": [["Ishøj", "2015", "12,25"]]}

        """
        let missing = try scenario(["Input/faktisk/y01a02.json": response], cutoff: nil)
        let diagnostics = try missing.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/y01a02.json, $.columns: error: no column \"Antal fuldtidspersoner\" in this Jobindsats table (it has \"area\", \"period\", \"Faktisk antal\"); a measure other than \"Antal fuldtidspersoner\" is named by inputs.jobindsats_measure in pipeline.yml",
        ])
        let named = try scenario(["Input/faktisk/y01a02.json": response], pipeline: """
        year: 2017
        prior_years: [2015]
        municipalities: [Vallensbæk, Ishøj]
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster
          actuals: Input/faktisk
          jobindsats_measure: faktisk ANTAL

        """)
        #expect(try named.row("Ishøj", "a-dagpenge")?["helaarspersoner_2015"] == "12.2500")
    }

    @Test func theSameMonthFromAResponseAndACSVFileIsAnErrorNamingBoth() throws {
        let scenario = try scenario([
            "Input/faktisk/a.csv": "kommune;år;ydelse;helårspersoner;måned\nIshøj;2017;A-dagpenge;5;2\n",
            "Input/faktisk/b.json": """
            {"TableID": "y01a02", "columns": ["area", "period", "Antal fuldtidspersoner"],
             "rows": [["Ishøj", "2017M01", 4], ["Ishøj", "2017M02", 6]]}

            """,
        ])
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/b.json, $.rows[1]: error: actuals for Ishøj, 2017, A-dagpenge come both from Input/faktisk/a.csv:2 and from this row of another kind of file (a Jobindsats response and a CSV file); keep one source",
        ])
    }

    @Test func malformedFilesAreLocatedErrors() throws {
        let notJSON = try scenario(["Input/faktisk/y01a02.json": "[{\"Variables\": "])
        let notJSONDiagnostics = try notJSON.diagnostics()
        #expect(notJSONDiagnostics.count == 1)
        #expect(notJSONDiagnostics.first?.hasPrefix("Input/faktisk/y01a02.json: error: not a JSON file (") == true)
        let shapes = [
            ("{\"data\": []}", "Input/faktisk/y01a02.json, $: error: not a Jobindsats response: expected an array of tables with \"Variables\" and \"Data\" (API v2) or an object with \"columns\" and \"rows\" (API v3)"),
            ("[{\"Variables\": []}]", "Input/faktisk/y01a02.json, $[0]: error: no \"Data\" in this Jobindsats table"),
            ("[{\"Variables\": [{\"Label\": \"x\"}], \"Data\": []}]", "Input/faktisk/y01a02.json, $[0].Variables[0]: error: a variable without a text \"Name\""),
            ("{\"columns\": [\"area\", \"period\", \"Antal fuldtidspersoner\"], \"rows\": [[\"Ishøj\", \"2017M01\"], [\"Ishøj\", \"2017M02\", true], [null, \"2017M03\", 1]]}",
             "Input/faktisk/y01a02.json, $.rows[0]: error: the row has 2 values, the table 3 columns"),
        ]
        for (text, expected) in shapes {
            let scenario = try scenario(["Input/faktisk/y01a02.json": text])
            #expect(try scenario.diagnostics().first == expected)
        }
        let cells = try scenario(["Input/faktisk/y01a02.json": shapes[3].0])
        let cellDiagnostics = try cells.diagnostics()
        #expect(cellDiagnostics == [
            "Input/faktisk/y01a02.json, $.rows[0]: error: the row has 2 values, the table 3 columns",
            "Input/faktisk/y01a02.json, $.rows[1][2]: error: Antal fuldtidspersoner: … is not a number (a JSON number or text like 1.234,5; \"..\", \"-\" or empty for no value)",
            "Input/faktisk/y01a02.json, $.rows[2][0]: error: area: expected text, found null",
        ])
    }

    @Test func aTableNamedByTwoCatalogRowsIsACatalogError() throws {
        let scenario = try scenario(["Input/ydelser.csv": "id;navn;aliaser;jobindsats\na-dagpenge;A-dagpenge;;y01a02\nkontanthjaelp;Kontanthjælp;;y60a02|Y01A02\nsygedagpenge;Sygedagpenge;;y07-a02\n"])
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/ydelser.csv:3:29: error: jobindsats: table \"Y01A02\" is already the table of \"a-dagpenge\" (Input/ydelser.csv:2); a table of one benefit belongs to one catalog row",
            "Input/ydelser.csv:4:28: error: jobindsats: \"y07-a02\" is not a Jobindsats table id (letters and digits, e.g. y01a02)",
        ])
    }

    @Test(arguments: [
        ("2017M03", JobindsatsPeriod.month(year: 2017, month: 3)), ("2017m3", .month(year: 2017, month: 3)),
        ("2017M12", .month(year: 2017, month: 12)), ("2017", .year(2017)), (" 2017Y01 ", .year(2017)),
    ])
    func periodSpellings(_ text: String, _ period: JobindsatsPeriod) {
        #expect(JobindsatsPeriod.parse(text) == .success(period))
    }

    @Test func periodProblems() {
        #expect(JobindsatsPeriod.parse("2017QMAR") == .failure(.quarter))
        #expect(JobindsatsPeriod.parse("2017K1") == .failure(.quarter))
        #expect(JobindsatsPeriod.parse("2017W05") == .failure(.week))
        #expect(JobindsatsPeriod.parse("2017M0") == .failure(.unknown))
        #expect(JobindsatsPeriod.parse("2017Y02") == .failure(.unknown))
        #expect(JobindsatsPeriod.parse("17M03") == .failure(.unknown))
    }

    @Test func jsonNumbersAreReadByTheirDecimalText() throws {
        let data = Data("[[0.1, 205, 1e-05, 2.50, true, null, \"x\"]]".utf8)
        let row = try #require(try JSONSerialization.jsonObject(with: data) as? [[Any]]).first ?? []
        #expect(row.map(JobindsatsCell.init) == [.number("0.1"), .number("205"), .number("0.00001"), .number("2.5"), .other, .null, .text("x")])
    }
}
