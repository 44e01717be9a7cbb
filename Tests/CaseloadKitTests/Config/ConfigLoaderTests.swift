import CaseloadKit
import Foundation
import Testing

/// pipeline.yml: every problem is an error with its line (and column) in the file.
@Suite struct ConfigLoaderTests {
    /// A folder with the inputs a pipeline.yml may name.
    static func folder() throws -> URL {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
        ])
        return scenario.folder
    }

    func messages(_ yaml: String) throws -> [String] {
        let base = try Self.folder()
        do {
            _ = try ConfigLoader.parse(yaml, file: "pipeline.yml", base: base)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let inputs = """
    inputs:
      catalog: Input/ydelser.csv
      budget: Input/budget
      rates: Input/takster
    """

    @Test func aValidFileLoadsWithDefaults() throws {
        let config = try ConfigLoader.parse("year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\n" + Self.inputs,
                                            file: "pipeline.yml", base: try Self.folder())
        #expect(config.year == 2017)
        #expect(config.priorYears == [2015])
        #expect(config.municipalities.map(\.name) == ["Vallensbæk", "Ishøj"])
        #expect(config.jobcenter == nil)
        #expect(config.cutoff == nil)
        #expect(config.numberStyle == .da)
        #expect(config.output == "Output")
        #expect(config.inputs.budget.map(\.path) == ["Input/budget/b.csv"])
    }

    @Test func unknownKeysAreErrorsWithASuggestion() throws {
        #expect(try messages("yaer: 2017\nyear: 2017\nmunicipalities: [Ishøj]\n" + Self.inputs + "\n  actual: Input/faktisk\n") == [
            "pipeline.yml:1:1: error: unknown key \"yaer\"; did you mean \"year\"?; known keys: year, prior_years, municipalities, jobcenter, cutoff, number_style, inputs, output, reports, flags, forecast, peers",
            "pipeline.yml:8:3: error: unknown key \"inputs.actual\"; did you mean \"actuals\"?; known keys: catalog, budget, rates, actuals, cases, goals, labour_force, jobindsats_measure",
        ])
    }

    @Test func aYearThatIsNotAYear() throws {
        #expect(try messages("year: twenty17\nprior_years: [15]\nmunicipalities: [Ishøj]\n" + Self.inputs) == [
            "pipeline.yml:1:7: error: year \"twenty17\" is not a year; write four digits, e.g. 2017",
            "pipeline.yml:2:15: error: prior year \"15\" is not a year; write four digits, e.g. 2017",
        ])
    }

    @Test func wrongTypes() throws {
        #expect(try messages("year: 2017\nmunicipalities: Ishøj\nnumber_style: danish\njobcenter: [a, b]\n" + Self.inputs) == [
            "pipeline.yml:2:17: error: municipalities must be a list of names, e.g. [Vallensbæk, Ishøj]",
            "pipeline.yml:4:12: error: jobcenter must be text, found a list",
            "pipeline.yml:3:15: error: number_style \"danish\" must be da or international",
        ])
    }

    @Test func missingRequiredKeysAndInputs() throws {
        #expect(try messages("municipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n") == [
            "pipeline.yml:1: error: missing required key \"year\"",
            "pipeline.yml:3:3: error: missing required key \"inputs.budget\"",
            "pipeline.yml:3:3: error: missing required key \"inputs.rates\"",
        ])
    }

    @Test func pathsThatDoNotExist() throws {
        #expect(try messages("year: 2017\nmunicipalities: [Ishøj]\n" + Self.inputs + "\n  actuals: [Input/faktisk, Input/mangler.csv]\n") == [
            // A missing actuals folder is a warning (before the first fetch); a missing file is not.
            "pipeline.yml:7:28: error: inputs.actuals: \"Input/mangler.csv\" does not exist (paths are relative to the folder of pipeline.yml)",
        ])
    }

    @Test func theSameFileTwiceIsAnError() throws {
        #expect(try messages("year: 2017\nmunicipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: [Input/budget, Input/budget/b.csv]\n  rates: Input/takster\n") == [
            "pipeline.yml:5:11: error: inputs.budget names \"Input/budget/b.csv\" twice",
        ])
    }

    @Test func cutoffOutsideTheBudgetYearOrNotADate() throws {
        #expect(try messages("year: 2017\ncutoff: 2016-12-31\nmunicipalities: [Ishøj]\n" + Self.inputs) == [
            "pipeline.yml:2:9: error: cutoff 2016-12-31 is outside the budget year 2017",
        ])
        #expect(try messages("year: 2017\ncutoff: 2017-02-30\nmunicipalities: [Ishøj]\n" + Self.inputs) == [
            "pipeline.yml:2:9: error: cutoff \"2017-02-30\" is not a date: February 2017 has 28 days",
        ])
        #expect(try messages("year: 2017\ncutoff: 30-9-2017x\nmunicipalities: [Ishøj]\n" + Self.inputs) == [
            "pipeline.yml:2:9: error: cutoff \"30-9-2017x\" is not a date; write it as 2017-03-01, 01-03-2017 or 1.3.2017",
        ])
    }

    @Test func cutoffMayBeWrittenTheDanishWay() throws {
        let base = try Self.folder()
        for written in ["30.09.2017", "30.9.2017", "30-09-2017", "2017-09-30"] {
            let config = try ConfigLoader.parse("year: 2017\ncutoff: \(written)\nmunicipalities: [Ishøj]\n" + Self.inputs,
                                                file: "pipeline.yml", base: base)
            #expect(config.cutoff == Day(iso: "2017-09-30"), "\(written)")
        }
    }

    @Test func invalidYAMLNamesTheLine() throws {
        #expect(try messages("year: 2017\nmunicipalities: [Ishøj\n" + Self.inputs) == [
            "pipeline.yml:3:7: error: pipeline.yml is not valid YAML: did not find expected ',' or ']'",
        ])
    }

    @Test func aMunicipalityNamedTwice() throws {
        #expect(try messages("year: 2017\nmunicipalities: [Ishøj, ' ISHØJ']\n" + Self.inputs) == [
            "pipeline.yml:2:25: error: municipality \"ISHØJ\" is named twice",
        ])
    }
}
