@testable import CaseloadKit
import Foundation
import Testing

/// One schema for each result file: afstemning.csv's writer, the workbook's data sheets,
/// `explain` and `diff` all take their columns from it, so none of them can drift.
@Suite struct ResultSchemaTests {
    static func outcome() throws -> (outcome: RunOutcome, report: ReconciliationReport) {
        let outcome = try PlanFixture().evaluate()
        return (outcome, try #require(outcome.report))
    }

    static func file(_ file: ResultFile, of outcome: RunOutcome) throws -> OutputFile {
        try #require(outcome.files.first { $0.name == file.name }, "\(file.name) was not written")
    }

    static func header(_ file: OutputFile) -> [String] {
        file.contents.split(separator: "\n", omittingEmptySubsequences: false).first.map { $0.components(separatedBy: ",") } ?? []
    }

    @Test func theCSVHeadersAreTheSchemasNames() throws {
        let (outcome, report) = try Self.outcome()
        let schema = AfstemningCSV.schema(priorYears: report.priorYears)
        // The published format (formats.md): a change here is a change for every reader.
        #expect(schema.header == ["kommune", "ydelse_id", "ydelse", "budget_kr", "kr_pr_helaarsperson", "helaarspersoner_budget",
                                  "helaarspersoner_faktisk", "helaarspersoner_2015", "afvigelse_helaarspersoner", "afvigelse_kr"])
        #expect(Self.header(try Self.file(.afstemning, of: outcome)) == schema.header)
        #expect(Self.header(try Self.file(.afstemningTotal, of: outcome)) == schema.header)
        #expect(Self.header(try Self.file(.flag, of: outcome)) == FlagCSV.schema.header)
        #expect(Self.header(try Self.file(.inddata, of: outcome)) == InputAccountingCSV.schema.header)
        #expect(InputAccountingCSV.schema.header == ["fil", "laest", "brugt", "ignoreret", "afvist", "ignoreret_hvorfor"])
    }

    @Test func theWorkbooksDataSheetsAreTheCSVFilesCellForCell() throws {
        let (outcome, report) = try Self.outcome()
        let sheets = XLSXWorkbook.sheets(report, layout: ReportLayout(report))
        for (sheetName, file) in [(DataSheet.name, ResultFile.afstemning), (FlagSheet.name, .flag)] {
            let sheet = try #require(sheets.first { $0.name == sheetName })
            let table = try Self.records(try Self.file(file, of: outcome).data)
            #expect(sheet.rows.first?.map(\.content) == table[0].map { .text($0) }, "\(sheetName)")
            for (sheetRow, fields) in zip(sheet.rows.dropFirst(), table.dropFirst()) {
                #expect(sheetRow.count == fields.count)
                for (cell, field) in zip(sheetRow, fields) {
                    switch cell.content {
                    case .empty: #expect(field.isEmpty)
                    case .text(let text): #expect(text == field)
                    case .number(let literal): #expect(Self.sameNumber(literal, field), "\(literal) ≠ \(field)")
                    }
                }
            }
            #expect(sheet.tableRowCount == table.count)
        }
    }

    @Test func diffReadsEveryColumnBackAsWritten() throws {
        let (outcome, report) = try Self.outcome()
        let schema = AfstemningCSV.schema(priorYears: report.priorYears)
        for (file, rows) in [(ResultFile.afstemning, report.rows), (.afstemningTotal, report.totals)] {
            let table = try ResultTable.parse(try Self.file(file, of: outcome).data, source: file.name)
            #expect(table.columns == schema.header)
            #expect(table.rows.count == rows.count)
            for (read, row) in zip(table.rows, rows) {
                #expect(read.key == ResultKey(kommune: row.kommune, ydelseID: row.benefit.id.rawValue))
                for column in schema.columns {
                    #expect(read.cells[column.name] == Self.cell(column.value(of: row)), "\(file.name) \(read.key) \(column.name)")
                }
            }
        }
    }

    @Test func explainNamesEveryNumberColumnInOrderWithItsValueAndDecimals() throws {
        let (outcome, report) = try Self.outcome()
        let catalog = try #require(outcome.catalog)
        let columns = AfstemningCSV.schema(priorYears: report.priorYears).columns.filter { !$0.isText }
        for row in [report.rows[0], report.rows[1], report.totals[0]] {
            let explanation = try Explainer.explain(kommune: row.kommune, benefit: row.benefit.id.rawValue, report: report, catalog: catalog)
            #expect(explanation.figures.map(\.column) == columns.map(\.name))
            for (figure, column) in zip(explanation.figures, columns) {
                #expect(figure.decimals == column.decimals)
                #expect(figure.value == column.value(of: row).number, "\(row.kommune) \(column.name)")
            }
        }
    }

    @Test func aMissingKeyColumnIsAnErrorNamingFileAndColumn() {
        #expect(throws: ReviewFailure(.resultNoKeyColumn("ydelse_id"), at: SourceLocation(file: "old/afstemning.csv", line: 1, column: nil))) {
            try ResultTable.parse(Data("kommune,ydelse,budget_kr\nIshøj,A-dagpenge,1\n".utf8), source: "old/afstemning.csv")
        }
        #expect(Message.resultNoKeyColumn("ydelse_id").en == "the header has no column \"ydelse_id\"; is this an afstemning.csv?")
    }

    @Test func aColumnAddedToASchemaReachesTheCSVAndTheSheet() {
        let schema = ResultSchema<(String, Int)>([
            .text("navn") { $0.0 },
            .number("antal", .count) { Exact($0.1) },
            .number("andel", .percent) { Exact($0.1) / Exact(3) },
        ])
        #expect(schema.csv([("a, b", 2)]) == "navn,antal,andel\n\"a, b\",2,0.67\n")
        #expect(SchemaSheet.rows(schema, [("a, b", 2)]).map { $0.map(\.content) }
                == [[.text("navn"), .text("antal"), .text("andel")], [.text("a, b"), .number("2"), .number("0.67")]])
    }

    @Test func everyFileARunWritesIsAResultFileOfItsKind() throws {
        let (outcome, _) = try Self.outcome()
        // Without a cut-off there is no forecast, so no prognose files (ForecastFileTests has them);
        // without peers no sammenligning.csv (PeerComparisonTests has it).
        let forecastFiles: [ResultFile] = [.prognose, .prognoseTotal, .prognoseTest, .sammenligning]
        #expect(outcome.files.map(\.name) == ResultFile.written(reports: ReportFormat.allCases).filter { !forecastFiles.contains($0) }.map(\.name))
        #expect(Set(ResultFile.allCases.map(\.name)).count == ResultFile.allCases.count)
        #expect(Pipeline.resultFileNames == Set(ResultFile.allCases.map(\.name)))
        let endings: [ResultFile.Kind: String] = [.csv: ".csv", .markdown: ".md", .xlsx: ".xlsx", .html: ".html"]
        for file in ResultFile.allCases {
            #expect(file.name.hasSuffix(endings[file.kind] ?? "?"), "\(file.name)")
        }
    }

    /// The fields of every line of a CSV file.
    static func records(_ data: Data) throws -> [[String]] {
        var records: [[String]] = []
        try CSVReader.forEachRecord(in: data, delimiter: UInt8(ascii: ","), encoding: .utf8) { records.append($0.fields) }
        return records
    }

    /// The cell `diff` should read for a value the CSV writer wrote.
    static func cell(_ value: ResultValue) -> ResultCell {
        switch value {
        case .text(let text): return text.isEmpty ? .empty : .text(text)
        case .number(nil, _): return .empty
        case .number(let number?, let unit):
            let units = number.roundedUnits(decimals: unit.decimals)
            return .number(DecimalValue(units: Int128(units.description) ?? 0, scale: unit.decimals))
        }
    }

    /// The sheet's literal (trailing zeros dropped) is the CSV's field.
    static func sameNumber(_ literal: String, _ field: String) -> Bool {
        guard case .success(let a) = NumberParser.parse(literal, .csv(.international)),
              case .success(let b) = NumberParser.parse(field, .csv(.international)) else { return false }
        return a.exact == b.exact
    }
}
