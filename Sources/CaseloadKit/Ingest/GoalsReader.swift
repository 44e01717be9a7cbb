/// Reads the plan's goals: `år;ydelse;helårspersoner;tekst`, optional `kommune` (empty or
/// absent: all municipalities of pipeline.yml together) and `retning` (`højst`, the default,
/// or `mindst`). `ydelse` names one benefit, or a group separated by `|`.
public enum GoalsReader {
    static let aar = CSVColumn("år")
    static let ydelse = CSVColumn("ydelse")
    static let target = CSVColumn("helårspersoner")
    static let tekst = CSVColumn("tekst")
    static let kommune = CSVColumn("kommune", required: false)
    static let retning = CSVColumn("retning", required: false)

    /// Reads one file; rows with errors are reported and left out.
    public static func read(_ file: InputFile, catalog: Catalog, style: NumberStyle,
                            diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [Goal] {
        var goals: [Goal] = []
        let table = CSVTable(file: file, columns: [aar, ydelse, target, tekst, kommune, retning], style: style)
        try table.read(diagnostics: diagnostics, ledger: ledger) { row in
            let cells = CellParser(row, style: style, diagnostics: diagnostics)
            let year = cells.year(aar)
            var benefits: [BenefitID] = []
            if let names = cells.required(ydelse) {
                for name in names.split(separator: "|").map({ String($0).trimmingWhitespace() }) where !name.isEmpty {
                    guard let id = catalog.resolve(name) else {
                        cells.fail(ydelse, CellParser.unknownBenefit(name, catalog: catalog))
                        continue
                    }
                    if benefits.contains(id) {
                        cells.fail(ydelse, .goalBenefitTwice(ydelse.label, benefit: catalog.name(of: id)))
                    } else {
                        benefits.append(id)
                    }
                }
            }
            let amount = cells.number(target)
            if let amount, let number = amount, number.isNegative {
                cells.fail(target, .negativeCell(target.label, row.text(target)))
            }
            let text = cells.required(tekst)
            if let text, text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                cells.fail(tekst, .goalTextControl(tekst.label))
            }
            let municipality = row.text(kommune)
            var direction = Goal.Direction.hoejst
            let directionText = CSVColumn.normalize(row.text(retning))
            if !directionText.isEmpty {
                if let value = Goal.Direction(rawValue: directionText) {
                    direction = value
                } else {
                    cells.fail(retning, .goalDirection(retning.label, row.text(retning)))
                }
            }
            guard let year, !benefits.isEmpty, let amount, let number = amount, let text, !cells.failed else { return false }
            goals.append(Goal(municipality: municipality.isEmpty ? nil : municipality, year: year, benefits: benefits,
                              target: Helaarspersoner(number.exact), direction: direction, text: text,
                              origin: row.location(target)))
            return true
        }
        return goals
    }
}
