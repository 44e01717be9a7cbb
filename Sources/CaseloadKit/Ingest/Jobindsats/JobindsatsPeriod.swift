/// A period of a Jobindsats response: a month or a whole year.
///
/// Accepted spellings: `2017M03` and `2017M3` (a month; `m` in any case), `2017` and `2017Y01`
/// (a whole year). A quarter (`2017Q1`, `2017QMAR`, `2017K1`) or a week (`2017U05`, `2017W05`)
/// is an error naming the value: its figure is not a month's or a year's average.
enum JobindsatsPeriod: Equatable {
    /// A month, 1–12.
    case month(year: Int, month: Int)
    /// A whole year.
    case year(Int)

    /// Why a period text is not a month or a year.
    enum Problem: Error, Equatable {
        case quarter
        case week
        case unknown
    }

    /// The period `text` stands for.
    static func parse(_ text: String) -> Result<JobindsatsPeriod, Problem> {
        let upper = text.trimmingWhitespace().uppercased()
        let chars = Array(upper)
        guard chars.count >= 4, let year = digits(chars[0..<4]), year >= 1900 else { return .failure(.unknown) }
        let rest = Array(chars[4...])
        guard let kind = rest.first else { return .success(.year(year)) }
        let number = digits(rest[1...])
        switch kind {
        case "M":
            guard let month = number, (1...2).contains(rest.count - 1), (1...12).contains(month) else { return .failure(.unknown) }
            return .success(.month(year: year, month: month))
        case "Y" where rest.count == 3 && number == 1:
            return .success(.year(year))
        case "Q", "K":
            return .failure(.quarter)
        case "U", "W":
            return number != nil ? .failure(.week) : .failure(.unknown)
        default:
            return .failure(.unknown)
        }
    }

    /// The number written by ASCII digits only; `nil` for anything else or nothing.
    private static func digits(_ chars: ArraySlice<Character>) -> Int? {
        guard !chars.isEmpty, chars.count <= 4, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(chars))
    }
}
