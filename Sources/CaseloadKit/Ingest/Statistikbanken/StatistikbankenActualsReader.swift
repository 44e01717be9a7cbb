import Foundation

/// Reads actual helårspersoner from a Statistikbanken table among the actuals (sources.md),
/// e.g. full-time recipients by area, benefit and month: `OMRÅDE` is the municipality, the
/// benefit is the column `YDELSESTYPE` (or `YDELSE`), matched through the catalog's names and
/// aliases, `TID` a year (a whole-year row) or a month (a monthly row); a quarter is an error.
/// `..` is no value: the period is missing, not 0. Every other dimension holds one value.
public enum StatistikbankenActualsReader {
    /// The benefit dimension's possible names, in the order they are looked for.
    static let benefitColumns = ["YDELSESTYPE", "YDELSE"]

    /// True if `file` is a CSV file whose header ends with `TID;INDHOLD`.
    public static func isStatistikbanken(_ file: InputFile) -> Bool {
        file.path.lowercased().hasSuffix(".csv") && StatistikbankenTable.isStatistikbanken(header: headerFields(file))
    }

    /// Reads one file; rows with errors are reported and left out; `..` rows are counted ignored.
    public static func read(_ file: InputFile, catalog: Catalog, diagnostics: DiagnosticEngine, ledger: InputLedger) throws -> [ActualLine] {
        let keys = headerFields(file).map(CSVColumn.normalize)
        let benefitName = benefitColumns.first { keys.contains(CSVColumn.normalize($0)) } ?? benefitColumns[0]
        let area = CSVColumn.normalize(LabourForceReader.area)
        let benefit = CSVColumn.normalize(benefitName)
        var lines: [ActualLine] = []
        try StatistikbankenTable(file: file, used: [LabourForceReader.area, benefitName]).read(diagnostics: diagnostics, ledger: ledger) { row in
            guard let name = row.dimensions[area], !name.isEmpty, let text = row.dimensions[benefit] else { return false }
            guard let id = catalog.resolve(text) else {
                diagnostics.error(CellParser.unknownBenefit(text, catalog: catalog), at: row.places[benefit] ?? row.tidPlace)
                return false
            }
            let (year, month): (Int, Int?)
            switch row.period {
            case .year(let value): (year, month) = (value, nil)
            case .month(let value, let number): (year, month) = (value, number)
            case .quarter:
                diagnostics.error(.statistikbankenQuarter(row.tidText, monthAllowed: true), at: row.tidPlace)
                return false
            case nil:
                return false
            }
            guard let value = row.value else {
                ledger.ignored(file.path, reason: Message.reasonNoValue.en)
                return true
            }
            if value.isNegative {
                diagnostics.error(.negativeCell("INDHOLD", row.valueText), at: row.valuePlace)
                return false
            }
            lines.append(ActualLine(municipality: name, year: year, benefit: id, month: month,
                                    helaarspersoner: Helaarspersoner(value.exact), origin: row.valuePlace))
            return true
        }
        return lines
    }

    /// The header's fields (read as UTF-8 with `;`); empty where the file cannot be read so.
    private static func headerFields(_ file: InputFile) -> [String] {
        var fields: [String] = []
        struct Stop: Error {}
        do {
            try CSVReader(url: file.url, delimiter: UInt8(ascii: ";"), encoding: .utf8).forEachRecord { record in
                fields = record.fields
                throw Stop()
            }
        } catch is Stop {
        } catch {
            return []
        }
        return fields
    }
}
