import CaseloadKit
import Foundation
import Testing

@Suite struct DiffFiguresTests {
    static func cell(_ text: String) -> ResultCell {
        guard !text.isEmpty, case .success(let value) = NumberParser.parse(text, .csv(.international)) else { return .empty }
        return .number(value)
    }

    static func figures(_ old: String, _ new: String) -> [String] {
        let change = CellChange(column: "x", old: cell(old), new: cell(new), tolerance: .none)
        return [DiffFigures.value(change.old), DiffFigures.value(change.new), DiffFigures.change(change), DiffFigures.percent(change)]
    }

    @Test func danishStyleSignedChangesAndPercentOfTheOldValue() {
        #expect(Self.figures("9014500.00", "9114500.00") == ["9.014.500,00", "9.114.500,00", "+100.000,00", "+1,1 %"])
        #expect(Self.figures("63.0000", "62.5000") == ["63,0000", "62,5000", "-0,5000", "-0,8 %"])
        // Percent of the old value's size: from −1 to 1 is up by 200 %.
        #expect(Self.figures("-1.0000", "1.0000") == ["-1,0000", "1,0000", "+2,0000", "+200,0 %"])
        // Rounded once, half away from zero: 1/8 % is 0,125 → 0,1; 0,15 % → 0,2.
        #expect(Self.figures("800", "801") == ["800", "801", "+1", "+0,1 %"])
        #expect(Self.figures("2000", "2003") == ["2.000", "2.003", "+3", "+0,2 %"])
        #expect(Self.figures("2000", "1997") == ["2.000", "1.997", "-3", "-0,2 %"])
    }

    @Test func zeroAndEmptyOldValues() {
        #expect(Self.figures("0.00", "100.00") == ["0,00", "100,00", "+100,00", "—"])
        #expect(Self.figures("", "4.0000") == ["", "4,0000", "", "ny"])
        #expect(Self.figures("4.0000", "") == ["4,0000", "", "", "—"])
        #expect(Self.figures("", "") == ["", "", "", ""])
        #expect(Self.figures("1.0", "1.00") == ["1,0", "1,00", "", ""])
        let text = CellChange(column: "ydelse", old: .text("A"), new: .text("B"), tolerance: .none)
        #expect([DiffFigures.change(text), DiffFigures.percent(text)] == ["", ""])
        #expect(text.counts)
    }
}
