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
    /// Written as bytes field by field (`OutputBytes`), numbers straight from their rounded
    /// units, with no string per field or line.
    public func csv(_ rows: [Row]) -> String {
        var bytes = OutputBytes()
        write(rows, into: &bytes)
        return bytes.string
    }

    /// Appends the CSV file of `rows`, as `csv(_:)` gives it, to `bytes` (a run's draining
    /// buffer: the file is never whole in memory).
    public func write(_ rows: [Row], into bytes: inout OutputBytes) {
        for (index, name) in header.enumerated() {
            if index > 0 { bytes.append(byte: UInt8(ascii: ",")) }
            Self.appendQuoted(name, to: &bytes)
        }
        bytes.append(byte: UInt8(ascii: "\n"))
        for row in rows {
            for (index, column) in columns.enumerated() {
                if index > 0 { bytes.append(byte: UInt8(ascii: ",")) }
                Self.append(column.value(of: row), to: &bytes)
            }
            bytes.append(byte: UInt8(ascii: "\n"))
        }
    }

    /// Appends one field as `ResultValue.machineText` gives it, quoted where it needs it.
    private static func append(_ value: ResultValue, to bytes: inout OutputBytes) {
        switch value {
        case .text(let text):
            appendQuoted(text, to: &bytes)
        case .number(nil, _):
            break
        case .number(let number?, let unit):
            // The units rounded as NumberFormat rounds them; a value past 128 bits takes its way.
            if let (negative, magnitude) = number.roundedUnits128(decimals: unit.decimals), let units = Int128(exactly: magnitude) {
                bytes.appendDecimal(negative ? -units : units, decimals: unit.decimals)
            } else {
                bytes.append(value.machineText)
            }
        }
    }

    /// Appends `field` with RFC 4180 quoting where it needs it, as `quoted(_:)`.
    private static func appendQuoted(_ field: String, to bytes: inout OutputBytes) {
        let utf8 = field.utf8
        guard utf8.contains(where: needsQuoting) else {
            bytes.append(field)
            return
        }
        bytes.append(byte: UInt8(ascii: "\""))
        for byte in utf8 {
            bytes.append(byte: byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte: byte) }
        }
        bytes.append(byte: UInt8(ascii: "\""))
    }

    /// A comma, a quote or a line end: a field holding one is quoted. These are ASCII, so a
    /// byte of them never occurs inside a multi-byte UTF-8 character.
    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// RFC 4180 quoting where a field needs it (names such as `Fleksjob, gl. ordning`).
    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: needsQuoting) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
