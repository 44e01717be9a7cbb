import CaseloadKit
import Foundation
import Testing

/// prior_years: each must be before the budget year (an error at its place otherwise), and
/// one without any actuals draws a warning at its place in pipeline.yml.
@Suite struct PriorYearsConfigTests {
    static let files = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000\nIshøj;2017;A-dagpenge;3.000\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
        "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;10\nIshøj;2015;A-dagpenge;30\n",
    ]

    static func refusal(_ scenario: Scenario) throws -> [String] {
        do {
            _ = try ConfigLoader.load(scenario.configURL)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aPriorYearAfterTheBudgetYearIsAnError() throws {
        let scenario = try Scenario(Self.files, priorYears: [2015, 2019])
        #expect(try Self.refusal(scenario) == [
            "pipeline.yml:2:21: error: prior year 2019 is not before the budget year 2017; prior_years are earlier years whose actuals are set beside the budget",
        ])
    }

    @Test func theBudgetYearAsAPriorYearIsAnError() throws {
        let scenario = try Scenario(Self.files)
        try scenario.write("pipeline.yml", "year: 2017\nprior_years: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n")
        #expect(try Self.refusal(scenario) == [
            "pipeline.yml:2:14: error: prior year 2017 is not before the budget year 2017; prior_years are earlier years whose actuals are set beside the budget",
        ])
        do {
            _ = try ConfigLoader.load(scenario.configURL)
        } catch {
            #expect(error.diagnostics.map { $0.rendered(.da) } == [
                "pipeline.yml:2:14: fejl: det tidligere år 2017 ligger ikke før budgetåret 2017; prior_years er tidligere år, hvis faktiske tal stilles ved siden af budgettet",
            ])
        }
    }

    @Test func aPriorYearWithoutActualsIsAWarningAtItsPlace() throws {
        let scenario = try Scenario(Self.files, priorYears: [2016, 2015])
        let outcome = try scenario.evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "pipeline.yml:2:15: warning: prior year 2016 has no actuals in the files read (Input/faktisk/f.csv): its column stays empty and gives no flags (add its actuals, or remove 2016 from prior_years)",
        ])
        #expect(outcome.diagnostics.diagnostics.map { $0.rendered(.da) } == [
            "pipeline.yml:2:15: advarsel: det tidligere år 2016 har ingen faktiske tal i de læste filer (Input/faktisk/f.csv): kolonnen for 2016 er tom og giver ingen flag (tilføj årets faktiske tal, eller fjern 2016 fra prior_years)",
        ])
    }

    @Test func theDefaultPriorYearIsNamedAtTheBudgetYear() throws {
        var files = Self.files
        files["Input/faktisk/f.csv"] = "kommune;år;ydelse;helårspersoner\nVallensbæk;2017;A-dagpenge;10\nIshøj;2017;A-dagpenge;30\n"
        let scenario = try Scenario(files)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n  actuals: Input/faktisk\n")
        #expect(try scenario.diagnostics() == [
            "pipeline.yml:1:7: warning: prior year 2015 has no actuals in the files read (Input/faktisk/f.csv): its column stays empty and gives no flags (add its actuals, or remove 2015 from prior_years)",
        ])
    }

    @Test func withoutActualsInputsNoPriorYearIsChecked() throws {
        var files = Self.files
        files["Input/faktisk/f.csv"] = nil
        #expect(try Scenario(files, priorYears: [2016]).diagnostics() == [])
    }
}
