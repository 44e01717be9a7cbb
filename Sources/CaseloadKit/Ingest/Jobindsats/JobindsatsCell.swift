import Foundation

/// One value of a Jobindsats response row, as JSON gives it.
///
/// A JSON number keeps the shortest decimal text that reads back to it (`205.5`), so it is
/// parsed into an exact figure like any written number, never summed as a binary float.
enum JobindsatsCell: Equatable {
    /// A JSON string.
    case text(String)
    /// A JSON number, as decimal text in international style (`1234.5`).
    case number(String)
    /// JSON `null`.
    case null
    /// A boolean, array or object: nothing caseload reads.
    case other

    /// The cell of a value from `JSONSerialization`.
    init(_ value: Any) {
        switch value {
        case let text as String:
            self = .text(text)
        case is NSNull:
            self = .null
        case let number as NSNumber:
            self = JobindsatsCell.number(number)
        default:
            self = .other
        }
    }

    /// A JSON number's text; booleans (which Foundation also gives as NSNumber) are `.other`.
    private static func number(_ number: NSNumber) -> JobindsatsCell {
        let kind = String(cString: number.objCType)
        if kind == "c" || kind == "B" { return .other }
        if kind == "d" || kind == "f" {
            let double = number.doubleValue
            guard double.isFinite else { return .other }
            return .number(JobindsatsCell.plain("\(double)"))
        }
        return .number(number.stringValue)
    }

    /// `1e-05` → `0.00001`: Swift prints very small and very large doubles in exponent form.
    /// (The text is Swift's own rendering of a finite double, so `Decimal(string:)` reads all of it.)
    private static func plain(_ text: String) -> String {
        guard text.contains("e"), let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        return "\(decimal)"
    }

    /// The text of a string cell (trimmed), or of a number; `nil` for anything else.
    var text: String? {
        switch self {
        case .text(let text): text.trimmingWhitespace()
        case .number(let text): text
        case .null, .other: nil
        }
    }

    /// How the value looks in a message: a string in quotes, a number as written, `null`.
    var shown: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .number(let text): text
        case .null: "null"
        case .other: "…"
        }
    }
}
