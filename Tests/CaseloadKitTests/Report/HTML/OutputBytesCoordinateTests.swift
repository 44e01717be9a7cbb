@testable import CaseloadKit
import Testing

/// Chart coordinates written as bytes read as `SVGBarChart.n` writes them.
@Suite struct OutputBytesCoordinateTests {
    @Test func coordinatesMatchTheStringForm() {
        var samples: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 12, -12, 340, 193, 42.5, -1.25, 1e6 + 0.3]
        for _ in 0..<500 { samples.append(Double.random(in: -500...500)) }
        for value in samples {
            var bytes = OutputBytes()
            bytes.appendCoordinate(value)
            #expect(bytes.string == SVGBarChart.n(value), "\(value)")
        }
    }
}
