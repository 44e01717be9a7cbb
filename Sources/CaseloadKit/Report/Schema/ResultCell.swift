/// One cell of a result file as read: empty, a decimal number (kept exact, never as a
/// floating-point value), or text (`kommune`, `ydelse_id`, `ydelse`).
public enum ResultCell: Hashable, Sendable {
    /// An empty cell: no value (e.g. no actuals).
    case empty
    /// A number, with the decimals it was written with.
    case number(DecimalValue)
    /// A text cell.
    case text(String)

    /// The number, if the cell holds one.
    public var number: DecimalValue? {
        if case .number(let value) = self { return value }
        return nil
    }
}
