@testable import CaseloadKit
import Foundation
import Testing

/// Statistikbanken CSV (sources.md) as the labour force: BOM, `;`, CRLF, `OMRÅDE`, `TID` as a
/// year, `..` as no value; two values in another dimension, a quarter or a month where a year
/// is needed, and a header that is not Statistikbanken's are errors at their place.
@Suite struct StatistikbankenTableTests {
    static func read(_ text: String) throws -> (lines: [LabourForceLine], messages: [String], ledger: InputLedger) {
        let folder = TestScratch.root.appendingPathComponent("caseload-sb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("ras.csv")
        try Data(text.utf8).write(to: url)
        let diagnostics = DiagnosticEngine()
        let ledger = InputLedger()
        let lines = try LabourForceReader.read(InputFile(url: url, path: "Input/arbejdsstyrke/ras.csv"),
                                               diagnostics: diagnostics, ledger: ledger)
        return (lines, diagnostics.diagnostics.map(\.description), ledger)
    }

    @Test func aDownloadWithBOMAndCRLF() throws {
        let read = try Self.read("\u{FEFF}OMRÅDE;ALDER;KØN;TID;INDHOLD\r\nHele landet;16-64 år;I alt;2015;2.900.000\r\nIshøj;16-64 år;I alt;2015;16679\r\nBrøndby;16-64 år;I alt;2015;..\r\n")
        #expect(read.messages == [])
        #expect(read.lines.map(\.area) == ["Hele landet", "Ishøj", "Brøndby"])
        #expect(read.lines.map(\.year) == [2015, 2015, 2015])
        #expect(read.lines.map(\.persons) == [Exact(2_900_000), Exact(16679), nil])
        #expect(read.lines[1].origin.description == "Input/arbejdsstyrke/ras.csv:3:27")
    }

    @Test func twoValuesInADimensionColumnAreAnError() throws {
        let read = try Self.read("OMRÅDE;KØN;TID;INDHOLD\nIshøj;Mænd;2015;8000\nIshøj;Kvinder;2015;8679\nBrøndby;Kvinder;2015;9000\n")
        #expect(read.messages == [
            "Input/arbejdsstyrke/ras.csv:3:7: error: column KØN holds two values, \"Mænd\" (line 2) and \"Kvinder\"; summing them would count people twice: download the table with one value chosen for KØN (e.g. I alt)",
        ])
        #expect(read.lines.map(\.area) == ["Ishøj"])
        #expect(read.ledger.tallies["Input/arbejdsstyrke/ras.csv"] == .init(read: 3, used: 0, ignored: [:], rejected: 2))
        let danish = Message.statistikbankenTwoValues("KØN", first: "Mænd", firstLine: 2, second: "Kvinder").da
        #expect(danish == "kolonnen KØN har to værdier, \"Mænd\" (linje 2) og \"Kvinder\"; at lægge dem sammen ville tælle personer to gange: hent tabellen med én værdi valgt for KØN (f.eks. I alt)")
    }

    @Test func aQuarterOrAMonthWhereAYearIsNeeded() throws {
        let read = try Self.read("OMRÅDE;TID;INDHOLD\nIshøj;2015K1;16679\nIshøj;2015Q2;16679\nIshøj;2015M03;16679\nIshøj;2015-03;1\n")
        #expect(read.messages == [
            "Input/arbejdsstyrke/ras.csv:2:7: error: TID \"2015K1\" is a quarter; a year is needed here: download the table by year",
            "Input/arbejdsstyrke/ras.csv:3:7: error: TID \"2015Q2\" is a quarter; a year is needed here: download the table by year",
            "Input/arbejdsstyrke/ras.csv:4:7: error: TID \"2015M03\" is a month; a year is needed here: download the table by year",
            "Input/arbejdsstyrke/ras.csv:5:7: error: TID \"2015-03\" is not a year (2017) or a month (2017M03)",
        ])
        #expect(read.lines.isEmpty)
        #expect(StatistikbankenPeriod("2017") == .year(2017))
        #expect(StatistikbankenPeriod("2017M03") == .month(year: 2017, month: 3))
        #expect(StatistikbankenPeriod("2017K4") == .quarter(year: 2017, quarter: 4))
        #expect(StatistikbankenPeriod("2017M13") == nil)
        #expect(StatistikbankenPeriod("2017K5") == nil)
    }

    @Test func aHeaderThatIsNotStatistikbankensAndOtherCellErrors() throws {
        #expect(try Self.read("kommune;år;arbejdsstyrke\nIshøj;2015;16679\n").messages == [
            "Input/arbejdsstyrke/ras.csv:1: error: not a table saved from Statistikbanken: its header must end with TID;INDHOLD (found \"kommune;år;arbejdsstyrke\")",
        ])
        #expect(try Self.read("KØN;TID;INDHOLD\nI alt;2015;16679\n").messages == [
            "Input/arbejdsstyrke/ras.csv:1: error: the Statistikbanken table has no column OMRÅDE; download the table with OMRÅDE chosen",
        ])
        #expect(try Self.read("OMRÅDE;TID;INDHOLD\nIshøj;2015;16.67.9\n").messages == [
            "Input/arbejdsstyrke/ras.csv:2:12: error: INDHOLD \"16.67.9\" is not a number in Danish style (e.g. 39.038.328 or 1.234,56)",
        ])
    }
}
