import CaseloadKit
import Foundation

/// Two municipalities, A-dagpenge and Sygedagpenge, Ishøj's A-dagpenge budgeted netto and
/// everything else brutto; monthly actuals of 2017 for January and February only, with a
/// cut-off of 15 March; 2015 actuals for one benefit in each municipality.
enum MixedGrundlagScenario {
    static func outcome() throws -> RunOutcome {
        try Scenario([
            "Input/budget/b.csv": """
            kommune;år;ydelse;beløb;grundlag
            Vallensbæk;2017;A-dagpenge;39.038.328;brutto
            Vallensbæk;2017;Sygedagpenge;24.699.999;brutto
            Ishøj;2017;A-dagpenge;94.082.004;netto
            Ishøj;2017;Sygedagpenge;45.940.650;brutto

            """,
            "Input/takster/t.csv": """
            kommune;år;ydelse;kr_pr_helårsperson;grundlag
            Vallensbæk;2017;A-dagpenge;195.191,64;brutto
            Ishøj;2017;A-dagpenge;186.670,64;netto
            *;2017;Sygedagpenge;191.419,38;brutto

            """,
            "Input/faktisk/f.csv": """
            kommune;år;ydelse;måned;helårspersoner
            Ishøj;2017;A-dagpenge;1;510
            Ishøj;2017;A-dagpenge;2;498,5
            Ishøj;2017;Sygedagpenge;1;250
            Ishøj;2017;Sygedagpenge;2;250
            Ishøj;2015;A-dagpenge;;538
            Vallensbæk;2015;Sygedagpenge;;16

            """,
        ], cutoff: "2017-03-15").evaluate()
    }

    static func report() throws -> ReconciliationReport {
        guard let report = try outcome().report else { throw ScenarioFailure(diagnostics: "no report") }
        return report
    }
}
