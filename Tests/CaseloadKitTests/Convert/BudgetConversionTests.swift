@testable import CaseloadKit
import Testing

/// Kroner become helårspersoner in `BudgetConversion` only: budget / rate, and a difference
/// priced back at the same rate, exact.
@Suite struct BudgetConversionTests {
    let benefit = BenefitID("a-dagpenge")!
    let origin = SourceLocation(file: "Input/budget.csv", line: 2, column: nil)

    func budget(_ kroner: Int64, _ grundlag: Grundlag = .brutto) -> BudgetLine {
        BudgetLine(municipality: "Ishøj", year: 2017, benefit: benefit, amount: Kroner(kroner: kroner), grundlag: grundlag, origin: origin)
    }

    func rate(_ kroner: Int64, _ grundlag: Grundlag = .brutto) -> RateLine {
        RateLine(municipality: "*", scope: .everyMunicipality, year: 2017, benefit: benefit, grundlag: grundlag,
                 rate: Kroner(kroner: kroner), origin: origin)
    }

    @Test func aBudgetIsDividedByTheRateExactly() {
        let conversion = BudgetConversion(line: budget(1_000_000, .netto), rate: rate(300_000, .netto))
        #expect(conversion.helaarspersoner == Helaarspersoner(Exact(10) / Exact(3)))
        #expect(conversion.helaarspersoner.description == "3.3333")
        #expect(conversion.budget == Kroner(kroner: 1_000_000))
        #expect(conversion.grundlag == .netto)
        #expect(!conversion.lacksRate)
    }

    @Test func aDifferenceIsPricedAtTheSameRate() {
        let conversion = BudgetConversion(line: budget(1_000_000), rate: rate(300_000))
        #expect(conversion.kroner(Helaarspersoner(Exact(1) / Exact(2))) == Exact(150_000))
        #expect(conversion.kroner(Helaarspersoner(Exact(-2))) == Exact(-600_000))
    }

    @Test func aBudgetWithoutARateCannotBeConverted() {
        let conversion = BudgetConversion(line: budget(1_000_000), rate: nil)
        #expect(conversion.lacksRate)
        #expect(conversion.helaarspersoner == .zero)
        #expect(conversion.kroner(Helaarspersoner(Exact(1))) == nil)
    }

    @Test func noBudgetOrANilBudgetNeedsNoRate() {
        let none = BudgetConversion(line: nil, rate: nil)
        #expect(!none.lacksRate)
        #expect(none.budget == .zero)
        #expect(none.grundlag == .brutto)
        #expect(none.helaarspersoner == .zero)
        #expect(!BudgetConversion(line: budget(0), rate: nil).lacksRate)
    }
}
