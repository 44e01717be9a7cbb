import CaseloadKit
import Foundation
import Testing

/// The comparison with comparable municipalities and the country (peers.md): sammenligning.csv
/// with figures worked out by hand, the median of odd and even counts, the country's own row
/// or none, the flag at and above its threshold, other municipalities' rows left out.
@Suite struct PeerComparisonTests {
    static let budget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;60.000.000\nIshøj;2017;Kontanthjælp;10.050.000\n"
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;200.000\nIshøj;2017;Kontanthjælp;100.000\n"
    /// 2015 whole; 2017 by month, with March after the cut-off (28.2.).
    static let actuals = """
    kommune;år;ydelse;helårspersoner;måned
    Ishøj;2015;A-dagpenge;300;
    Ishøj;2015;Kontanthjælp;100,5;
    Ishøj;2017;A-dagpenge;310;1
    Ishøj;2017;A-dagpenge;320;2
    Ishøj;2017;A-dagpenge;999;3
    Brøndby;2015;A-dagpenge;240;
    Brøndby;2015;Kontanthjælp;121;
    Brøndby;2017;A-dagpenge;250;1
    Brøndby;2017;A-dagpenge;250;2
    Brøndby;2017;A-dagpenge;1;3
    Albertslund;2015;A-dagpenge;200;
    Albertslund;2017;A-dagpenge;180;1
    Albertslund;2017;A-dagpenge;180;2
    Glostrup;2015;A-dagpenge;96;
    Køge;2015;A-dagpenge;500;

    """
    static let country = "Hele landet;2015;A-dagpenge;60.000;\n"
    /// A Statistikbanken download: BOM, CRLF, `;`, one value of KØN; Albertslund 2017 `..`.
    static let labourForce = "\u{FEFF}OMRÅDE;KØN;TID;INDHOLD\r\nHele landet;I alt;2015;2.500.000\r\nIshøj;I alt;2015;10000\r\n"
        + "Ishøj;I alt;2017;10000\r\nBrøndby;I alt;2015;12000\r\nBrøndby;I alt;2017;12000\r\nAlbertslund;I alt;2015;8000\r\n"
        + "Albertslund;I alt;2017;..\r\nGlostrup;I alt;2015;4000\r\nKøge;I alt;2015;30000\r\n"

    static func scenario(peers: String = "[Brøndby, Albertslund]", country: Bool = true, flags: String = "") throws -> Scenario {
        try Scenario([
            "Input/budget/b.csv": budget, "Input/takster/t.csv": rates,
            "Input/faktisk/f.csv": actuals + (country ? Self.country : ""),
            "Input/arbejdsstyrke/a.csv": labourForce,
        ], pipeline: """
        year: 2017
        prior_years: [2015]
        municipalities: [Ishøj]
        peers: \(peers)
        cutoff: 2017-02-28
        inputs:
          catalog: Input/ydelser.csv
          budget: Input/budget
          rates: Input/takster
          actuals: Input/faktisk
          labour_force: Input/arbejdsstyrke
        \(flags)
        """)
    }

    static func file(_ scenario: Scenario, _ name: String) throws -> String {
        let outcome = try scenario.evaluate()
        try #require(outcome.succeeded, "\(outcome.diagnostics.rendered())")
        return try #require(outcome.files.first { $0.name == name }).contents
    }

    static let header = "kommune,rolle,ydelse_id,ydelse,aar,helaarspersoner,arbejdsstyrke,pct_af_arbejdsstyrken,median_sammenlignelige,forskel_procentpoint,forskel_helaarspersoner"

    /// Two peers: the median is the mean of the two middle values, (2 + 2,5) / 2 = 2,25.
    /// 2017 is January and February, day-weighted: (310 × 31 + 320 × 28) / 59 = 314,7458;
    /// Albertslund's 2017 labour force is `..`, so only Brøndby's 2,0833 counts.
    @Test func sharesAndTheMedianOfAnEvenCount() throws {
        #expect(try Self.file(Self.scenario(), "sammenligning.csv") == """
        \(Self.header)
        Ishøj,egen,a-dagpenge,A-dagpenge,2015,300.0000,10000,3.0000,2.2500,0.7500,75.0000
        Ishøj,egen,a-dagpenge,A-dagpenge,2017,314.7458,10000,3.1475,2.0833,1.0641,106.4124
        Ishøj,egen,kontanthjaelp,Kontanthjælp,2015,100.5000,10000,1.0050,1.0083,-0.0033,-0.3333
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2015,240.0000,12000,2.0000,,,
        Brøndby,sammenlignelig,a-dagpenge,A-dagpenge,2017,250.0000,12000,2.0833,,,
        Brøndby,sammenlignelig,kontanthjaelp,Kontanthjælp,2015,121.0000,12000,1.0083,,,
        Albertslund,sammenlignelig,a-dagpenge,A-dagpenge,2015,200.0000,8000,2.5000,,,
        Albertslund,sammenlignelig,a-dagpenge,A-dagpenge,2017,180.0000,,,,,
        Hele landet,hele_landet,a-dagpenge,A-dagpenge,2015,60000.0000,2500000,2.4000,,,

        """)
    }

    /// Three peers: the middle value, 2,4 (Glostrup), in the order pipeline.yml names them.
    @Test func theMedianOfAnOddCount() throws {
        let csv = try Self.file(Self.scenario(peers: "[Brøndby, Albertslund, Glostrup]"), "sammenligning.csv")
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[1] == "Ishøj,egen,a-dagpenge,A-dagpenge,2015,300.0000,10000,3.0000,2.4000,0.6000,60.0000")
        #expect(lines[2] == "Ishøj,egen,a-dagpenge,A-dagpenge,2017,314.7458,10000,3.1475,2.0833,1.0641,106.4124")
        #expect(lines[8] == "Albertslund,sammenlignelig,a-dagpenge,A-dagpenge,2017,180.0000,,,,,")
        #expect(lines[9] == "Glostrup,sammenlignelig,a-dagpenge,A-dagpenge,2015,96.0000,4000,2.4000,,,")
        #expect(lines[10] == "Hele landet,hele_landet,a-dagpenge,A-dagpenge,2015,60000.0000,2500000,2.4000,,,")
        #expect(lines.count == 11)
        #expect(ComparisonRow.median([Exact(3), Exact(1), Exact(2)]) == Exact(2))
        #expect(ComparisonRow.median([Exact(4), Exact(1), Exact(2), Exact(3)]) == Exact(5) / Exact(2))
        #expect(ComparisonRow.median([]) == nil)
    }

    /// Without its own row in the actuals there is no country row, though the labour force has
    /// one: the country is never a sum of the municipalities that happen to be in the file.
    @Test func theCountryOnlyFromItsOwnRow() throws {
        let csv = try Self.file(Self.scenario(country: false), "sammenligning.csv")
        #expect(!csv.contains("Hele landet"))
        #expect(!csv.contains("hele_landet"))
        #expect(csv.split(separator: "\n").count == 9)
    }

    /// Rows of municipalities that are neither ours nor peers (Køge, and Glostrup when it is
    /// not a peer) are left out and counted; the peers' and the country's rows are used.
    @Test func otherMunicipalitiesAreLeftOutAndCounted() throws {
        let outcome = try Self.scenario().evaluate()
        #expect(outcome.ledger.tallies["Input/faktisk/f.csv"] == .init(read: 16, used: 12, ignored: ["another municipality": 2, "after the cut-off": 2], rejected: 0))
        #expect(outcome.ledger.tallies["Input/arbejdsstyrke/a.csv"] == .init(read: 9, used: 6, ignored: ["another municipality": 2, "no value (..)": 1], rejected: 0))
        #expect(outcome.ledger.unknownMunicipalities == ["Glostrup": 2, "Køge": 2])
    }

    /// over_sammenlignelige: P more than 25 % above M. 2015 with three peers is exactly 25 %
    /// (3 against 2,4): not flagged; with two peers 33 %: flagged. The size in kroner is the
    /// helårspersoner above the median's level at the row's rate (75 × 200.000).
    @Test func theFlagAndItsThreshold() throws {
        let even = try Self.file(Self.scenario(), "flag.csv").split(separator: "\n").filter { $0.contains("over_sammenlignelige") }
        #expect(even == [
            "Ishøj,a-dagpenge,A-dagpenge,over_sammenlignelige,pct_af_arbejdsstyrken,3.1475,2.0833,51.08,21282485.88,25.00,\"I 2017 var 3,1 pr. 100 i arbejdsstyrken på ydelsen mod Brøndbys 2,1: 51 % over (grænse 25 %), 106 flere helårspersoner end på Brøndbys niveau.\"",
            "Ishøj,a-dagpenge,A-dagpenge,over_sammenlignelige,pct_af_arbejdsstyrken,3.0000,2.2500,33.33,15000000.00,25.00,\"I 2015 var 3,0 pr. 100 i arbejdsstyrken på ydelsen mod medianen 2,3 for Brøndby og Albertslund: 33 % over (grænse 25 %), 75 flere helårspersoner end på medianens niveau.\"",
        ])
        let odd = try Self.file(Self.scenario(peers: "[Brøndby, Albertslund, Glostrup]"), "flag.csv")
        #expect(!odd.contains("I 2015 var"))
        #expect(odd.contains("I 2017 var 3,1"))
        let higher = try Self.file(Self.scenario(flags: "flags:\n  peer_deviation_percent: 60\n"), "flag.csv")
        #expect(!higher.contains("over_sammenlignelige"))
        let lower = try Self.file(Self.scenario(peers: "[Brøndby, Albertslund, Glostrup]", flags: "flags:\n  peer_deviation_percent: 24.99\n"), "flag.csv")
        #expect(lower.contains("I 2015 var 3,0 pr. 100 i arbejdsstyrken på ydelsen mod medianen 2,4 for Brøndby, Albertslund og Glostrup: 25 % over (grænse 24,99 %), 60 flere helårspersoner end på medianens niveau."))
    }

    /// The comparison's file is in the result files' list, and not written without peers.
    @Test func sammenligningIsAResultFile() throws {
        #expect(ResultFile.sammenligning.name == "sammenligning.csv")
        #expect(ResultFile.sammenligning.kind == .csv)
        #expect(SammenligningCSV.schema.header.joined(separator: ",") == Self.header)
        #expect(Pipeline.resultFileNames.contains("sammenligning.csv"))
        let outcome = try PlanFixture.evaluated()
        #expect(!outcome.files.map(\.name).contains("sammenligning.csv"))
    }
}
