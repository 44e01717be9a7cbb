extension OutputBytes {
    /// Appends a chart coordinate with at most one decimal, as `SVGBarChart.n` writes it
    /// (`12`, `-0.5`, `3.5`): rounded to tenths half away from zero, no `.0`.
    mutating func appendCoordinate(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 {
            append(tenths / 10)
        } else {
            appendDecimal(tenths, decimals: 1)
        }
    }
}
