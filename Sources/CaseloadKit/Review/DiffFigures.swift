/// How `caseload diff` writes figures, the same in the terminal and in Markdown: Danish
/// number style as in bilag1.md (`9.014.500,00`, `63,6989`), each value with the decimals
/// of its file; changes with a sign; percentages of the old value's size to one decimal.
public enum DiffFigures {
    /// A cell as shown: a number in Danish style with its decimals, text as it is, empty as empty.
    public static func value(_ cell: ResultCell) -> String {
        switch cell {
        case .empty: ""
        case .number(let value): NumberFormat.danish.string(value.exact, decimals: value.scale)
        case .text(let text): text
        }
    }

    /// new − old with a sign (`+100.000,00`, `-0,5000`); empty when a side is not a number
    /// or nothing changed.
    public static func change(_ cell: CellChange) -> String {
        guard let difference = cell.difference, !difference.isZero,
              let a = cell.old.number, let b = cell.new.number else { return "" }
        return signed(difference, decimals: max(a.scale, b.scale))
    }

    /// The change in percent of the old value's size (`+1,1 %`); `ny` where the cell was
    /// empty and now has a number, `—` where the old value is 0 or the number is gone;
    /// empty when nothing changed or the cell is text.
    public static func percent(_ cell: CellChange) -> String {
        switch (cell.old, cell.new) {
        case (.empty, .number): return "ny"
        case (.number, .empty): return "—"
        case (.number(let a), .number(let b)):
            if a == b || a.exact == b.exact { return "" }
            guard let relative = cell.relativeChange else { return "—" }
            return signed(relative * Exact(100), decimals: 1) + " %"
        default: return ""
        }
    }

    /// A whole number for the summary (`1.234`).
    static func count(_ value: Int) -> String {
        NumberFormat.danish.string(Exact(value), decimals: 0)
    }

    /// The tolerance as written in the reports (`0,5`).
    static func tolerance(_ tolerance: Tolerance) -> String {
        NumberFormat.danish.string(tolerance.value.exact, decimals: tolerance.value.scale)
    }

    private static func signed(_ value: Exact, decimals: Int) -> String {
        let text = NumberFormat.danish.string(value, decimals: decimals)
        return value.roundedUnits(decimals: decimals) > 0 ? "+" + text : text
    }
}
