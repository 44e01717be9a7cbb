/// The value axis of a chart: from a round number to a round number, holding every value (and
/// 0, for bars), in 3 to 8 even steps of 1, 2 or 5 times a power of ten.
struct ChartScale: Equatable {
    /// The lowest tick (0, or below for negative values).
    let lower: Int
    /// The highest tick.
    let upper: Int
    /// The distance between ticks.
    let step: Int

    /// The scale for values from `minimum` to `maximum`; a line chart's need not reach 0.
    init(minimum: Double, maximum: Double, includingZero: Bool = true) {
        let low = includingZero ? min(0, minimum.rounded(.down)) : minimum.rounded(.down)
        let high = includingZero ? max(0, maximum.rounded(.up)) : maximum.rounded(.up)
        let span = max(1, high - low)
        step = Self.step(for: span)
        lower = Int((low / Double(step)).rounded(.down)) * step
        upper = max(lower + step, Int((high / Double(step)).rounded(.up)) * step)
    }

    /// The smallest of 1, 2, 5, 10, 20, 50, … that cuts `span` into at most eight steps.
    private static func step(for span: Double) -> Int {
        var magnitude = 1
        while true {
            if let step = [1, 2, 5].map({ $0 * magnitude }).first(where: { Double($0) * 8 >= span }) { return step }
            magnitude *= 10
        }
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Int] { Array(stride(from: lower, through: upper, by: step)) }
}
