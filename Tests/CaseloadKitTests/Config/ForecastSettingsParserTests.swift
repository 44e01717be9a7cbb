@testable import CaseloadKit
import Foundation
import Testing

/// pipeline.yml's `forecast:` mapping (forecast.md): defaults, values, and errors at their lines.
@Suite struct ForecastSettingsParserTests {
    static let head = """
    year: 2017
    municipalities: [Ishøj]
    inputs:
      catalog: Input/ydelser.csv
      budget: Input/budget
      rates: Input/takster

    """

    static func parse(_ tail: String) throws -> Result<PipelineConfig, ConfigLoader.Failure> {
        let base = try ConfigLoaderTests.folder()
        do {
            return .success(try ConfigLoader.parse(head + tail, file: "pipeline.yml", base: base))
        } catch {
            return .failure(error)
        }
    }

    static func messages(_ tail: String) throws -> [String] {
        guard case .failure(let failure) = try parse(tail) else { return [] }
        return failure.diagnostics.map(\.description)
    }

    @Test func withoutForecastTheDefaultsApply() throws {
        let config = try Self.parse("cutoff: 2017-09-30\n").get()
        #expect(config.forecast == .defaults)
        #expect(ForecastSettings.defaults.method == .seasonal)
        #expect(ForecastSettings.defaults.latestMonths == 3)
        #expect(ForecastSettings.defaults.seasonalYears == 1)
        #expect(ForecastSettings.defaults.skipLatestMonths == 0)
        #expect(try Self.parse("").get().forecast == .defaults)
    }

    @Test func givenKeysReplaceTheirDefaults() throws {
        let config = try Self.parse("""
        cutoff: 2017-09-30
        forecast:
          method: latest
          latest_months: 2
          seasonal_years: 3
          skip_latest_months: 1

        """).get()
        var expected = ForecastSettings.defaults
        expected.method = .latest
        expected.latestMonths = 2
        expected.seasonalYears = 3
        expected.skipLatestMonths = 1
        #expect(config.forecast == expected)
        #expect(try Self.parse("cutoff: 2017-09-30\nforecast:\n  method: run_rate\n").get().forecast.method == .runRate)
        #expect(ForecastMethod.allCases.map(\.rawValue) == ["run_rate", "latest", "seasonal"])
    }

    @Test func badValuesAreErrorsAtTheirPlace() throws {
        let messages = try Self.messages("""
        cutoff: 2017-09-30
        forecast:
          method: monthly
          latest_months: 0
          seasonal_years: 1.5
          skip_latest_months: -1
          skip_latest_month: 1

        """)
        #expect(messages == [
            "pipeline.yml:9:11: error: forecast.method \"monthly\" is not a method; known methods: run_rate, latest, seasonal",
            "pipeline.yml:10:18: error: forecast.latest_months \"0\" must be a whole number of 1 or more",
            "pipeline.yml:11:19: error: forecast.seasonal_years \"1.5\" must be a whole number of 1 or more",
            "pipeline.yml:12:23: error: forecast.skip_latest_months \"-1\" must be a whole number of 0 or more",
            "pipeline.yml:13:3: error: unknown key \"forecast.skip_latest_month\"; did you mean \"skip_latest_months\"?; known keys: method, latest_months, seasonal_years, skip_latest_months",
        ])
        #expect(try Self.messages("cutoff: 2017-09-30\nforecast: seasonal\n") == [
            "pipeline.yml:8:11: error: forecast must be a mapping of settings: method, latest_months, seasonal_years, skip_latest_months",
        ])
        #expect(try Self.messages("cutoff: 2017-09-30\nforecast:\n  method: [seasonal]\n") == [
            "pipeline.yml:9:11: error: forecast.method \"a list\" is not a method; known methods: run_rate, latest, seasonal",
        ])
    }

    @Test func forecastWithoutCutoffIsAnError() throws {
        #expect(try Self.messages("forecast:\n  method: latest\n") == [
            "pipeline.yml:7:1: error: forecast needs a cutoff: the forecast starts from the actuals up to it; add e.g. cutoff: 2017-09-30",
        ])
        #expect(try Self.messages("forecasts:\n  method: latest\n").first?.hasPrefix("pipeline.yml:7:1: error: unknown key \"forecasts\"; did you mean \"forecast\"?") == true)
    }

    @Test func danishTexts() {
        #expect(Message.forecastCountTooSmall("latest_months", Message(en: "0", da: "0"), minimum: 1).da
                == "forecast.latest_months \"0\" skal være et helt tal på 1 eller mere")
        #expect(Message.forecastWithoutCutoff.da
                == "forecast kræver en cutoff: prognosen bygger på de faktiske tal til og med den; tilføj f.eks. cutoff: 2017-09-30")
    }
}
