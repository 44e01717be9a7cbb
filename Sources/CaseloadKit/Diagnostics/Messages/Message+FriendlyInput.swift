/// The catalogue's messages about input written the way people write it: dates in Danish
/// forms, units in column headers, total rows in tables.
extension Message {
    /// A cell (or setting) `label` whose text `text` is not a date, with the reason: not in
    /// an accepted form (`Day.parse(written:)`), or no such day.
    static func cellNotADate(_ label: String, _ text: String) -> Message {
        let problem: Day.WrittenProblem
        switch Day.parse(written: text) {
        case .failure(let found): problem = found
        case .success: problem = .notADate
        }
        switch problem {
        case .notADate:
            return Message(en: "\(label) \"\(text)\" is not a date; write it as 2017-03-01, 01-03-2017 or 1.3.2017",
                           da: "\(label) \"\(text)\" er ikke en dato; skriv den som 2017-03-01, 01-03-2017 eller 1.3.2017")
        case .noSuchMonth(let month):
            return Message(en: "\(label) \"\(text)\" is not a date: there is no month \(month) (the day comes first: 01-03-2017 is 1 March 2017)",
                           da: "\(label) \"\(text)\" er ikke en dato: der er ingen måned \(month) (dagen står først: 01-03-2017 er 1. marts 2017)")
        case .noSuchDay(_, _, 0):
            return Message(en: "\(label) \"\(text)\" is not a date: there is no day 0",
                           da: "\(label) \"\(text)\" er ikke en dato: der er ingen dag 0")
        case .noSuchDay(let year, let month, _):
            let days = Day.daysIn(month: month, of: year)
            return Message(en: "\(label) \"\(text)\" is not a date: \(englishMonths[month - 1]) \(year) has \(days) days",
                           da: "\(label) \"\(text)\" er ikke en dato: \(danishMonths[month - 1]) \(year) har \(days) dage")
        }
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    private static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
                                       "august", "september", "oktober", "november", "december"]

    /// A header cell whose unit in parentheses scales the figures (`Beløb (1.000 kr.)`).
    /// `kroner` is true for a unit of kroner; `name` is the column's name.
    static func scaledUnit(header: String, unit: String, name: String, kroner: Bool) -> Message {
        if kroner {
            return Message(
                en: "column \"\(header)\" is in \(unit), and caseload does not rescale figures; write the amounts in kroner and the header as \"\(name)\" or \"\(name) (kr.)\"",
                da: "kolonnen \"\(header)\" er i \(unit), og caseload omregner ikke tal; skriv beløbene i kroner og overskriften som \"\(name)\" eller \"\(name) (kr.)\"")
        }
        return Message(
            en: "column \"\(header)\" is in \(unit), and caseload does not rescale figures; write the figures without a unit and the header as \"\(name)\"",
            da: "kolonnen \"\(header)\" er i \(unit), og caseload omregner ikke tal; skriv tallene uden enhed og overskriften som \"\(name)\"")
    }

    /// A row skipped because its cell `label` reads `text`, a total (`I alt`, `Total`, `Sum`).
    static func totalRowSkipped(_ label: String, _ text: String) -> Message {
        Message(en: "row skipped: \(label) \"\(text)\" marks a total row, and caseload makes its totals from the other rows",
                da: "rækken er sprunget over: \(label) \"\(text)\" markerer en sumrække, og caseload danner selv totaler af de andre rækker")
    }
}
