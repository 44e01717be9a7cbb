import CaseloadKit
import Foundation
import Testing

@Suite struct TableDiffTests {
    static let header = "kommune,ydelse_id,ydelse,budget_kr,kr_pr_helaarsperson,helaarspersoner_budget\n"

    static func table(_ text: String, _ source: String) throws -> ResultTable {
        try ResultTable.parse(Data(text.utf8), source: source)
    }

    static func diff(_ old: String, _ new: String, tolerance: String = "0") throws -> TableDiff {
        TableDiff.compare(file: "afstemning.csv", old: try table(old, "old"), new: try table(new, "new"),
                          tolerance: try #require(Tolerance(tolerance)))
    }

    @Test func rowsAreMatchedByKeyNotByPosition() throws {
        let diff = try Self.diff(Self.header + "Ishøj,a,A,1.00,1.00,1.0000\nIshøj,b,B,2.00,1.00,2.0000\n",
                                 Self.header + "Ishøj,b,B,2.00,1.00,2.0000\nIshøj,a,A,1.00,1.00,1.0000\n")
        #expect(diff.rowsCompared == 2)
        #expect(diff.changed.isEmpty)
        #expect(!diff.hasChanges)
    }

    @Test func onlyChangedCellsCountAndNumbersCompareAsValues() throws {
        // 1.0 and 1.00 are the same number; 9007199254740993 and …992 differ, though not as Double.
        let diff = try Self.diff(Self.header + "Ishøj,a,A,9007199254740992.00,1.0,1.0000\n",
                                 Self.header + "Ishøj,a,A,9007199254740993.00,1.00,1.0000\n")
        let row = try #require(diff.changed.first)
        #expect(row.cells.map(\.column) == ["ydelse", "budget_kr", "kr_pr_helaarsperson", "helaarspersoner_budget"])
        #expect(row.changedCells.map(\.column) == ["budget_kr"])
        #expect(row.changedCells.first?.difference == Exact(1))
    }

    @Test func toleranceIgnoresSmallNumericChangesButNeverAValueThatAppearsOrText() throws {
        let old = Self.header + "Ishøj,a,A,100.00,,1.0000\nIshøj,b,B,100.00,10.00,10.0000\nIshøj,c,C,5.00,1.00,5.0000\n"
        let new = Self.header + "Ishøj,a,A,100.40,0.01,1.0040\nIshøj,b,B,100.50,10.00,10.0000\nIshøj,c,Cc,5.00,1.00,5.0000\n"
        let loose = try Self.diff(old, new, tolerance: "0.5")
        #expect(loose.changed.map(\.key.ydelseID) == ["a", "b", "c"])
        #expect(loose.changed.map { $0.changedCells.map(\.column) } == [["kr_pr_helaarsperson"], ["budget_kr"], ["ydelse"]])
        let exact = try Self.diff(old, new)
        #expect(exact.changed.map { $0.changedCells.map(\.column) }
                == [["budget_kr", "kr_pr_helaarsperson", "helaarspersoner_budget"], ["budget_kr"], ["ydelse"]])
        let wide = try Self.diff(Self.header + "Ishøj,a,A,100.00,1.00,1.0000\n", Self.header + "Ishøj,a,A,99.00,1.00,1.0000\n", tolerance: "1.5")
        #expect(!wide.hasChanges)
        #expect(wide.rowsCompared == 1)
    }

    @Test func addedAndRemovedRowsAndColumns() throws {
        let old = "kommune,ydelse_id,ydelse,helaarspersoner_2015\nIshøj,a,A,1.0000\nIshøj,b,B,2.0000\n"
        let new = "kommune,ydelse_id,ydelse,helaarspersoner_2016\nIshøj,a,A,3.0000\nVallensbæk,a,A,4.0000\n"
        let diff = try Self.diff(old, new)
        #expect(diff.rowsCompared == 1)
        // Columns one side lacks are reported once, not as a change in every row.
        #expect(diff.changed.isEmpty)
        #expect(diff.added.map(\.key) == [ResultKey(kommune: "Vallensbæk", ydelseID: "a")])
        #expect(diff.removed.map(\.key) == [ResultKey(kommune: "Ishøj", ydelseID: "b")])
        #expect(diff.columnsAdded == ["helaarspersoner_2016"])
        #expect(diff.columnsRemoved == ["helaarspersoner_2015"])
        #expect(diff.hasChanges)
    }

    @Test func aFileOnOneSideOnlyIsAllAddedOrRemovedRows() throws {
        let total = try Self.table(Self.header + "Jobcenter,a,A,1.00,,1.0000\n", "new")
        let added = TableDiff.compare(file: "afstemning-total.csv", old: nil, new: total, tolerance: .none)
        #expect(added.added.count == 1 && added.removed.isEmpty && added.rowsCompared == 0)
        #expect(added.columnsAdded.isEmpty)
        let removed = TableDiff.compare(file: "afstemning-total.csv", old: total, new: nil, tolerance: .none)
        #expect(removed.removed.count == 1 && removed.added.isEmpty && removed.hasChanges)
    }
}
