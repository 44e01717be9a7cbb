@testable import CaseloadKit
import Foundation
import Testing
import ZIPFoundation

/// afstemning.xlsx: a valid, deterministic package whose cells hold afstemning.csv's numbers.
@Suite struct XLSXWorkbookTests {
    /// The workbook's parts by path, in the archive's order.
    static func parts(_ data: Data) throws -> [(path: String, text: String, date: Date)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, String(decoding: bytes, as: UTF8.self), entry.fileAttributes[.modificationDate] as? Date ?? .distantPast)
        }
    }

    static func shippedWorkbook() throws -> Data {
        let outcome = try PlanFixture().evaluate()
        return try #require(outcome.files.first { $0.name == "afstemning.xlsx" }?.data)
    }

    @Test func packageHasFixedPartsOrderAndDatesAndWellFormedXML() throws {
        let parts = try Self.parts(try Self.shippedWorkbook())
        #expect(parts.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
            "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml",
        ])
        for part in parts {
            #expect(part.date == Date(timeIntervalSince1970: 315_532_800), "\(part.path)")
            #expect(ParsedMarkup(part.text, html: false).problems.map(\.description) == [], "\(part.path)")
        }
        let properties = parts.filter { $0.path.hasPrefix("docProps/") }.map(\.text).joined()
        for word in ["creator", "lastModifiedBy", "created", "modified", "Company", "Manager"] {
            #expect(!properties.contains(word))
        }
        let styles = try #require(parts.first { $0.path == "xl/styles.xml" }?.text)
        #expect(styles.contains("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"167\" formatCode=\"#,##0.0000\"/>"))
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        #expect(workbook.contains("<sheet name=\"Vallensbæk\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Ishøj\" sheetId=\"2\" r:id=\"rId2\"/>"
            + "<sheet name=\"Jobcenter Vallensbæk\" sheetId=\"3\" r:id=\"rId3\"/><sheet name=\"Data (afstemning.csv)\" sheetId=\"4\" r:id=\"rId4\"/>"))
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"3\" hidden=\"1\">&#39;Data (afstemning.csv)&#39;!$A$1:$J$31</definedName>"))
    }

    @Test func bilag1SheetHoldsNumbersWithFrozenBoldHeader() throws {
        let parts = try Self.parts(try Self.shippedWorkbook())
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet1.xml" }?.text)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        // Vallensbæk's A-dagpenge: 39.038.328 kr., 200 and 205 helårspersoner, as numbers in #,##0 (style 3).
        #expect(sheet.contains("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" s=\"3\"><v>39038328</v></c><c r=\"C2\" s=\"3\"><v>200</v></c><c r=\"D2\" s=\"3\"><v>205</v></c></row>"))
        // The total row, bold with a line above (style 8).
        #expect(sheet.contains("<c r=\"A17\" s=\"7\" t=\"s\">"))
        #expect(sheet.contains("<c r=\"B17\" s=\"8\"><v>118930034</v></c><c r=\"C17\" s=\"8\"><v>724</v></c><c r=\"D17\" s=\"8\"><v>756</v></c>"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"34\" customWidth=\"1\"/>"))
        // Printed: A4 landscape one page wide, the sheet's name on top, title and page numbers below.
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<headerFooter><oddHeader>&amp;C&amp;A</oddHeader>"
            + "<oddFooter>&amp;LBilag 1: Økonomi og helårspersoner 2017&amp;RSide &amp;P af &amp;N</oddFooter></headerFooter>"))
        let data = try #require(parts.first { $0.path == "xl/worksheets/sheet4.xml" }?.text)
        #expect(data.contains("<autoFilter ref=\"A1:J31\"/>"))
        // 195.191,64 kr. per helårsperson in #,##0.00 (style 5), 200 helårspersoner in #,##0.0000 (style 6).
        #expect(data.contains("<c r=\"E2\" s=\"5\"><v>195191.64</v></c><c r=\"F2\" s=\"6\"><v>200</v></c>"))
    }

    @Test func fractionsKeepTheCSVsDecimalsAndPartialTotalsAreMarked() throws {
        let scenario = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000.000\nVallensbæk;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;3.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nIshøj;2017;A-dagpenge;333,25\nIshøj;2015;A-dagpenge;7\n",
        ])
        let outcome = try scenario.evaluate()
        let csv = try #require(outcome.files.first { $0.name == "afstemning.csv" }?.contents)
        #expect(csv.contains("Ishøj,a-dagpenge,A-dagpenge,1000000.00,3000.00,333.3333,333.2500,7.0000,-0.0833,-250.00"))
        let parts = try Self.parts(try #require(outcome.files.first { $0.name == "afstemning.xlsx" }?.data))
        let data = try #require(parts.first { $0.path == "xl/worksheets/sheet4.xml" }?.text)
        #expect(data.contains("<v>333.3333</v>"))
        #expect(data.contains("<v>333.25</v>"))
        #expect(data.contains("<v>-0.0833</v>"))
        #expect(data.contains("<v>-250</v>"))
        // Jobcenter: 2015 and 2017 actuals only from Ishøj, so shown with " *" (style 4), the total " **" (style 10), each with its footnote.
        let jobcenter = try #require(parts.first { $0.path == "xl/worksheets/sheet3.xml" }?.text)
        #expect(jobcenter.contains("<c r=\"D2\" s=\"4\"><v>7</v></c><c r=\"E2\" s=\"4\"><v>333.25</v></c>"))
        let strings = try #require(parts.first { $0.path == "xl/sharedStrings.xml" }?.text)
        #expect(strings.contains("<t>* A-dagpenge: faktiske tal for 2015 og 2017 fra 1 af 2 kommuner.</t>"))
        #expect(strings.contains("<t>** I alt: faktiske tal for 2015 og 2017 fra 1 af 2 rækker (kommune og ydelse); budgettet omfatter alle 2.</t>"))
        #expect(jobcenter.contains("<c r=\"D3\" s=\"10\"><v>7</v></c>"))
        #expect(strings.contains("<t>Faktisk 2017</t>"))
    }

    @Test func sheetNamesAreValidAndUnique() {
        #expect(SheetName.unique(["Vallensbæk", "vallensbæk", "Data (afstemning.csv)"]) == ["Vallensbæk", "vallensbæk (2)", "Data (afstemning.csv)"])
        #expect(SheetName.unique(["A/B: [x]?*", "'Quoted'", "History", ""]) == ["A_B_ _x___", "Quoted", "History_", "Ark"])
        let long = String(repeating: "Æ", count: 40)
        let names = SheetName.unique([long, long])
        #expect(names == [String(repeating: "Æ", count: 31), String(repeating: "Æ", count: 27) + " (2)"])
    }

    @Test func columnLetters() {
        #expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(CellReference.column) == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    }
}
