/// Renders the Bilag 1 tables for people: one per municipality and one for the jobcenter,
/// Danish headers and Danish number style, helårspersoner as whole numbers as the plan
/// prints them. This is what reviewers read in a pull request.
public enum Bilag1Markdown {
    /// The Markdown file.
    public static func render(_ report: ReconciliationReport) -> String {
        let hasActuals = (report.rows + report.totals).contains { $0.helaarspersonerFaktisk != nil }
        var out = "# Bilag 1: Økonomi og helårspersoner \(report.year)\n\n"
        out += "Budgettet for hver ydelse er omregnet til helårspersoner med kr. pr. helårsperson "
        out += "(budget / takst) og stillet over for de faktiske helårspersoner"
        if let years = listed(report.priorYears) { out += " i \(years)" }
        if hasActuals {
            out += report.cutoff.map { " og i \(report.year) til og med \(danishDate($0))" } ?? " og i \(report.year)"
        }
        out += ". Tallene er afrundet; de eksakte værdier står i afstemning.csv.\n"
        for municipality in report.municipalities {
            out += "\n## \(escaped(municipality))\n\n" + table(report.rows(of: municipality), report: report, actuals: hasActuals)
        }
        if let jobcenter = report.jobcenter, !report.totals.isEmpty {
            out += "\n## \(escaped(jobcenter)) i alt\n\n" + table(report.totals, report: report, actuals: hasActuals, partsOf: { total in
                report.rows.filter { $0.benefit.id == total.benefit.id }
            })
        }
        return out + FollowUpMarkdown.goals(report) + FollowUpMarkdown.flags(report)
    }

    static func table(_ rows: [ReconciliationRow], report: ReconciliationReport, actuals: Bool,
                      partsOf: ((ReconciliationRow) -> [ReconciliationRow])? = nil) -> String {
        guard !rows.isEmpty else { return "Ingen ydelser.\n" }
        let grundlag = Set(rows.map(\.grundlag))
        let basis = grundlag.count == 1 ? grundlag.first!.label : "Brutto/Netto"
        var header = ["Ydelse", "Budgettal \(report.year) (\(basis))", "Helårspersoner \(report.year)"]
        header += report.priorYears.map { "Helårspersoner \($0)" }
        if actuals {
            let label = report.cutoff.map { "Faktisk \(report.year) (til \(danishDate($0)))" } ?? "Faktisk \(report.year)"
            header += [label, "Afvigelse, helårspersoner", "Afvigelse, kr."]
        }
        let alignment = [":--"] + Array(repeating: "--:", count: header.count - 1)
        var lines = [cells(header), cells(alignment)]
        var anyPartial = false
        var priorColumnPartial = [Bool](repeating: false, count: report.priorYears.count)
        var actualColumnPartial = false
        for row in rows {
            // A jobcenter figure summed over only some of the municipalities is marked, lest
            // its actuals be read against a budget that covers them all.
            let parts = partsOf?(row) ?? []
            func partial(_ value: (ReconciliationRow) -> Helaarspersoner?) -> Bool {
                parts.contains { value($0) == nil } && parts.contains { value($0) != nil }
            }
            let priorPartial = (0..<row.helaarspersonerPrior.count).map { index in partial { $0.helaarspersonerPrior[index] } }
            let actualPartial = partial(\.helaarspersonerFaktisk)
            anyPartial = anyPartial || actualPartial || priorPartial.contains(true)
            // A total that sums a partial figure is partial too.
            for (index, flag) in priorPartial.enumerated() where flag && index < priorColumnPartial.count { priorColumnPartial[index] = true }
            actualColumnPartial = actualColumnPartial || actualPartial
            lines.append(cells(values(row, actuals: actuals, priorPartial: priorPartial, actualPartial: actualPartial)))
        }
        lines.append(cells(totalValues(rows, actuals: actuals, priorPartial: priorColumnPartial, actualPartial: actualColumnPartial)))
        var text = lines.joined(separator: "\n") + "\n"
        if anyPartial {
            text += "\n\\* Kun for de kommuner, der har faktiske tal for ydelsen.\n"
        }
        return text
    }

    private static func values(_ row: ReconciliationRow, actuals: Bool, priorPartial: [Bool], actualPartial: Bool) -> [String] {
        func marked(_ text: String, _ partial: Bool) -> String { partial ? text + " \\*" : text }
        var values = [escaped(row.benefit.name), kroner(row.budget.exact), persons(row.helaarspersonerBudget)]
        values += zip(row.helaarspersonerPrior, priorPartial).map { marked(persons($0.0), $0.1) }
        if actuals {
            values += [marked(persons(row.helaarspersonerFaktisk), actualPartial),
                       marked(persons(row.afvigelseHelaarspersoner), actualPartial),
                       marked(kroner(row.afvigelseKroner), actualPartial)]
        }
        return values
    }

    private static func totalValues(_ rows: [ReconciliationRow], actuals: Bool, priorPartial: [Bool], actualPartial: Bool) -> [String] {
        let priorCount = rows[0].helaarspersonerPrior.count
        var values = ["**I alt**", kroner(Exact.sum(rows.map(\.budget.exact))), persons(Helaarspersoner.sum(rows.map(\.helaarspersonerBudget)))]
        var partial = [false, false, false]
        values += (0..<priorCount).map { index in persons(Helaarspersoner.sum(rows.compactMap { $0.helaarspersonerPrior[index] })) }
        partial += (0..<priorCount).map { $0 < priorPartial.count && priorPartial[$0] }
        if actuals {
            values += [persons(Helaarspersoner.sum(rows.compactMap(\.helaarspersonerFaktisk))),
                       persons(Helaarspersoner.sum(rows.compactMap(\.afvigelseHelaarspersoner))),
                       kroner(Exact.sum(rows.compactMap(\.afvigelseKroner)))]
            partial += [actualPartial, actualPartial, actualPartial]
        }
        return zip(values, partial).enumerated().map { offset, cell in
            guard offset > 0, cell.0 != "–" else { return cell.0 }
            return "**\(cell.0)**" + (cell.1 ? " \\*" : "")
        }
    }

    private static func kroner(_ value: Exact?) -> String {
        value.map { NumberFormat.danish.string($0, decimals: 0) } ?? "–"
    }

    private static func persons(_ value: Helaarspersoner?) -> String {
        value.map { NumberFormat.danish.string($0.exact, decimals: 0) } ?? "–"
    }

    private static func cells(_ values: [String]) -> String { "| " + values.joined(separator: " | ") + " |" }

    /// A name from the inputs as Markdown text: `<`, `>` and `&` as HTML entities (a name
    /// must never become markup), and the characters that Markdown reads as formatting or
    /// as a table's column separator with a backslash.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "|", "*", "_", "`", "[", "]": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    static func danishDate(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(d).\(m).\(y)"
    }

    private static func listed(_ years: [Int]) -> String? {
        guard let last = years.last else { return nil }
        return years.count == 1 ? "\(last)" : years.dropLast().map(String.init).joined(separator: ", ") + " og \(last)"
    }
}
