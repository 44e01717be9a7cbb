@testable import CaseloadKit
import Testing

/// How a workbook's stored values become cell texts: exact numbers, dates, cell names.
@Suite struct WorkbookValueTests {
    @Test func numbersAreExactDecimalsInTheRunsStyle() {
        #expect(WorkbookNumber.text("1.5E-2", style: .da) == "0,015")
        #expect(WorkbookNumber.text("1,5E-2", style: .da) == "0,015")
        #expect(WorkbookNumber.text("1.5E-2", style: .international) == "0.015")
        #expect(WorkbookNumber.text("1.9519164E5", style: .da) == "195191,64")
        #expect(WorkbookNumber.text("94082004", style: .da) == "94082004")
        #expect(WorkbookNumber.text("-450108.00", style: .da) == "-450108")
        #expect(WorkbookNumber.text("1E3", style: .da) == "1000")
        #expect(WorkbookNumber.text("0.10000000000000001", style: .da) == "0,10000000000000001")
        #expect(WorkbookNumber.text(".5", style: .international) == "0.5")
        #expect(WorkbookNumber.text("-0.0", style: .da) == "0")
        #expect(WorkbookNumber.text("1E-300", style: .da) == "1E-300", "too many digits: left for the cell parser to reject")
        #expect(WorkbookNumber.text("12x", style: .da) == nil)
        #expect(WorkbookNumber.text("1.2.3", style: .da) == nil)
        #expect(WorkbookNumber.text("", style: .da) == nil)
    }

    @Test func dateSerialsCountFrom1900WithExcelsLeapDayOrFrom1904() {
        #expect(WorkbookDate.day("42795", dates1904: false)?.description == "2017-03-01")
        #expect(WorkbookDate.day("42795.75", dates1904: false)?.description == "2017-03-01", "a time of day is left out")
        #expect(WorkbookDate.day("1", dates1904: false)?.description == "1900-01-01")
        #expect(WorkbookDate.day("59", dates1904: false)?.description == "1900-02-28")
        #expect(WorkbookDate.day("60", dates1904: false) == nil, "Excel's 29 February 1900 never was")
        #expect(WorkbookDate.day("61", dates1904: false)?.description == "1900-03-01")
        #expect(WorkbookDate.day("0", dates1904: true)?.description == "1904-01-01")
        #expect(WorkbookDate.day("41333", dates1904: true)?.description == "2017-03-01")
        #expect(WorkbookDate.day("-1", dates1904: false) == nil)
        #expect(WorkbookDate.day("99999999", dates1904: false) == nil)
    }

    @Test func dateFormatsAreToldFromNumberAndTimeFormats() {
        for code in ["dd-mm-yyyy", "d/m/yy", "[$-406]d. mmmm yyyy", "yyyy-mm-dd hh:mm", "mmm-yy"] {
            #expect(WorkbookStyles.isDateFormat(code), "\(code)")
        }
        for code in ["General", "Standard", "#,##0", "0.00", "mm:ss", "[h]:mm", "\"dag \"0", "0.00E+00", "_-* #,##0.00 \"kr.\"_-"] {
            #expect(!WorkbookStyles.isDateFormat(code), "\(code)")
        }
        #expect(WorkbookStyles.builtInDates.contains(14) && !WorkbookStyles.builtInDates.contains(3))
    }

    @Test func cellNames() {
        #expect([1, 4, 26, 27, 52, 703, 16_384].map(CellName.letters) == ["A", "D", "Z", "AA", "AZ", "AAA", "XFD"])
        #expect(CellName.parse("D7")! == (4, 7))
        #expect(CellName.parse("xfd1048576")! == (16_384, 1_048_576))
        #expect(CellName.parse("7D") == nil && CellName.parse("D") == nil && CellName.parse("") == nil)
    }

    @Test func placesInAWorkbookAreSheetAndCellInBothLanguages() {
        let cell = SourceLocation(file: "Input/budget/budget.xlsx#Ishøj", line: 7, column: 4, sheet: "Ishøj")
        #expect(cell.rendered(.da) == "Input/budget/budget.xlsx, ark Ishøj, celle D7")
        #expect(cell.description == "Input/budget/budget.xlsx, sheet Ishøj, cell D7")
        #expect(cell.wholeLine.rendered(.da) == "Input/budget/budget.xlsx, ark Ishøj, række 7")
        #expect(SourceLocation(file: "b.xlsx", sheet: "Ark1").description == "b.xlsx, sheet Ark1")
        #expect(SourceLocation(file: "b.csv", line: 7, column: 4).rendered(.da) == "b.csv:7:4")
    }

    @Test func aSheetNamedInThePathIsSplitOffOnlyAfterAWorkbook() {
        #expect(InputResolver.splitSheet("Input/budget/b.xlsx#Ishøj") == ("Input/budget/b.xlsx", "Ishøj"))
        #expect(InputResolver.splitSheet("Input/#1/b.XLSX#Ark 2") == ("Input/#1/b.XLSX", "Ark 2"))
        #expect(InputResolver.splitSheet("Input/budget/b.csv#x") == ("Input/budget/b.csv#x", nil))
        #expect(InputResolver.splitSheet("Input/budget/b.xlsx#") == ("Input/budget/b.xlsx#", nil))
    }
}
