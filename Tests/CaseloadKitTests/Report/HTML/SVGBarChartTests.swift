@testable import CaseloadKit
import Testing

/// The chart's axis and labels.
@Suite struct SVGBarChartTests {
    /// Lower end, upper end, step.
    func axis(_ scale: ChartScale) -> [Int] { [scale.lower, scale.upper, scale.step] }

    @Test func scalesEndOnRoundNumbersInThreeToEightSteps() {
        #expect(axis(ChartScale(minimum: 0, maximum: 205)) == [0, 250, 50])
        #expect(axis(ChartScale(minimum: 0, maximum: 788)) == [0, 800, 100])
        #expect(axis(ChartScale(minimum: 0, maximum: 2134)) == [0, 2500, 500])
        #expect(axis(ChartScale(minimum: 0, maximum: 0)) == [0, 1, 1])
        #expect(axis(ChartScale(minimum: 0, maximum: 0.4)) == [0, 1, 1])
        #expect(axis(ChartScale(minimum: -2, maximum: 12)) == [-2, 12, 2])
        #expect(ChartScale(minimum: -35, maximum: 10).ticks == [-40, -30, -20, -10, 0, 10])
        for maximum in [1.0, 7, 9, 10, 11, 99, 101, 640, 5001, 123_456] {
            let scale = ChartScale(minimum: 0, maximum: maximum)
            #expect(Double(scale.upper) >= maximum)
            #expect((2...8).contains(scale.ticks.count - 1) || scale.upper == 1, "\(maximum): \(scale)")
        }
    }

    @Test func longBenefitNamesAreCutToTheLabelArea() {
        #expect(SVGBarChart.shortened("A-dagpenge", width: 270) == "A-dagpenge")
        let long = String(repeating: "Kontanthjælpsmodtagere ", count: 4)
        let cut = SVGBarChart.shortened(long, width: 270)
        #expect(cut.count == 42)
        #expect(cut.hasSuffix("…"))
        #expect(long.hasPrefix(cut.dropLast()))
    }
}
