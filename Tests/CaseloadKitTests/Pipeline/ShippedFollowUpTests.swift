import CaseloadKit
import Foundation
import Testing

/// The frozen 2017 plan (`PlanFixture`, Beskæftigelsesplan 2017) gives the follow-up the plan lacked: the
/// Vallensbæk Integrationsydelse rate is flagged, and the A-dagpenge goal of Bilag 2 is checked.
@Suite struct ShippedFollowUpTests {
    @Test func vallensbaeksIntegrationsydelseRateIsFlagged() throws {
        let outcome = try PublishedBilag1Tests.shippedRun()
        let flags = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents)
        #expect(flags.contains("\nVallensbæk,integrationsydelse,Integrationsydelse,takst_afviger,kr_pr_helaarsperson,1000032.00,136364.00,633.35,4318340.00,50.00,\"Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.\"\n"))
        let report = try #require(outcome.report)
        #expect(report.flags.count == 16)
        #expect(report.flags.map(\.kind.rawValue).reduce(into: [:]) { $0[$1, default: 0] += 1 } == [
            "takst_afviger": 6, "stor_aendring": 5, "budget_uden_faktisk": 3, "faktisk_uden_budget": 1, "maal_budget": 1,
        ])
    }

    @Test func theADagpengeGoalIsCheckedInPlainDanish() throws {
        let outcome = try PublishedBilag1Tests.shippedRun()
        let goal = try #require(outcome.report?.goals.first)
        #expect(NumberFormat.machine.string(goal.budget.exact, decimals: 4) == "704.0000")
        #expect(goal.parts.map { "\($0.kommune) \(NumberFormat.machine.string($0.helaarspersoner.exact, decimals: 0))" } == ["Vallensbæk 200", "Ishøj 504"])
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("Det vedtagne budget svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet: budgettet når ikke målet."))
        #expect(markdown.contains("| 11 | Jobcenter Vallensbæk | A-dagpenge | Budgettet når ikke målet | 2.647.281 | Budgettet svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet om højst 690 i 2017. |"))
    }

    @Test func theReportOpensWithTheTenLargestFlagsInKroner() throws {
        let outcome = try PublishedBilag1Tests.shippedRun()
        let report = try #require(outcome.report)
        let sizes = report.flags.map { flag in flag.differenceKroner.map { NumberFormat.machine.string($0, decimals: 0) } ?? "" }
        #expect(sizes == ["-56138420", "29858178", "23692963", "8863660", "-6086266", "5000160", "4318340", "4290881", "4198698",
                          "3908858", "2647281", "1309335", "822186", "450108", "176046", "120832"])
        let layout = FollowUpLayout(report)
        #expect(layout.largestHeading == "De 10 største afvigelser")
        #expect(layout.largest.rows.map { "\($0.number) \($0.kommune) \($0.benefit)" }.prefix(4) == [
            "1 Ishøj Integrationsydelse", "2 Ishøj Kontanthjælp", "3 Ishøj Arbejdsmarkedsydelse", "4 Ishøj Integrationsydelse",
        ])
        #expect(layout.others.rows.map(\.number) == [11, 12, 13, 14, 15, 16])
        // flag.csv lists them in the same order.
        let lines = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents).split(separator: "\n")
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] + "," + $0.split(separator: ",")[3] }.prefix(3) == [
            "Ishøj,takst_afviger", "Ishøj,takst_afviger", "Ishøj,faktisk_uden_budget",
        ])
        let markdown = try #require(outcome.files.first { $0.name == "bilag1.md" }?.contents)
        #expect(markdown.contains("De øvrige 6 står under Øvrige flag sidst. Alle tal står i flag.csv."))
        #expect(markdown.contains("\n## Øvrige flag\n\nFlag nr. 11–16 efter størrelse i kr.\n\n| Nr. | Kommune |"))
    }

    @Test func theShippedCatalogMapsTheChartOfAccountsFunctions() throws {
        let outcome = try PublishedBilag1Tests.shippedRun()
        let catalog = try #require(outcome.catalog)
        func benefit(_ account: String) -> String? {
            AccountFunction(account).flatMap { catalog.accounts.entry(for: $0)?.benefit.rawValue }
        }
        #expect(benefit("5.57.71.001") == "sygedagpenge")
        #expect(benefit("5.57.73.007") == "kontanthjaelp")
        #expect(benefit("5.57.73.008.01") == "uddannelseshjaelp")
        #expect(benefit("5.57.73.009") == nil)  // another grouping of the function: no benefit of ours
        #expect(benefit("5.57.74") == "integrationsydelse")
        #expect(benefit("5.57.78") == "a-dagpenge")
        #expect(benefit("5.57.79") == "arbejdsmarkedsydelse")
        #expect(benefit("5.58.80") == "revalidering")
        #expect(benefit("5.58.81.013") == "fleksjob-gammel-ordning")
        #expect(benefit("5.58.81.014") == "fleksjob-ny-ordning")
        #expect(benefit("5.58.82") == "ressourceforloebsydelse")
        #expect(benefit("5.58.83") == "ledighedsydelse")
        #expect(benefit("5.68.94") == "kontanthjaelp-i-loentilskud")
    }
}
