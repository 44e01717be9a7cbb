@testable import CaseloadKit
import Foundation
import Testing

/// A place named inside a message (`the first is at …`) speaks the message's language: a
/// workbook's sheet, row and cell are `ark`, `række`, `celle` in Danish and `sheet`, `row`,
/// `cell` in English. A text file's `file:line:column` and a JSON file's path have no words
/// and read the same in both.
@Suite struct PlaceLanguageTests {
    static let cell = CaseloadKit.SourceLocation(file: "Input/ydelser.xlsx", line: 7, column: 4, sheet: "Ishøj")
    static let row = cell.wholeLine
    static let line = CaseloadKit.SourceLocation(file: "Input/budget/b.csv", line: 2, column: 5)
    static let json = CaseloadKit.SourceLocation(file: "Input/faktisk/j.json", line: 3, jsonPath: "$[0].Data[3]")

    @Test func aWorkbookCellInsideAMessageIsInTheMessagesLanguage() {
        let message = Message.catalogIDTwice("a-dagpenge", first: Self.cell)
        #expect(message.en == "id \"a-dagpenge\" is already defined at Input/ydelser.xlsx, sheet Ishøj, cell D7")
        #expect(message.da == "id \"a-dagpenge\" er allerede defineret i Input/ydelser.xlsx, ark Ishøj, celle D7")
    }

    @Test func aWorkbookRowInsideAMessageIsInTheMessagesLanguage() {
        let message = Message.secondBudget(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", first: Self.row)
        #expect(message.en == "a second budget for Ishøj, 2017, A-dagpenge; the first is at Input/ydelser.xlsx, sheet Ishøj, row 7")
        #expect(message.da == "endnu et budget for Ishøj, 2017, A-dagpenge; det første står i Input/ydelser.xlsx, ark Ishøj, række 7")
        let overlap = Message.overlappingCasePeriods(caseID: "******-**12", benefit: "A-dagpenge", other: Self.row,
                                                     first: Day(iso: "2017-02-01")!, last: Day(iso: "2017-02-01")!, days: 1)
        #expect(overlap.en.hasPrefix("this case period overlaps the one at Input/ydelser.xlsx, sheet Ishøj, row 7 (case"))
        #expect(overlap.da.hasPrefix("denne sagsperiode overlapper perioden i Input/ydelser.xlsx, ark Ishøj, række 7 (sag"))
    }

    @Test func aLineOrAJSONPathReadsTheSameInBothLanguages() {
        let line = Message.secondYearlyActual("Ishøj, 2015, A-dagpenge", first: Self.line.wholeLine)
        #expect(line.en == "a second yearly row for Ishøj, 2015, A-dagpenge; the first is at Input/budget/b.csv:2")
        #expect(line.da == "endnu en række for hele året for Ishøj, 2015, A-dagpenge; den første står i Input/budget/b.csv:2")
        let json = Message.actualsFromJSONAndCSV("Ishøj, 2017, A-dagpenge", first: Self.json)
        #expect(json.en.hasPrefix("actuals for Ishøj, 2017, A-dagpenge come both from Input/faktisk/j.json, $[0].Data[3] and"))
        #expect(json.da.hasPrefix("faktiske tal for Ishøj, 2017, A-dagpenge kommer både fra Input/faktisk/j.json, $[0].Data[3] og"))
    }

    /// Every catalogue entry that names another place, with a workbook row there: the Danish
    /// text has `ark`/`række` and no English place word, the English text the reverse.
    @Test func everyMessageNamingAnotherPlaceFollowsItsLanguage() {
        let row = Self.row
        let messages: [Message] = [
            .accountTwice("5.46.61.001", municipality: "Ishøj", year: 2017, first: row),
            .secondBudget(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", first: row),
            .secondCorrectedBudget(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", first: row),
            .correctedGrundlagDiffers(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", grundlag: "netto",
                                      original: row, originalGrundlag: "brutto"),
            .secondRate(grundlag: "brutto", municipality: nil, year: 2017, benefit: "A-dagpenge", first: row),
            .secondYearlyActual("Ishøj, 2015, A-dagpenge", first: row),
            .yearlyAndMonthly("Ishøj, 2015, A-dagpenge", yearlyAt: row),
            .secondMonthlyActual("Ishøj, 2017, A-dagpenge", month: 3, first: row),
            .actualsFromBothSources(municipality: "Ishøj", year: 2017, benefit: "A-dagpenge", caseRow: row),
            .catalogIDTwice("a-dagpenge", first: row),
            .nameMatchesTwoBenefits("Dagpenge", owner: "a-dagpenge", ownerName: "A-dagpenge", ownerAt: row, id: "sygedagpenge"),
            .functionListedForOther("5.57.71", owner: "a-dagpenge", ownerText: "5.57.71", ownerAt: row),
            .jobindsatsTableForOther("y01a02", owner: "a-dagpenge", ownerAt: row),
            .actualsFromJSONAndCSV("Ishøj, 2017, A-dagpenge", first: row),
            .labourForceTwice("Ishøj", year: 2015, first: row),
            .budgetRowMissing(municipality: "Ishøj", benefit: "Fleksjob", other: "Vallensbæk", otherPlace: row, functions: nil),
            .overlappingCasePeriods(caseID: "******-**12", benefit: "A-dagpenge", other: row,
                                    first: Day(iso: "2017-02-01")!, last: Day(iso: "2017-03-01")!, days: 29),
        ]
        for message in messages {
            #expect(message.en.contains("Input/ydelser.xlsx, sheet Ishøj, row 7") && !message.en.contains("ark Ishøj"), "\(message.en)")
            #expect(message.da.contains("Input/ydelser.xlsx, ark Ishøj, række 7") && !message.da.contains("sheet Ishøj"), "\(message.da)")
        }
    }

    /// A run: Ishøj's budget is a workbook, and a CSV file after it repeats its A-dagpenge row.
    @Test func aRunSaysWhereTheFirstBudgetIsInItsLanguage() throws {
        let plan = try WorkbookInputTests.plan(replacing: ["Input/budget/ishoej-2017.csv"])
        try Data("Kommune;År;Ydelse;Beløb;Grundlag\nIshøj;2017;A-dagpenge;1.000;brutto\n".utf8)
            .write(to: plan.folder.appendingPathComponent("Input/budget/zz-ekstra.csv"))
        let english = try WorkbookInputTests.diagnostics(plan, .en)
        let danish = try WorkbookInputTests.diagnostics(plan, .da)
        #expect(!english.succeeded)
        #expect(english.text == "Input/budget/zz-ekstra.csv:2:23: error: a second budget for Ishøj, 2017, A-dagpenge; "
                + "the first is at Input/budget/ishoej-2017.xlsx, sheet Ishøj, row 5")
        #expect(danish.text == "Input/budget/zz-ekstra.csv:2:23: fejl: endnu et budget for Ishøj, 2017, A-dagpenge; "
                + "det første står i Input/budget/ishoej-2017.xlsx, ark Ishøj, række 5")
    }
}
