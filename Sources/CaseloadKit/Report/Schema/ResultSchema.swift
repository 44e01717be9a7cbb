/// The columns of one machine-readable result file, in file order: the one description that
/// its CSV writer, the workbook's data sheets, `explain` and `diff` all use. A column added
/// here appears in each of them.
///
/// The CSV is the format of formats.md: comma-separated, `.` decimal sign, no thousands
/// separator, LF line ends, one header line, RFC 4180 quoting where a field needs it.
public struct ResultSchema<Row>: Sendable {
    /// The columns in file order.
    public let columns: [ResultColumn<Row>]

    /// Creates a schema of `columns`.
    public init(_ columns: [ResultColumn<Row>]) {
        self.columns = columns
    }

    /// The header's names, in file order.
    public var header: [String] { columns.map(\.name) }

    /// The column called `name`, if there is one.
    public func column(named name: String) -> ResultColumn<Row>? {
        columns.first { $0.name == name }
    }

    /// The cells of `row`, in file order.
    public func values(of row: Row) -> [ResultValue] {
        columns.map { $0.value(of: row) }
    }

    /// The CSV file of `rows`: the header, then one line a row, every line ending in LF.
    public func csv(_ rows: [Row]) -> String {
        var lines = [header.map(Self.quoted).joined(separator: ",")]
        for row in rows {
            lines.append(values(of: row).map { Self.quoted($0.machineText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting where a field needs it (names such as `Fleksjob, gl. ordning`).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
