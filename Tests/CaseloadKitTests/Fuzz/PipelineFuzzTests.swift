import CaseloadKit
import Foundation
import Testing

/// Mutated budget files (XML through libxml2, and CSV) through the whole pipeline: every run
/// ends with results or errors, never a crash or a hang, and every row is accounted for.
@Suite(.timeLimit(.minutes(2))) struct PipelineFuzzTests {
    static let xml = Array("""
    <?xml version="1.0" encoding="UTF-8"?>
    <budgetter xmlns="urn:caseload:budget:1">
      <budget kommune="Vallensbæk" aar="2017" grundlag="brutto">
        <post ydelse="A-dagpenge" beloeb="39038328"/>
        <post ydelse="Sygedagpenge" beloeb="24699999.50"/>
      </budget>
    </budgetter>

    """.utf8)

    static let csv = Array("kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;94.082.004\nIshøj;2017;\"Sygedagpenge\";45.940.650,00\n".utf8)

    func check(_ path: String, _ seed: [UInt8], interesting: String, iterations: Int, randomSeed: UInt64) throws {
        let scenario = try Scenario([
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Sygedagpenge;100\n",
        ])
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n")
        var random = SeededRandom(seed: randomSeed)
        for iteration in 0..<iterations {
            let bytes = random.mutate(seed, interesting: Array(interesting.utf8))
            try scenario.writeBytes(path, Data(bytes))
            let outcome = try scenario.evaluate()
            #expect(outcome.succeeded != outcome.diagnostics.hasErrors, "iteration \(iteration)")
            #expect(outcome.ledger.total.balances, "iteration \(iteration): rows do not add up")
            if outcome.succeeded { #expect(outcome.files.contains { $0.name == "afstemning.csv" }) }
        }
    }

    @Test func mutatedBudgetXML() throws {
        try check("Input/budget/b.xml", Self.xml, interesting: "<>/\"=&;!-.0123456789", iterations: 600, randomSeed: 5)
    }

    @Test func mutatedBudgetCSV() throws {
        try check("Input/budget/b.csv", Self.csv, interesting: ";\"\n.,-0123456789", iterations: 600, randomSeed: 6)
    }
}
