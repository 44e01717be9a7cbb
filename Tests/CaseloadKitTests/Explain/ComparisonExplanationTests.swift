import CaseloadKit
import Foundation
import Testing

/// `explain`'s comparison section (peers.md): per year the shares of us, the peers and the
/// country, each with the file:line of its helårspersoner and labour force, and the median.
@Suite struct ComparisonExplanationTests {
    static func explanation(_ kommune: String = "Ishøj") throws -> Explanation {
        let outcome = try PeerComparisonTests.scenario().evaluate()
        let report = try #require(outcome.report)
        return try Explainer.explain(kommune: kommune, benefit: "A-dagpenge", report: report, catalog: try #require(outcome.catalog))
    }

    @Test func eachShareWithTheLinesOfItsFigures() throws {
        let text = ExplanationText.render(try Self.explanation(), language: .da)
        let section = text.components(separatedBy: "\n\n").last ?? ""
        #expect(section == """
        sammenligning (helårspersoner pr. 100 i arbejdsstyrken; sammenligning.csv):
          Ishøj A-dagpenge 2015: 3,0 pr. 100 i arbejdsstyrken, Brøndby 2,0, Albertslund 2,5: median 2,3; 75 flere helårspersoner end på medianens niveau
            Ishøj: 100 × 300,0000 / 10.000 = 3,0000 (Input/faktisk/f.csv:2; Input/arbejdsstyrke/a.csv:3)
            Brøndby: 100 × 240,0000 / 12.000 = 2,0000 (Input/faktisk/f.csv:7; Input/arbejdsstyrke/a.csv:5)
            Albertslund: 100 × 200,0000 / 8.000 = 2,5000 (Input/faktisk/f.csv:12; Input/arbejdsstyrke/a.csv:7)
            Hele landet: 100 × 60.000,0000 / 2.500.000 = 2,4000 (Input/faktisk/f.csv:17; Input/arbejdsstyrke/a.csv:2)
            median (2,0000; 2,5000) = 2,2500; (3,0000 − 2,2500) × 10.000 / 100 = 75,0000
          Ishøj A-dagpenge 2017: 3,1 pr. 100 i arbejdsstyrken, Brøndby 2,1, Albertslund ukendt: median 2,1; 106 flere helårspersoner end på medianens niveau
            Ishøj: 100 × 314,7458 / 10.000 = 3,1475 (Input/faktisk/f.csv:4; Input/faktisk/f.csv:5; Input/arbejdsstyrke/a.csv:4)
            Brøndby: 100 × 250,0000 / 12.000 = 2,0833 (Input/faktisk/f.csv:9; Input/faktisk/f.csv:10; Input/arbejdsstyrke/a.csv:6)
            Albertslund: 100 × 180,0000 / tom (Input/faktisk/f.csv:13; Input/faktisk/f.csv:14)
            median (2,0833) = 2,0833; (3,1475 − 2,0833) × 10.000 / 100 = 106,4124

        """)
        let json = ExplanationJSON.render(try Self.explanation())
        #expect(json.contains("\"median_sammenlignelige\" : \"2.2500\""))
        #expect(json.contains("\"pct_af_arbejdsstyrken\" : \"2.4000\""))
    }

    @Test func withoutPeersThereIsNoSection() throws {
        let outcome = try PlanFixture.evaluated()
        let explanation = try Explainer.explain(kommune: "Ishøj", benefit: "A-dagpenge", report: try #require(outcome.report),
                                                catalog: try #require(outcome.catalog))
        #expect(explanation.comparison.isEmpty)
        #expect(!ExplanationText.render(explanation).contains("comparison"))
        #expect(!ExplanationJSON.render(explanation).contains("sammenligning"))
    }
}
