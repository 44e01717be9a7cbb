/// What a column of a result file holds, and so how a field of it is read back.
public enum ResultContent: Sendable, Equatable {
    /// Text.
    case text
    /// Numbers of one unit.
    case number(ResultUnit)
    /// Numbers in a unit that each row names (flag.csv's `vaerdi`, in `enhed`).
    case numberInRowUnit

    /// The decimals of numbers of one unit; `nil` for text, or where the row names the unit.
    public var decimals: Int? {
        if case .number(let unit) = self { return unit.decimals }
        return nil
    }

    /// A field of the file read back: text as it is, a number kept exact (`.` decimal sign,
    /// no thousands separator, no white space), an empty field as `.empty`. `nil` where a
    /// number column holds something that is not a number.
    public func cell(_ field: String) -> ResultCell? {
        if field.isEmpty { return .empty }
        guard self != .text else { return .text(field) }
        guard field == field.trimmingWhitespace(), case .success(let value) = NumberParser.parse(field, .csv(.international)) else {
            return nil
        }
        return .number(value)
    }
}
