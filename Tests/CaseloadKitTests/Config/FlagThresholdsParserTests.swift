import CaseloadKit
import Foundation
import Testing

/// pipeline.yml's `flags:` mapping: defaults, values, and errors at their lines.
@Suite struct FlagThresholdsParserTests {
    static let head = """
    year: 2017
    municipalities: [Ishøj]
    inputs:
      catalog: Input/ydelser.csv
      budget: Input/budget
      rates: Input/takster

    """

    static func parse(_ flags: String) throws -> Result<PipelineConfig, ConfigLoader.Failure> {
        let base = try ConfigLoaderTests.folder()
        do {
            return .success(try ConfigLoader.parse(head + flags, file: "pipeline.yml", base: base))
        } catch {
            return .failure(error)
        }
    }

    static func messages(_ flags: String) throws -> [String] {
        guard case .failure(let failure) = try parse(flags) else { return [] }
        return failure.diagnostics.map(\.description)
    }

    @Test func withoutFlagsTheDefaultsApply() throws {
        let config = try Self.parse("").get()
        #expect(config.flagThresholds == .defaults)
        #expect(FlagThresholds.defaults.rateDeviationPercent == Exact(50))
        #expect(FlagThresholds.defaults.changePercent == Exact(50))
        #expect(FlagThresholds.defaults.changeMinimum == Exact(5))
        #expect(FlagThresholds.defaults.overspendPercent == Exact(5))
        #expect(FlagThresholds.defaults.overspendKroner == Exact(0))
    }

    @Test func givenKeysReplaceTheirDefaults() throws {
        let config = try Self.parse("flags:\n  rate_deviation_percent: 30\n  overspend_kr: 250000.50\n").get()
        var expected = FlagThresholds.defaults
        expected.rateDeviationPercent = Exact(30)
        expected.overspendKroner = Exact(units: 25_000_050, scale: 2)
        #expect(config.flagThresholds == expected)
    }

    @Test func unknownKeysAndBadValuesAreErrorsAtTheirPlace() throws {
        let messages = try Self.messages("flags:\n  rate_deviaton_percent: 30\n  change_percent: -1\n  overspend_percent: 5 %\n")
        #expect(messages == [
            "pipeline.yml:8:3: error: unknown key \"flags.rate_deviaton_percent\"; did you mean \"rate_deviation_percent\"?; known keys: rate_deviation_percent, change_percent, change_min_helaarspersoner, overspend_percent, overspend_kr, peer_deviation_percent",
            "pipeline.yml:9:19: error: flags.change_percent \"-1\" must be a number of 0 or more, e.g. 50 or 12.5",
            "pipeline.yml:10:22: error: flags.overspend_percent \"5 %\" must be a number of 0 or more, e.g. 50 or 12.5",
        ])
        let notAMapping = try Self.messages("flags: 50\n")
        #expect(notAMapping == [
            "pipeline.yml:7:8: error: flags must be a mapping of thresholds: rate_deviation_percent, change_percent, change_min_helaarspersoner, overspend_percent, overspend_kr, peer_deviation_percent",
        ])
    }
}
