/// A cell of a CSV header: the column's name, and the unit in parentheses after it, as
/// spreadsheets write them (`Beløb (kr.)`, `helårspersoner (antal)`).
///
/// The unit is left out when the name is matched. A unit that scales the figures
/// (`(1.000 kr.)`, `(t.kr.)`, `(mio. kr.)`, `(%)`) is never left out silently: caseload reads
/// figures as written and does not rescale them, so such a header is an error.
struct HeaderCell {
    /// The cell as written, trimmed.
    let text: String
    /// The name without the unit, in the form columns are compared in (`CSVColumn.normalize`).
    let key: String
    /// The unit inside the parentheses, trimmed; `nil` if there is none.
    let unit: String?

    /// Splits a header cell into name and unit.
    init(_ cell: String) {
        let trimmed = String(cell.trimmingWhitespace())
        text = trimmed
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let name = String(trimmed[..<open]).trimmingWhitespace()
            let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingWhitespace()
            if !name.isEmpty {
                key = CSVColumn.normalize(name)
                unit = inside
                return
            }
        }
        key = CSVColumn.normalize(text)
        unit = nil
    }

    /// The unit reduced for comparison: lower case, without spaces and dots (`t.kr.` → `tkr`).
    private var unitKey: String {
        String((unit ?? "").lowercased().filter { $0 != " " && $0 != "." && $0 != "\u{00A0}" })
    }

    /// True if the unit scales the figures: a number in it (`1.000 kr.`), thousands,
    /// millions or billions (`t.kr.`, `tusind kr.`, `mio. kr.`, `mia. kr.`) or percent.
    var scalesFigures: Bool {
        let unit = unitKey
        guard !unit.isEmpty, !HeaderCell.isYear(unit) else { return false }
        if unit.contains(where: \.isNumber) || unit.contains("%") { return true }
        let scaled = ["tkr", "tdkk", "tusind", "mio", "mill", "mia", "pct", "procent", "percent"]
        return scaled.contains { unit.hasPrefix($0) || unit.hasPrefix("i" + $0) }
    }

    /// True for a year in parentheses (`beløb (2017)`): a label, not a unit.
    private static func isYear(_ text: String) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) } && (text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// True if the unit names kroner (`kr.`, `t.kr.`, `1.000 DKK`).
    var isKroner: Bool {
        let unit = unitKey
        return unit.contains("kr") || unit.contains("dkk")
    }
}
