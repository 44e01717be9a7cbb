import BigInt
@testable import CaseloadKit
import Testing

/// A number cell's literal and shown width without writing the Danish text: the same as
/// `NumberFormat`'s texts, for every kind of figure a workbook holds.
@Suite struct CellFigureTests {
    /// The literal the workbook wrote before `CellFigure`: the machine text without trailing zeros.
    static func oldLiteral(_ value: Exact, decimals: Int) -> String {
        var text = NumberFormat.machine.string(value, decimals: decimals)
        guard decimals > 0 else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static let values: [Exact] = [
        .zero, Exact(1), Exact(-1), Exact(39_038_328), Exact(-118_930_034), Exact(units: 19_519_164, scale: 2),
        Exact(1) / Exact(3), Exact(-2) / Exact(3), Exact(units: 5, scale: 5), Exact(units: -5, scale: 5), Exact(units: -4, scale: 5),
        Exact(units: 1_999_891, scale: 4), Exact(units: 50, scale: 2), Exact(1000), Exact(999_999), Exact(units: 9_999_995, scale: 4),
        Exact(BigInt(10).power(25), over: 1), Exact(-BigInt(10).power(25) + 1, over: 7), Exact(BigInt(UInt64.max) * 10 + 5, over: 1),
    ]

    @Test func literalAndWidthAreNumberFormatsTexts() throws {
        for value in Self.values {
            for decimals in [0, 1, 2, 4] {
                let figure = try #require(CellFigure(value, decimals: decimals))
                #expect(figure.literal == Self.oldLiteral(value, decimals: decimals), "\(value) \(decimals)")
                #expect(figure.danishWidth == NumberFormat.danish.string(value, decimals: decimals).count, "\(value) \(decimals)")
            }
        }
    }

    @Test func examples() throws {
        #expect(CellFigure(Exact(units: 3_903_832_800, scale: 2), decimals: 2)?.literal == "39038328")
        #expect(CellFigure(Exact(units: 3_903_832_800, scale: 2), decimals: 0)?.danishWidth == "39.038.328".count)
        #expect(CellFigure(Exact(units: 5_000, scale: 4), decimals: 4)?.literal == "0.5")
        #expect(CellFigure(Exact(units: -4, scale: 5), decimals: 4)?.literal == "0")
        #expect(CellFigure(Exact(units: -4, scale: 5), decimals: 4)?.danishWidth == "0,0000".count)
        #expect(CellFigure(Exact(-2) / Exact(3), decimals: 4)?.literal == "-0.6667")
    }

    @Test func aFigurePast128BitsHasNone() {
        #expect(CellFigure(Exact(BigInt(10).power(40), over: 1), decimals: 0) == nil)
        // The cell then takes NumberFormat's texts.
        let cell = SpreadsheetCell.number(Exact(BigInt(10).power(40), over: 1), decimals: 2, shownDecimals: 0, .whole)
        #expect(cell.content == .number("1" + String(repeating: "0", count: 40)))
        #expect(cell.shownWidth == 41 + 13)
    }
}
