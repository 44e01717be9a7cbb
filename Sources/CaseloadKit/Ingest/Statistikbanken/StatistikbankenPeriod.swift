/// A value of a Statistikbanken table's `TID` column (sources.md): a year (`2017`), a month
/// (`2017M03`) or a quarter (`2017K1`, `2017Q1`), which is read only to be refused where a year
/// or a month is needed.
public enum StatistikbankenPeriod: Equatable, Sendable {
    /// A whole year.
    case year(Int)
    /// A month of a year, 1–12.
    case month(year: Int, month: Int)
    /// A quarter of a year, 1–4.
    case quarter(year: Int, quarter: Int)

    /// Reads `text`; `nil` for anything that is none of the three.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        }
        guard bytes.count >= 4, let year = digits(0..<4), year >= 1900 else { return nil }
        switch bytes.count {
        case 4:
            self = .year(year)
        case 6 where bytes[4] == UInt8(ascii: "K") || bytes[4] == UInt8(ascii: "Q"):
            guard let quarter = digits(5..<6), (1...4).contains(quarter) else { return nil }
            self = .quarter(year: year, quarter: quarter)
        case 7 where bytes[4] == UInt8(ascii: "M"):
            guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
            self = .month(year: year, month: month)
        default:
            return nil
        }
    }
}
