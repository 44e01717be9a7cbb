import CaseloadKit
import Foundation
import Testing

/// The frozen 2017 plan (`PlanFixture`, Beskæftigelsesplan 2017) gives the follow-up the plan lacked: the
/// Vallensbæk Integrationsydelse rate is flagged, and the A-dagpenge goal of Bilag 2 is checked.
@Suite struct ShippedFollowUpTests {
    @Test func vallensbaeksIntegrationsydelseRateIsFlagged() throws {
        let outcome = try PublishedBilag1Tests.shippedRun()
        let flags = try #require(outcome.files.first { $0.name == "flag.csv" }?.contents)
        #expect(flags.contains("\nVallensbæk,integrationsydelse,Integrationsydelse,takst_afviger,kr_pr_helaarsperson,1000032.00,136364.00,633.35,,50.00,\"Taksten er 1.000.032 kr. pr. helårsperson, 633 % over Ishøjs takst på 136.364 kr. (grænse 50 %); tjek budget og helårspersoner.\"\n"))
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
        #expect(markdown.contains("| Jobcenter Vallensbæk | A-dagpenge | Budgettet når ikke målet | Budgettet svarer til 704 helårspersoner (Vallensbæk 200 + Ishøj 504), 14 flere end målet om højst 690 i 2017. |"))
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
