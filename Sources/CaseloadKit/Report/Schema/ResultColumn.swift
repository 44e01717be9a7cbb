/// One column of a result file: its name, what it holds (text, or numbers of a unit), and how
/// it reads its value from a row. A `ResultSchema` is a list of these.
public struct ResultColumn<Row>: Sendable {
    /// The column's name in the header, e.g. `budget_kr`.
    public let name: String
    /// What it holds.
    public let content: ResultContent
    private let read: @Sendable (Row) -> ResultValue

    private init(name: String, content: ResultContent, read: @escaping @Sendable (Row) -> ResultValue) {
        self.name = name
        self.content = content
        self.read = read
    }

    /// A column of text.
    public static func text(_ name: String, _ value: @escaping @Sendable (Row) -> String) -> ResultColumn {
        ResultColumn(name: name, content: .text) { .text(value($0)) }
    }

    /// A column of numbers in `unit`; `nil` is an empty cell.
    public static func number(_ name: String, _ unit: ResultUnit, _ value: @escaping @Sendable (Row) -> Exact?) -> ResultColumn {
        ResultColumn(name: name, content: .number(unit)) { .number(value($0), unit) }
    }

    /// A column of numbers whose unit each row names.
    public static func number(_ name: String, unit: @escaping @Sendable (Row) -> ResultUnit,
                              _ value: @escaping @Sendable (Row) -> Exact?) -> ResultColumn {
        ResultColumn(name: name, content: .numberInRowUnit) { .number(value($0), unit($0)) }
    }

    /// The cell of `row` in this column.
    public func value(of row: Row) -> ResultValue { read(row) }

    /// True for a column of text.
    public var isText: Bool { content == .text }

    /// The decimals of a column of one unit; `nil` for text, or where the row names the unit.
    public var decimals: Int? { content.decimals }
}
