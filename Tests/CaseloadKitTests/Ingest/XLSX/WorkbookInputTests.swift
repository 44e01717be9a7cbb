@testable import CaseloadKit
import Foundation
import Testing

/// Tables given as workbooks (`Fixtures/xlsx/`, written by `Tests/Python/make_xlsx_fixtures.py`
/// with openpyxl from the 2017 fixture's CSV files): the same results as the CSV files, and
/// each broken workbook a located error.
@Suite struct WorkbookInputTests {
    static let workbooks = fixture("xlsx")

    /// A copy of the 2017 fixture with each CSV file of `replacing` swapped for the workbook
    /// of the same name (with `.xlsx`).
    static func plan(replacing files: [String], from folder: URL = workbooks) throws -> PlanFixture {
        let plan = try PlanFixture()
        for path in files {
            try FileManager.default.removeItem(at: plan.folder.appendingPathComponent(path))
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".xlsx"
            let target = plan.folder.appendingPathComponent((path as NSString).deletingLastPathComponent).appendingPathComponent(name)
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: target)
        }
        return plan
    }

    /// The run's diagnostics, or the configuration's if it did not load.
    static func diagnostics(_ plan: PlanFixture, _ language: Language = .en) throws -> (succeeded: Bool, text: String) {
        do {
            let outcome = try plan.evaluate()
            return (outcome.succeeded, outcome.diagnostics.rendered(language))
        } catch let failure as ConfigLoader.Failure {
            return (false, failure.diagnostics.map { $0.rendered(language) }.joined(separator: "\n"))
        }
    }

    @Test func everyTableAsAWorkbookGivesTheCSVResultsByteForByte() throws {
        let plan = try Self.plan(replacing: ["Input/ydelser.csv", "Input/budget/ishoej-2017.csv", "Input/takster/takster-2017.csv",
                                             "Input/faktisk/faktisk-2015.csv", "Input/maal/maal-2017.csv"])
        try plan.replace("catalog: Input/ydelser.csv", with: "catalog: Input/ydelser.xlsx", in: "pipeline.yml")
        // The actuals are on the workbook's second sheet; the first holds notes.
        try plan.replace("actuals: Input/faktisk", with: "actuals: Input/faktisk/faktisk-2015.xlsx#2015", in: "pipeline.yml")
        let outcome = try plan.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        let csv = try PlanFixture.evaluated()
        #expect(outcome.diagnostics.rendered() == csv.diagnostics.rendered())
        let files = Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.name, $0.data) })
        let inputs = try #require(files["inddata.csv"])
        let expected = try PlanFixture.expected()
        #expect(try PlanFixture.goldenDifferences(files).filter { !$0.hasPrefix("inddata.csv") } == [])
        // The input list names the workbooks, with the same counts of rows.
        var list = String(decoding: try #require(expected["inddata.csv"]), as: UTF8.self)
        for name in ["ydelser", "budget/ishoej-2017", "takster/takster-2017", "maal/maal-2017"] {
            list = list.replacing("Input/\(name).csv", with: "Input/\(name).xlsx")
        }
        list = list.replacing("Input/faktisk/faktisk-2015.csv", with: "Input/faktisk/faktisk-2015.xlsx#2015")
        #expect(String(decoding: inputs, as: UTF8.self) == list)
    }

    @Test func workbooksSavedByLibreOfficeGiveTheCSVResultsByteForByte() throws {
        // `soffice --headless --infilter="CSV:59,34,76,1,,1030,false,true" --convert-to xlsx` of the
        // fixture's CSV files: shared strings, Danish numbers read as numbers, one sheet each.
        let plan = try Self.plan(replacing: ["Input/ydelser.csv", "Input/budget/ishoej-2017.csv", "Input/takster/takster-2017.csv",
                                             "Input/faktisk/faktisk-2015.csv", "Input/maal/maal-2017.csv"],
                                 from: Self.workbooks.appendingPathComponent("libreoffice"))
        try plan.replace("catalog: Input/ydelser.csv", with: "catalog: Input/ydelser.xlsx", in: "pipeline.yml")
        let outcome = try plan.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        let files = Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.name, $0.data) })
        #expect(try PlanFixture.goldenDifferences(files).filter { !$0.hasPrefix("inddata.csv") } == [])
    }

    @Test func explainNamesTheSheetAndCell() throws {
        let plan = try Self.plan(replacing: ["Input/budget/ishoej-2017.csv"])
        let outcome = try plan.evaluate()
        let report = try #require(outcome.report, "\(outcome.diagnostics.rendered())")
        let explanation = try Explainer.explain(kommune: "Ishøj", benefit: "A-dagpenge", report: report, catalog: try #require(outcome.catalog))
        let text = ExplanationText.render(explanation, language: .da)
        #expect(text.contains("fra: Input/budget/ishoej-2017.xlsx, ark Ishøj, celle D5\n"), "\(text)")
        let json = ExplanationJSON.render(explanation)
        let source = ["\"ark\" : \"Ishøj\",", "\"celle\" : \"D5\",", "\"fil\" : \"Input/budget/ishoej-2017.xlsx\",", "\"linje\" : 5"]
        #expect(json.contains(source.joined(separator: "\n          ")), "\(json)")
    }

    /// The note after an error that leaves Ishøj without budget lines.
    static let noBudgetNote = "\nnote: no budget lines were found for Ishøj; that is checked again once the errors in the budget files are fixed"

    /// A copy of the 2017 fixture whose Ishøj budget is the broken workbook `bad/<name>`.
    static func badBudget(_ name: String) throws -> PlanFixture {
        let plan = try PlanFixture()
        try FileManager.default.removeItem(at: plan.folder.appendingPathComponent("Input/budget/ishoej-2017.csv"))
        try FileManager.default.copyItem(at: workbooks.appendingPathComponent("bad").appendingPathComponent(name),
                                         to: plan.folder.appendingPathComponent("Input/budget").appendingPathComponent(name))
        return plan
    }

    @Test func aFormulaWithoutAValueIsAnErrorAtItsCell() throws {
        let (succeeded, text) = try Self.diagnostics(try Self.badBudget("formula.xlsx"))
        #expect(!succeeded)
        #expect(text == "Input/budget/formula.xlsx, sheet Ishøj, cell D3: error: the cell holds the formula =6000000+566070 but "
                + "no computed value; open the workbook in Excel or LibreOffice and save it, so that the value is stored")
    }

    @Test func aFormulaCountsByTheValueStoredWithIt() throws {
        let plan = try PlanFixture()
        try FileManager.default.removeItem(at: plan.folder.appendingPathComponent("Input/budget/ishoej-2017.csv"))
        try FileManager.default.copyItem(at: Self.workbooks.appendingPathComponent("formula-cached.xlsx"),
                                         to: plan.folder.appendingPathComponent("Input/budget/ishoej-2017.xlsx"))
        let outcome = try plan.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        #expect(outcome.files.first { $0.name == "afstemning.csv" }?.data == (try PlanFixture.expected())["afstemning.csv"])
    }

    @Test func aCellHoldingAnErrorIsAnErrorAtItsCell() throws {
        let (succeeded, text) = try Self.diagnostics(try Self.badBudget("error-cell.xlsx"))
        #expect(!succeeded)
        #expect(text == "Input/budget/error-cell.xlsx, sheet Ishøj, cell D3: error: the cell holds the error #DIV/0!; correct its "
                + "formula in the workbook")
    }

    @Test func textInANumberCellIsAnErrorAtItsCellInBothLanguages() throws {
        let plan = try Self.badBudget("text-in-number.xlsx")
        let (succeeded, text) = try Self.diagnostics(plan, .da)
        #expect(!succeeded)
        #expect(text == "Input/budget/text-in-number.xlsx, ark Ishøj, celle D4: fejl: beløb \"12x\" er ikke et tal i dansk talformat "
                + "(f.eks. 39.038.328 eller 1.234,56)")
    }

    @Test func aSheetWithoutTheHeaderSaysWhichColumnsItNeeds() throws {
        let (succeeded, text) = try Self.diagnostics(try Self.badBudget("no-header.xlsx"))
        #expect(!succeeded)
        #expect(text == "Input/budget/no-header.xlsx, sheet Ishøj: error: no row of the sheet holds the columns \"kommune\", \"år\", "
                + "\"ydelse\", \"beløb\"; the table's header must be a row with all of them (rows above it are skipped)" + Self.noBudgetNote)
    }

    @Test func aSheetThatDoesNotExistIsAnErrorNamingTheSheets() throws {
        let plan = try Self.plan(replacing: ["Input/budget/ishoej-2017.csv"])
        try plan.replace("budget: Input/budget ", with: "budget: [Input/budget/ishoej-2017.xlsx#Budget, Input/budget/vallensbaek-2017.xml] ",
                         in: "pipeline.yml")
        let (succeeded, text) = try Self.diagnostics(plan)
        #expect(!succeeded)
        #expect(text == "Input/budget/ishoej-2017.xlsx, sheet Budget: error: the workbook has no sheet \"Budget\"; its sheets are \"Ishøj\"" + Self.noBudgetNote)
    }

    @Test func aNamedSheetIsReadAndMatchedIgnoringCase() throws {
        let plan = try Self.plan(replacing: ["Input/budget/ishoej-2017.csv"])
        try plan.replace("budget: Input/budget ", with: "budget: [Input/budget/ishoej-2017.xlsx#ishøj, Input/budget/vallensbaek-2017.xml] ",
                         in: "pipeline.yml")
        let outcome = try plan.evaluate()
        #expect(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        #expect(outcome.files.first { $0.name == "afstemning.csv" }?.data == (try PlanFixture.expected())["afstemning.csv"])
    }

    @Test func theSameSheetTwiceIsAnError() throws {
        let plan = try Self.plan(replacing: ["Input/budget/ishoej-2017.csv"])
        try plan.replace("budget: Input/budget ", with: "budget: [Input/budget/ishoej-2017.xlsx#Ishøj, Input/budget/ishoej-2017.xlsx#Ishøj, "
                         + "Input/budget/vallensbaek-2017.xml] ", in: "pipeline.yml")
        let (succeeded, text) = try Self.diagnostics(plan)
        #expect(!succeeded)
        #expect(text == "pipeline.yml:9:11: error: inputs.budget names \"Input/budget/ishoej-2017.xlsx#Ishøj\" twice")
    }

    @Test func anXLSFileIsAnErrorThatSaysToSaveAsXLSX() throws {
        let (succeeded, text) = try Self.diagnostics(try Self.badBudget("legacy.xls"))
        #expect(!succeeded)
        #expect(text == "Input/budget/legacy.xls: error: caseload cannot read Excel 97-2003 workbooks (.xls); open it in Excel "
                + "and save it as an Excel workbook (.xlsx)")
    }

    @Test func aPasswordProtectedWorkbookIsAnErrorThatSaysToRemoveThePassword() throws {
        let (succeeded, text) = try Self.diagnostics(try Self.badBudget("encrypted.xlsx"))
        #expect(!succeeded)
        #expect(text == "Input/budget/encrypted.xlsx: error: the workbook is password-protected (or an .xls file renamed); remove "
                + "the password in Excel (File > Info > Protect Workbook) and save it as an Excel workbook (.xlsx)" + Self.noBudgetNote)
    }

    @Test func casePeriodsFromAWorkbookGiveTheCSVFiguresAndCellPlaces() throws {
        func run(_ name: String, from source: URL = Self.workbooks) throws -> RunOutcome {
            let plan = try PlanFixture()
            let folder = plan.folder.appendingPathComponent("Input/sager")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            try plan.replace("goals: Input/maal", with: "cases: Input/sager\n  goals: Input/maal", in: "pipeline.yml")
            return try plan.evaluate()
        }
        let csv = try run("sager.csv")
        let workbook = try run("sager.xlsx")
        #expect(csv.succeeded && workbook.succeeded, "\(workbook.diagnostics.rendered())")
        let afstemning = { (outcome: RunOutcome) in outcome.files.first { $0.name == "afstemning.csv" }?.data }
        #expect(afstemning(workbook) != nil && afstemning(workbook) == afstemning(csv))
        // LibreOffice's copy: date cells of its own format (yyyy\-mm\-dd), shared strings.
        let libreOffice = try run("sager.xlsx", from: Self.workbooks.appendingPathComponent("libreoffice"))
        #expect(libreOffice.succeeded, "\(libreOffice.diagnostics.rendered())")
        #expect(afstemning(libreOffice) == afstemning(csv))
        let report = try #require(workbook.report)
        let explanation = try Explainer.explain(kommune: "Ishøj", benefit: "A-dagpenge", report: report, catalog: try #require(workbook.catalog))
        #expect(ExplanationText.render(explanation, language: .da).contains("fra: Input/sager/sager.xlsx, ark Sager, rækker 3-5 (3 sagsrækker)\n"),
                "\(ExplanationText.render(explanation, language: .da))")
        let overlaps = { (outcome: RunOutcome) in outcome.diagnostics.diagnostics.filter { $0.message.contains("overlap") }.map(\.description) }
        #expect(overlaps(csv).count == 1)
        #expect(overlaps(workbook) == overlaps(csv).map {
            $0.replacing("Input/sager/sager.csv:3", with: "Input/sager/sager.xlsx, sheet Sager, row 4")
              .replacing("Input/sager/sager.csv:2", with: "Input/sager/sager.xlsx, sheet Sager, row 3")
        })
    }

    @Test func aPlaceInACaseWorkbooksCopyIsItsCell() throws {
        let file = InputFile(url: Self.workbooks.appendingPathComponent("sager.xlsx"), path: "Input/sager/sager.xlsx")
        let diagnostics = DiagnosticEngine()
        let copy = try #require(SheetCSVCopy.make(file, columns: CaseFileReader.columns, style: .da, diagnostics: diagnostics))
        #expect(diagnostics.rendered() == "")
        let text = try String(contentsOf: copy.url, encoding: .utf8)
        #expect(text.hasPrefix("\nsagsid;kommune;ydelse;fra;til;omfang\n010101-1001;Ishøj;A-dagpenge;2017-01-01;2017-06-30;1\n"))
        // `2017-01-01` starts at character 31 of line 3: the fra column, D.
        #expect(copy.at(line: 3, column: 31).description == "Input/sager/sager.xlsx, sheet Sager, cell D3")
        #expect(copy.at(line: 3, column: 42).description == "Input/sager/sager.xlsx, sheet Sager, cell E3")
        #expect(copy.at(line: 3).description == "Input/sager/sager.xlsx, sheet Sager, row 3")
        // Case ids may be CPR numbers: the copy is the user's alone.
        let attributes = try FileManager.default.attributesOfItem(atPath: copy.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func theCopyOfACaseWorkbookIsDeletedWithTheLastFileThatReadsIt() throws {
        let file = InputFile(url: Self.workbooks.appendingPathComponent("sager.xlsx"), path: "Input/sager/sager.xlsx")
        let url = try { () throws -> URL in
            let copy = try #require(SheetCSVCopy.make(file, columns: CaseFileReader.columns, style: .da, diagnostics: DiagnosticEngine()))
            #expect(FileManager.default.fileExists(atPath: copy.url.path))
            return copy.url
        }()
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
