@testable import CaseloadKit
import Foundation
import Testing

@Suite struct ResultTableTests {
    static func parse(_ text: String) throws(ReviewFailure) -> ResultTable {
        try ResultTable.parse(Data(text.utf8), source: "old/afstemning.csv")
    }

    static func failure(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsColumnsRowsAndExactDecimals() throws {
        let table = try Self.parse("""
        kommune,ydelse_id,ydelse,budget_kr,kr_pr_helaarsperson,helaarspersoner_2016
        Ishøj,kontanthjaelp,"Kontanthjælp, særl.",9007199254740993.25,,-0.0001

        """)
        #expect(table.columns == ["kommune", "ydelse_id", "ydelse", "budget_kr", "kr_pr_helaarsperson", "helaarspersoner_2016"])
        #expect(table.source == "old/afstemning.csv")
        let row = try #require(table.rows.first)
        #expect(row.key == ResultKey(kommune: "Ishøj", ydelseID: "kontanthjaelp"))
        #expect(row.line == 2)
        #expect(row.benefitName == "Kontanthjælp, særl.")
        // Past Double's 2^53: kept to the last digit.
        #expect(row.cells["budget_kr"] == .number(DecimalValue(units: 900_719_925_474_099_325, scale: 2)))
        #expect(row.cells["kr_pr_helaarsperson"] == .empty)
        #expect(row.cells["helaarspersoner_2016"] == .number(DecimalValue(units: -1, scale: 4)))
    }

    @Test func malformedFilesAreErrorsAtTheirPlace() {
        let header = "kommune,ydelse_id,ydelse,budget_kr\n"
        #expect(Self.failure(header + "Ishøj,a-dagpenge,A-dagpenge\n")
                == "old/afstemning.csv:2: error: the row has 3 fields, the header 4")
        #expect(Self.failure(header + "Ishøj,a-dagpenge,A-dagpenge,1.234,56\n")
                == "old/afstemning.csv:2: error: the row has 5 fields, the header 4")
        #expect(Self.failure(header + "Ishøj,a-dagpenge,A-dagpenge,12abc\n")
                == "old/afstemning.csv:2:29: error: budget_kr \"12abc\" is not a number (e.g. 1234.56)")
        #expect(Self.failure(header + "Ishøj,a-dagpenge,A-dagpenge, 12\n")
                == "old/afstemning.csv:2:29: error: budget_kr \" 12\" is not a number (e.g. 1234.56)")
        #expect(Self.failure(header + "Ishøj,a-dagpenge,A,1\nVallensbæk,a-dagpenge,A,2\nIshøj,a-dagpenge,A,3\n")
                == "old/afstemning.csv:4: error: kommune \"Ishøj\" and ydelse_id \"a-dagpenge\" appear twice, also on line 2")
        #expect(Self.failure("kommune;ydelse_id;budget_kr\nIshøj;a;1\n")
                == "old/afstemning.csv:1: error: the header has no column \"kommune\"; is this an afstemning.csv?")
        #expect(Self.failure("kommune,ydelse,budget_kr,budget_kr\n")
                == "old/afstemning.csv:1:26: error: column \"budget_kr\" appears twice in the header")
        #expect(Self.failure(header + "\"Ishøj,a-dagpenge,A,1\n")
                == "old/afstemning.csv:2:1: error: unterminated quote: the quoted field that starts here never ends")
        #expect(Self.failure("") == "error: old/afstemning.csv is empty; a result file has a header line")
        #expect(throws: ReviewFailure(.resultNotUTF8("old/afstemning.csv"))) {
            try ResultTable.parse(Data([0x6B, 0xE6, 0x0A]), source: "old/afstemning.csv")
        }
    }
}
