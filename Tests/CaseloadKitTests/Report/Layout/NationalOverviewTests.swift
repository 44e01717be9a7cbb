@testable import CaseloadKit
import Testing

/// The national overview (`NationalOverview`, `NationalRanking`) tested directly: ranks with
/// ties, the top and bottom when there are few, municipalities without a figure, the share of
/// the labour force with a missing labour force, the variance without one, the threshold, and
/// the three renderers walking the one layout.
@Suite struct NationalOverviewTests {
    static let benefit = Benefit(id: BenefitID("a-dagpenge")!, name: "A-dagpenge", aliases: [], origin: SourceLocation(file: "ydelser.csv"))

    static func ranking(_ values: [(String, Int?)], highlighted: Set<String> = [], shown: Int = 3) -> NationalRanking {
        NationalRanking(benefit: benefit, values: values.map { ($0.0, $0.1.map(Exact.init)) }, highlighted: highlighted, shown: shown)
    }

    static func names(_ entries: [NationalRanking.Entry]) -> [String] { entries.map { "\($0.rank). \($0.kommune)" } }

    @Test func equalFiguresShareARankAndTheNextRankSkips() {
        let ranking = Self.ranking([("A", 3), ("B", 5), ("C", 5), ("D", 1), ("E", 3), ("F", 0), ("G", -2)], shown: 2)
        #expect(Self.names(ranking.top) == ["1. B", "1. C"])
        #expect(Self.names(ranking.bottom) == ["6. F", "7. G"])
        #expect(ranking.count == 7)
        #expect(ranking.median == Exact(3))
        // Ranks in between: A and E share 3, D is 5.
        let all = Self.ranking([("A", 3), ("B", 5), ("C", 5), ("D", 1), ("E", 3)], shown: 5)
        #expect(Self.names(all.top) == ["1. B", "1. C", "3. A", "3. E", "5. D"])
        #expect(all.bottom.isEmpty)
    }

    @Test func fewerMunicipalitiesThanTheTopAndBottomShowEachOnce() {
        let four = Self.ranking([("A", 4), ("B", 3), ("C", 2), ("D", 1)])
        #expect(Self.names(four.top) == ["1. A", "2. B", "3. C"])
        #expect(Self.names(four.bottom) == ["4. D"])
        let two = Self.ranking([("A", 1), ("B", 2)])
        #expect(Self.names(two.top) == ["1. B", "2. A"])
        #expect(two.bottom.isEmpty)
        #expect(two.median == Exact(3) / Exact(2))
        let none = Self.ranking([("A", nil)])
        #expect(none.top.isEmpty && none.bottom.isEmpty && none.median == nil && none.count == 0)
        #expect(none.withoutFigure == ["A"])
    }

    @Test func municipalitiesWithoutAFigureAreCountedNotRankedAndHighlightedOnesAreNotRepeated() {
        let values: [(String, Int?)] = [("A", 9), ("B", nil), ("C", 7), ("D", 6), ("E", 5), ("F", nil), ("G", 3), ("H", 2), ("I", 1), ("J", 8)]
        let ranking = Self.ranking(values, highlighted: ["A", "E", "F"])
        #expect(ranking.count == 8)
        #expect(ranking.withoutFigure == ["B", "F"])
        #expect(Self.names(ranking.top) == ["1. A", "2. J", "3. C"])
        #expect(Self.names(ranking.bottom) == ["6. G", "7. H", "8. I"])
        // A is in the top already; F has no figure.
        #expect(Self.names(ranking.highlighted) == ["5. E"])
    }

    /// 2 municipalities of ours and 8 peers with a labour force of 1.000 each (Hvidovre's is
    /// missing): shares of 2015, ours highlighted, the country as the reference.
    static func shareReport() -> ReconciliationReport {
        let peers = ["Albertslund", "Ballerup", "Brøndby", "Dragør", "Gentofte", "Gladsaxe", "Glostrup", "Hvidovre"]
        let persons = [("Vallensbæk", 30), ("Ishøj", 80), ("Albertslund", 50), ("Ballerup", 50), ("Brøndby", 90), ("Dragør", 10),
                       ("Gentofte", 20), ("Gladsaxe", 40), ("Glostrup", 60), ("Hvidovre", 70), ("Hele landet", 45_000)]
        let rows = persons.map { name, value in
            let role: ComparisonRole = name == "Hele landet" ? .heleLandet : peers.contains(name) ? .sammenlignelig : .egen
            let labourForce = name == "Hvidovre" ? nil : name == "Hele landet" ? Exact(3_000_000) : Exact(1000)
            return ComparisonRow(kommune: name, role: role, benefit: benefit, year: 2015, helaarspersoner: Exact(value),
                                 helaarspersonerSource: nil, labourForce: labourForce, labourForceOrigin: nil, peerShares: [])
        }
        let comparison = PeerComparison(peers: peers, years: [2015, 2017], rows: rows, thresholdPercent: Exact(25))
        return ReconciliationReport(year: 2017, priorYears: [2015], cutoff: nil, municipalities: ["Vallensbæk", "Ishøj"], rows: [],
                                    jobcenter: nil, totals: [], comparison: comparison)
    }

    @Test func withALabourForceTheSharesAreRankedOursHighlightedAMissingLabourForceLeftOut() throws {
        let overview = try #require(NationalOverview(Self.shareReport()))
        #expect(overview.measure == .share(year: 2015))
        #expect(overview.municipalityCount == 10)
        #expect(overview.highlighted == ["Vallensbæk", "Ishøj"])
        #expect(overview.columns == ["Ydelse", "Højest", "Lavest", "Median", "Hele landet", "Egne kommuner", "Uden tal"])
        let ranking = try #require(overview.rankings.first)
        #expect(ranking.withoutFigure == ["Hvidovre"])
        #expect(overview.cells(ranking) == [
            ["1. Brøndby 9,00", "2. Ishøj 8,00", "3. Glostrup 6,00"],
            ["7. Vallensbæk 3,00", "8. Gentofte 2,00", "9. Dragør 1,00"],
            ["5,00"], ["1,50"], [], ["1"],
        ])
        // Ishøj without a labour force: not ranked, and said so beside the others.
        let rows = Self.shareReport().comparison?.rows.map { row in
            ComparisonRow(kommune: row.kommune, role: row.role, benefit: row.benefit, year: row.year, helaarspersoner: row.helaarspersoner,
                          helaarspersonerSource: nil, labourForce: row.kommune == "Ishøj" ? nil : row.labourForce, labourForceOrigin: nil,
                          peerShares: [])
        } ?? []
        var report = Self.shareReport()
        report.comparison = PeerComparison(peers: report.comparison?.peers ?? [], years: [2015], rows: rows, thresholdPercent: Exact(25))
        let withoutIshoej = try #require(NationalOverview(report))
        #expect(withoutIshoej.cells(try #require(withoutIshoej.rankings.first)) == [
            ["1. Brøndby 9,00", "2. Glostrup 6,00", "3. Albertslund 5,00"],
            ["6. Vallensbæk 3,00", "7. Gentofte 2,00", "8. Dragør 1,00"],
            ["4,50"], ["1,50"], ["Ishøj: uden tal"], ["2"],
        ])
        #expect(overview.intro.hasPrefix("Helårspersoner pr. 100 i arbejdsstyrken i 2015 for 10 kommuner, højeste først: de 3 højeste og de 3 laveste pr. ydelse, medianen, tallet for Hele landet og hvor Vallensbæk og Ishøj står (nr. af antal med tal)."))
    }

    static let files = [
        "Input/budget/b.csv": "kommune;år;ydelse;beløb\n" + municipalities.map { "\($0);2017;A-dagpenge;1.000.000\n\($0);2017;Sygedagpenge;1.000.000" }.joined(separator: "\n") + "\n",
        "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n*;2017;Sygedagpenge;100.000\n",
        "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\n"
            + zip(municipalities, ["12", "11", "11", "10", "9", "8", "7", "13"]).map { "\($0);2017;A-dagpenge;\($1)" }.joined(separator: "\n")
            + "\nAlbertslund;2017;Sygedagpenge;5\nBallerup;2017;Sygedagpenge;15\n",
    ]
    static let municipalities = ["Albertslund", "Ballerup", "Brøndby", "Dragør", "Gentofte", "Gladsaxe", "Glostrup", "Herlev", "Hvidovre"]

    @Test func withoutALabourForceTheVarianceAgainstTheBudgetIsRankedInEveryReport() throws {
        let outcome = try Scenario(Self.files, jobcenter: "Hele landet", municipalities: Self.municipalities).evaluate()
        let report = try #require(outcome.report)
        let overview = try #require(NationalOverview(report))
        #expect(overview.measure == .variancePercent(year: 2017))
        #expect(overview.highlighted.isEmpty)
        #expect(overview.columns == ["Ydelse", "Højest", "Lavest", "Median", "Hele landet i alt", "Uden tal"])
        #expect(overview.rankings.map(\.benefit.name) == ["A-dagpenge", "Sygedagpenge"])
        let dagpenge = overview.rankings[0]
        #expect(overview.cells(dagpenge) == [
            ["1. Herlev +30,0 %", "2. Albertslund +20,0 %", "3. Ballerup +10,0 %"],
            ["6. Gentofte -10,0 %", "7. Gladsaxe -20,0 %", "8. Glostrup -30,0 %"],
            ["+5,0 %"], ["+1,3 %"], ["1"],
        ])
        // Two municipalities with a figure: both in the top, none in the bottom.
        #expect(overview.cells(overview.rankings[1])[0 ... 1] == [["1. Ballerup +50,0 %", "2. Albertslund -50,0 %"], []])
        let markdown = Bilag1Markdown.render(report)
        #expect(markdown.contains("\n## Landsoverblik\n\nAfvigelsen mellem faktiske og budgetterede helårspersoner i 2017 i procent af budgettet for 9 kommuner"))
        #expect(markdown.contains("| Sygedagpenge | 1. Ballerup +50,0 %<br>2. Albertslund -50,0 % |  | 0,0 % |"))
        let html = HTMLReport.render(report)
        #expect(html.contains("<section class=\"overview\" id=\"landsoverblik\">"))
        #expect(html.contains("<section class=\"unit lean\" id=\"enhed-1\">"))
        #expect(!html.contains("<figure class=\"chart\">"))
        let sheets = XLSXWorkbook.sheets(report)
        #expect(sheets.map(\.name).prefix(2) == ["Landsoverblik", "Albertslund"])
        // The sheet: a row per benefit, the count without a figure a number cell.
        guard case .number(let literal) = sheets[0].rows[1].last?.content else {
            Issue.record("the count without a figure is not a number cell")
            return
        }
        #expect(literal == "1")
    }

    @Test func eightMunicipalitiesOrFewerHaveNoOverviewAndFullPages() throws {
        let eight = Array(Self.municipalities.prefix(8))
        let outcome = try Scenario(Self.files.mapValues { $0.split(separator: "\n").filter { !$0.hasPrefix("Hvidovre") }.joined(separator: "\n") + "\n" },
                                   municipalities: eight).evaluate()
        let report = try #require(outcome.report)
        #expect(NationalOverview(report) == nil)
        #expect(!NationalOverview.isLean(report))
        #expect(!Bilag1Markdown.render(report).contains("Landsoverblik"))
        #expect(HTMLReport.render(report).contains("<section class=\"unit\" id=\"enhed-1\">"))
        // The shipped example: 2 municipalities, 2 peers, the jobcenter: no overview.
        #expect(NationalOverview(try #require(try PlanFixture.evaluated().report)) == nil)
    }
}
