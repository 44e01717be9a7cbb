@testable import CaseloadKit
import Foundation
import Testing

/// pipeline.yml's `peers:` and `inputs.labour_force` (peers.md): read in order, and a peer that
/// is ours, a peer twice and peers without a labour force are errors at their line.
@Suite struct PeersConfigTests {
    static let head = """
    year: 2017
    municipalities: [Vallensbæk, Ishøj]
    inputs:
      catalog: Input/ydelser.csv
      budget: Input/budget
      rates: Input/takster

    """

    static func parse(_ text: String) throws -> Result<PipelineConfig, ConfigLoader.Failure> {
        let base = try Scenario([
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nIshøj;2017;A-dagpenge;1\n",
            "Input/arbejdsstyrke/ras.csv": "OMRÅDE;TID;INDHOLD\nIshøj;2015;1\n",
        ]).folder
        do {
            return .success(try ConfigLoader.parse(text, file: "pipeline.yml", base: base))
        } catch {
            return .failure(error)
        }
    }

    static func messages(_ text: String) throws -> [String] {
        guard case .failure(let failure) = try parse(text) else { return [] }
        return failure.diagnostics.map(\.description)
    }

    static let withLabourForce = head + "  labour_force: Input/arbejdsstyrke\n"

    @Test func peersAndTheLabourForceAreRead() throws {
        let config = try Self.parse(Self.withLabourForce + "peers: [Brøndby, Albertslund]\nflags:\n  peer_deviation_percent: 30\n").get()
        #expect(config.peers.map(\.name) == ["Brøndby", "Albertslund"])
        #expect(config.peerOrigins.map(\.description) == ["pipeline.yml:8:9", "pipeline.yml:8:18"])
        #expect(config.inputs.labourForce.map(\.path) == ["Input/arbejdsstyrke/ras.csv"])
        #expect(config.flagThresholds.peerDeviationPercent == Exact(30))
        let without = try Self.parse(Self.head).get()
        #expect(without.peers.isEmpty)
        #expect(without.inputs.labourForce.isEmpty)
        #expect(without.flagThresholds.peerDeviationPercent == Exact(25))
    }

    @Test func aPeerThatIsOursOrNamedTwiceIsAnErrorAtItsLine() throws {
        #expect(try Self.messages(Self.withLabourForce + "peers:\n  - Brøndby\n  - Ishøj\n  - brøndby\n  - Hele landet\n") == [
            "pipeline.yml:10:5: error: peer \"Ishøj\" is also in municipalities; a municipality is either ours or a peer",
            "pipeline.yml:11:5: error: peer \"brøndby\" is named twice",
            "pipeline.yml:12:5: error: \"Hele landet\" cannot be a peer: name municipalities; the whole country is compared with by itself when the inputs have its row",
        ])
    }

    @Test func peersWithoutTheLabourForceIsAnErrorAtPeers() throws {
        #expect(try Self.messages(Self.head + "peers: [Brøndby]\n") == [
            "pipeline.yml:7:1: error: peers needs inputs.labour_force: the shares are of the labour force (a Statistikbanken CSV, e.g. labour_force: Input/arbejdsstyrke)",
        ])
        #expect(try Self.messages(Self.withLabourForce + "peers: Brøndby\n") == [
            "pipeline.yml:8:8: error: peers must be a list of municipalities, e.g. peers: [Albertslund, Brøndby]",
        ])
    }
}
