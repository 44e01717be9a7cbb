/// How numbers (and hence the delimiter) are written in every CSV input of a run.
public enum NumberStyle: String, Sendable, CaseIterable {
    /// Danish spreadsheets: `;` delimiter, `,` decimal sign, `.` thousands separator (`1.234,56`).
    case da
    /// International: `,` delimiter, `.` decimal sign, no thousands separator (`1234.56`).
    case international

    /// The field delimiter of CSV files in this style.
    public var delimiter: UInt8 { self == .da ? UInt8(ascii: ";") : UInt8(ascii: ",") }
}
