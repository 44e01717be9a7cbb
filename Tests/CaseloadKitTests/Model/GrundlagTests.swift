import CaseloadKit
import Testing

@Suite struct GrundlagTests {
    @Test func cellsAreBruttoOrNettoNeverMixed() {
        #expect(Grundlag(cell: "") == .brutto)
        #expect(Grundlag(cell: "Netto") == .netto)
        #expect(Grundlag(cell: "BRUTTO") == .brutto)
        #expect(Grundlag(cell: "brutto/netto") == nil)
        #expect(Grundlag(cell: "mixed") == nil)
    }

    @Test func aSumOfBothIsMixed() {
        #expect(Grundlag.combined([.brutto, .brutto]) == .brutto)
        #expect(Grundlag.combined([.netto]) == .netto)
        #expect(Grundlag.combined([.brutto, .netto]) == .mixed)
        #expect(Grundlag.combined([.netto, .mixed]) == .mixed)
        #expect(Grundlag.combined([Grundlag]()) == .brutto)
        #expect([Grundlag.brutto, .netto, .mixed].map(\.label) == ["Brutto", "Netto", "Brutto/Netto"])
    }

    @Test func theJobcenterTotalOfBruttoAndNettoIsMixed() throws {
        let report = try MixedGrundlagScenario.report()
        #expect(report.totals.map(\.grundlag) == [.mixed, .brutto])
        #expect(report.rows(of: "Ishøj").map(\.grundlag) == [.netto, .brutto])
    }
}
