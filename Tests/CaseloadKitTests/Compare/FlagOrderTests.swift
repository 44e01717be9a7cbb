import CaseloadKit
import Testing

/// Flags largest in kroner first, stably, those without a size last.
@Suite struct FlagOrderTests {
    static func flag(_ kommune: String, _ kind: FlagKind, _ kroner: Int?) -> ReportFlag {
        ReportFlag(kommune: kommune, benefits: [BenefitID("a-dagpenge")!], benefitNames: ["A-dagpenge"], kind: kind, unit: .helaarspersoner,
                   value: .zero, reference: nil, differenceKroner: kroner.map { Exact($0) }, explanation: kommune)
    }

    @Test func bySizeInKronerWhateverTheSignTiesInTheOrderFound() {
        let flags = [
            Self.flag("Vallensbæk", .takstAfviger, 4_318_340),
            Self.flag("Vallensbæk", .budgetUdenFaktisk, nil),
            Self.flag("Vallensbæk", .storAendring, -100),
            Self.flag("Ishøj", .takstAfviger, -56_138_420),
            Self.flag("Ishøj", .storAendring, 100),
            Self.flag("Ishøj", .faktiskUdenBudget, nil),
            Self.flag("Jobcenter Vallensbæk", .maalBudget, 2_647_281),
        ]
        #expect(FlagOrder.bySize(flags).map { "\($0.kommune) \($0.kind.rawValue)" } == [
            "Ishøj takst_afviger", "Vallensbæk takst_afviger", "Jobcenter Vallensbæk maal_budget",
            "Vallensbæk stor_aendring", "Ishøj stor_aendring", "Vallensbæk budget_uden_faktisk", "Ishøj faktisk_uden_budget",
        ])
    }

    @Test func theReportOpensWithTenAndTheRestFollowNumberedOn() throws {
        // Twelve municipalities' budgets without actuals: twelve flags, each its whole budget in kroner.
        let names = (1...12).map { "K\($0)" }
        let budget = "kommune;år;ydelse;beløb\n" + names.enumerated().map { "\($0.element);2017;A-dagpenge;\(($0.offset + 1) * 1000)" }.joined(separator: "\n") + "\n"
        let actuals = "kommune;år;ydelse;helårspersoner\n" + names.map { "\($0);2015;A-dagpenge;0" }.joined(separator: "\n") + "\n"
        let outcome = try Scenario([
            "Input/budget/b.csv": budget,
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n",
            "Input/faktisk/f.csv": actuals,
        ], jobcenter: nil, municipalities: names).evaluate()
        let report = try #require(outcome.report)
        let layout = FollowUpLayout(report)
        #expect(layout.largestHeading == "De 10 største afvigelser")
        #expect(layout.largest.rows.map(\.kommune) == ["K12", "K11", "K10", "K9", "K8", "K7", "K6", "K5", "K4", "K3"])
        #expect(layout.others.rows.map { "\($0.number) \($0.kommune)" } == ["11 K2", "12 K1"])
        #expect(layout.othersLead == "Flag nr. 11–12 efter størrelse i kr.")
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("De øvrige 2 står under Øvrige flag sidst."))
        #expect(markdown.hasSuffix("| 12 | K1 | A-dagpenge | Budget uden faktiske helårspersoner | 1.000 | Budgettet for 2017 er 1.000 kr. (10 helårspersoner), men der var 0 faktiske helårspersoner i 2015. |\n"))
        let csv = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents).split(separator: "\n")
        #expect(csv[1].hasPrefix("K12,") && csv[12].hasPrefix("K1,"))
    }
}
