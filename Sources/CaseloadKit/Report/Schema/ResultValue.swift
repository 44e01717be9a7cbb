/// One cell of a result file before it is written: text, or an exact number (or none) in a
/// unit. The CSV writer and the workbook's data sheets both write these.
public enum ResultValue: Sendable, Equatable {
    /// Text as it is (a name, an id, a kind).
    case text(String)
    /// An exact number in `unit`; `nil` where the cell is empty (e.g. no actuals).
    case number(Exact?, ResultUnit)

    /// The field as the CSV writes it, before quoting: the text, or the number rounded half
    /// away from zero to its unit's decimals with `.` as decimal sign (`39038328.00`), or
    /// nothing.
    public var machineText: String {
        switch self {
        case .text(let text): text
        case .number(let value, let unit): value.map { NumberFormat.machine.string($0, decimals: unit.decimals) } ?? ""
        }
    }

    /// The exact number, if the cell holds one.
    public var number: Exact? {
        if case .number(let value, _) = self { return value }
        return nil
    }

    /// The decimals a number is written with; `nil` for text.
    public var decimals: Int? {
        if case .number(_, let unit) = self { return unit.decimals }
        return nil
    }
}
