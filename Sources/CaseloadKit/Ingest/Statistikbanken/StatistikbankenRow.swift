/// One data row of a Statistikbanken table: the dimensions a reader asked for, the period and
/// the value, each with its place in the file.
public struct StatistikbankenRow {
    /// The cells of the dimensions the reader named (by their normalized names, e.g. `omraade`),
    /// without surrounding white space.
    public let dimensions: [String: String]
    /// Where each of those cells starts.
    public let places: [String: SourceLocation]
    /// The `TID` cell as written.
    public let tidText: String
    /// The period; `nil` when `TID` is no year, month or quarter (already reported).
    public let period: StatistikbankenPeriod?
    /// Where `TID` starts.
    public let tidPlace: SourceLocation
    /// The `INDHOLD` cell as written.
    public let valueText: String
    /// The value; `nil` for `..` (no value).
    public let value: DecimalValue?
    /// Where `INDHOLD` starts.
    public let valuePlace: SourceLocation
}
