import CaseloadKit
import Foundation
import Testing

/// The peers' helårspersoner from a national case-period file (peers.md, "Inputs"): tallied
/// with ours by the same rules (the budget year up to the cut-off, prior years whole, open
/// cases to the period's end, omfang), used in sammenligning.csv, the flag and `explain`; rows
/// of other municipalities and of `Hele landet` (the country is never a sum of case periods)
/// left out and counted; a peer with aggregated rows and case periods for the same benefit
/// and year is an error, as for ours.
@Suite struct PeerCasePeriodsTests {
    static let budget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;200.000\n"
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;100.000\n"
    /// Cut-off 31.3.2017: the budget year so far is 90 days. Ishøj 2016 366/366 = 1; 2017
    /// (90 + 45) / 90 = 1,5. Brøndby 2016 0,5 (open, half omfang); 2017 (0,5 × 90 + 90) / 90 =
    /// 1,5; its third row starts after the cut-off. Glostrup and Hele landet are left out.
    static let cases = """
    sagsid;kommune;ydelse;fra;til;omfang
    A1;Ishøj;A-dagpenge;2016-01-01;2017-12-31;
    A2;Ishøj;A-dagpenge;2017-01-01;2017-02-14;
    B1;Brøndby;A-dagpenge;2016-01-01;;0,5
    B2;Brøndby;A-dagpenge;2017-01-01;2017-12-31;
    G1;Glostrup;A-dagpenge;2016-01-01;2016-12-31;
    B3;Brøndby;A-dagpenge;2017-04-01;2017-05-31;
    H1;Hele landet;A-dagpenge;2016-01-01;2016-12-31;

    """
    /// Albertslund and the country from aggregated rows.
    static let actuals = """
    kommune;år;ydelse;helårspersoner;måned
    Albertslund;2016;A-dagpenge;1;
    Albertslund;2017;A-dagpenge;2;
    Hele landet;2016;A-dagpenge;20;
    Hele landet;2017;A-dagpenge;30;

    """
    static let labourForce = "OMRÅDE;TID;INDHOLD\nHele landet;2016;1000\nHele landet;2017;1000\nIshøj;2016;50\nIshøj;2017;50\n"
        + "Brøndby;2016;200\nBrøndby;2017;200\nAlbertslund;2016;50\nAlbertslund;2017;50\nDragør;2016;40\nDragør;2017;40\n"

    static func scenario(peers: String = "[Brøndby, Albertslund]", actuals: String = Self.actuals) throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": budget, "Input/takster/t.csv": rates, "Input/sager/s.csv": cases,
            "Input/faktisk/f.csv": actuals, "Input/arbejdsstyrke/a.csv": labourForce,
        ], pipeline: """
        year: 2017
        prior_years: [2016]
        municipalities: [Ishøj]
        peers: \(peers)
        cutoff: 2017-03-31
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster
          actuals: Input/faktisk
          cases: Input/sager
          labour_force: Input/arbejdsstyrke

        """)
    }

    /// Brøndby from case periods beside Albertslund from aggregated rows: medians
    /// (0,25 + 2) / 2 = 1,125 and (0,75 + 4) / 2 = 2,375.
    @Test func aPeersCasePeriodsInTheComparison() throws {
        #expect(try PeerComparisonTests.file(Self.scenario(), "sammenligning.csv") == """
        \(PeerComparisonTests.header)
        Ishøj,egen,a-dagpenge,A-dagpenge,2016,1.0000,50,2.0000,1.1250,0.8750,0.4375
        Ishøj,egen,a-dagpenge,A-dagpenge,2017,1.5000,50,3.0000,2.3750,0.6250,0.3125
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2016,0.5000,200,0.2500,,,
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2017,1.5000,200,0.7500,,,
        Albertslund,sammenlignelig,a-dagpenge,A-dagpenge,2016,1.0000,50,2.0000,,,
        Albertslund,sammenlignelig,a-dagpenge,A-dagpenge,2017,2.0000,50,4.0000,,,
        Hele landet,hele_landet,a-dagpenge,A-dagpenge,2016,20.0000,1000,2.0000,,,
        Hele landet,hele_landet,a-dagpenge,A-dagpenge,2017,30.0000,1000,3.0000,,,

        """)
    }

    /// The peer's rows are used; Glostrup's and Hele landet's are left out and counted, the
    /// row after the cut-off is outside the periods.
    @Test func otherMunicipalitiesAndTheCountryAreLeftOutOfTheCaseFile() throws {
        let outcome = try Self.scenario().evaluate()
        #expect(outcome.ledger.tallies["Input/sager/s.csv"] == .init(read: 7, used: 4, ignored: ["another municipality": 2, "outside the periods": 1], rejected: 0))
        // Dragør's two are its labour-force rows.
        #expect(outcome.ledger.unknownMunicipalities == ["Glostrup": 1, "Hele landet": 1, "Dragør": 2])
        // Brøndby no peer: its three case rows are another municipality's (two more in the labour force).
        let without = try Self.scenario(peers: "[Albertslund]").evaluate()
        #expect(without.ledger.tallies["Input/sager/s.csv"] == .init(read: 7, used: 2, ignored: ["another municipality": 5], rejected: 0))
        #expect(without.ledger.unknownMunicipalities == ["Brøndby": 5, "Glostrup": 1, "Hele landet": 1, "Dragør": 2])
    }

    /// A peer with no rows anywhere (Dragør, though it has a labour force) has no rows; the
    /// median is Brøndby's share alone.
    @Test func anAbsentPeerHasNoRows() throws {
        #expect(try PeerComparisonTests.file(Self.scenario(peers: "[Brøndby, Dragør]"), "sammenligning.csv") == """
        \(PeerComparisonTests.header)
        Ishøj,egen,a-dagpenge,A-dagpenge,2016,1.0000,50,2.0000,0.2500,1.7500,0.8750
        Ishøj,egen,a-dagpenge,A-dagpenge,2017,1.5000,50,3.0000,0.7500,2.2500,1.1250
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2016,0.5000,200,0.2500,,,
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2017,1.5000,200,0.7500,,,
        Hele landet,hele_landet,a-dagpenge,A-dagpenge,2016,20.0000,1000,2.0000,,,
        Hele landet,hele_landet,a-dagpenge,A-dagpenge,2017,30.0000,1000,3.0000,,,

        """)
    }

    /// 2016: 2 against 1,125 is 77,78 % over; 2017: 3 against 2,375 is 26,32 % over (limit 25 %).
    @Test func theFlagFromCasePeriods() throws {
        let flags = try PeerComparisonTests.file(Self.scenario(), "flag.csv").split(separator: "\n").filter { $0.contains("over_sammenlignelige") }
        #expect(flags == [
            "Ishøj,a-dagpenge,A-dagpenge,over_sammenlignelige,pct_af_arbejdsstyrken,2.0000,1.1250,77.78,43750.00,25.00,\"I 2016 var 2,0 pr. 100 i arbejdsstyrken på ydelsen mod medianen 1,1 for Brøndby og Albertslund: 78 % over (grænse 25 %), 0,4 flere helårspersoner end på medianens niveau.\"",
            "Ishøj,a-dagpenge,A-dagpenge,over_sammenlignelige,pct_af_arbejdsstyrken,3.0000,2.3750,26.32,31250.00,25.00,\"I 2017 var 3,0 pr. 100 i arbejdsstyrken på ydelsen mod medianen 2,4 for Brøndby og Albertslund: 26 % over (grænse 25 %), 0,3 flere helårspersoner end på medianens niveau.\"",
        ])
    }

    /// `explain` names the case file's lines and rows of the peer, as for our own case figures.
    @Test func explainNamesThePeersCaseRows() throws {
        let outcome = try Self.scenario().evaluate()
        let explanation = try Explainer.explain(kommune: "Ishøj", benefit: "A-dagpenge", report: try #require(outcome.report),
                                                catalog: try #require(outcome.catalog))
        let text = ExplanationText.render(explanation, language: .da)
        #expect(text.components(separatedBy: "\n\n").last == """
        sammenligning (helårspersoner pr. 100 i arbejdsstyrken; sammenligning.csv):
          Ishøj A-dagpenge 2016: 2,0 pr. 100 i arbejdsstyrken, Brøndby 0,25, Albertslund 2,0: median 1,1; 0,4 flere helårspersoner end på medianens niveau
            Ishøj: 100 × 1,0000 / 50 = 2,0000 (Input/sager/s.csv:2 (1 sagsrække); Input/arbejdsstyrke/a.csv:4)
            Brøndby: 100 × 0,5000 / 200 = 0,2500 (Input/sager/s.csv:4 (1 sagsrække); Input/arbejdsstyrke/a.csv:6)
            Albertslund: 100 × 1,0000 / 50 = 2,0000 (Input/faktisk/f.csv:2; Input/arbejdsstyrke/a.csv:8)
            Hele landet: 100 × 20,0000 / 1.000 = 2,0000 (Input/faktisk/f.csv:4; Input/arbejdsstyrke/a.csv:2)
            median (0,2500; 2,0000) = 1,1250; (2,0000 − 1,1250) × 50 / 100 = 0,4375
          Ishøj A-dagpenge 2017: 3,0 pr. 100 i arbejdsstyrken, Brøndby 0,75, Albertslund 4,0: median 2,4; 0,3 flere helårspersoner end på medianens niveau
            Ishøj: 100 × 1,5000 / 50 = 3,0000 (Input/sager/s.csv:2-3 (2 sagsrækker); Input/arbejdsstyrke/a.csv:5)
            Brøndby: 100 × 1,5000 / 200 = 0,7500 (Input/sager/s.csv:4-5 (2 sagsrækker); Input/arbejdsstyrke/a.csv:7)
            Albertslund: 100 × 2,0000 / 50 = 4,0000 (Input/faktisk/f.csv:3; Input/arbejdsstyrke/a.csv:9)
            Hele landet: 100 × 30,0000 / 1.000 = 3,0000 (Input/faktisk/f.csv:5; Input/arbejdsstyrke/a.csv:3)
            median (0,7500; 4,0000) = 2,3750; (3,0000 − 2,3750) × 50 / 100 = 0,3125

        """)
        #expect(ExplanationText.render(explanation, language: .en).contains("(Input/sager/s.csv:4-5 (2 case rows); Input/arbejdsstyrke/a.csv:7)"))
    }

    /// Aggregated rows and case periods for the same peer, benefit and year: an error at the
    /// first aggregated row naming the case row, as for our own municipalities.
    @Test func aPeerFromBothSourcesIsAnError() throws {
        let outcome = try Self.scenario(actuals: Self.actuals + "Brøndby;2016;A-dagpenge;3;\n").evaluate()
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "Input/faktisk/f.csv:6: error: actuals for Brøndby, 2016, A-dagpenge come both from aggregated rows and from case periods "
                + "(Input/sager/s.csv:4); use one source",
        ])
    }
}
