import Foundation
import Testing

/// Danish for the people who use it: the built binary speaks Danish with `LANG=da_DK.UTF-8`
/// or `--sprog da`, English otherwise; the reports stay as they are.
@Suite(.serialized) struct LanguageCommandTests {
    static let valid = RunCommandTests.valid
    static let danish = ["LANG": "da_DK.UTF-8"]

    static let danishSummary = """
    caseload 2017: Vallensbæk, Ishøj (Jobcenter Vallensbæk)
    Læst 3 filer, 8 rækker: 8 brugt, 0 ignoreret, 0 afvist.
      Input/ydelser.csv         4 læst       4 brugt
      Input/budget/b.csv        2 læst       2 brugt
      Input/takster/t.csv       2 læst       2 brugt
    Alle rækker er gjort op: læst = brugt + ignoreret + afvist.
    Skrev Output/2017/: afstemning.csv (2 rækker), afstemning-total.csv (1 række), bilag1.md, afstemning.xlsx, rapport.html, flag.csv (0 flag), inddata.csv.

    """

    @Test func aDanishLocaleGivesADanishSummary() throws {
        let scenario = try Scenario(Self.valid)
        let result = try CaseloadProcess.run(in: scenario.folder, environment: Self.danish)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == Self.danishSummary)
    }

    @Test func sprogDaGivesTheSameSummaryWithoutTheLocale() throws {
        let scenario = try Scenario(Self.valid)
        let result = try CaseloadProcess.run(["run", "--sprog", "da"], in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stdout == Self.danishSummary)
    }

    @Test func sprogEnWinsOverADanishLocaleAndNoLocaleIsEnglish() throws {
        let scenario = try Scenario(Self.valid)
        let english = try CaseloadProcess.run(["run", "--sprog", "en"], in: scenario.folder, environment: Self.danish)
        #expect(english.stdout.contains("Read 3 files, 8 rows: 8 used, 0 ignored, 0 rejected."))
        let status = try CaseloadProcess.run(["status"], in: scenario.folder)
        #expect(status.stdout == "Output/2017 is up to date: nothing changed since caseload.lock.\n")
        let danish = try CaseloadProcess.run(["status"], in: scenario.folder, environment: Self.danish)
        #expect(danish.stdout == "Output/2017 er ajour: intet er ændret siden caseload.lock.\n")
        let upToDate = try CaseloadProcess.run(["run", "--sprog", "da"], in: scenario.folder)
        #expect(upToDate.stdout == "Output/2017 er ajour: intet er ændret siden caseload.lock (--force kører alligevel).\n")
    }

    @Test func errorsAndTheClosingLineInDanish() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("Input/budget/b.csv", "kommune;år;ydelse;beløb\nIshøj;2017;Kontanthjalp;1.234.5\nVallensbæk;2017;Sygedagpenge;2.000\n")
        let result = try CaseloadProcess.run(in: scenario.folder, environment: Self.danish)
        #expect(result.status == 1)
        #expect(result.stderr == """
        Input/budget/b.csv:2:12: fejl: ukendt ydelse "Kontanthjalp"; mente du "Kontanthjælp"?
        Input/budget/b.csv:2:25: fejl: beløb "1.234.5" er ikke et tal i dansk talformat (f.eks. 39.038.328 eller 1.234,56)
        bemærk: der blev ikke fundet budgetlinjer for Ishøj; det tjekkes igen, når fejlene i budgetfilerne er rettet

        """)
        #expect(result.stdout.contains("  Input/budget/b.csv        2 læst       1 brugt  1 afvist\n"))
        #expect(result.stdout.hasSuffix("Alle rækker er gjort op: læst = brugt + ignoreret + afvist.\nIngen resultater skrevet: 2 fejl; Output/ er uændret.\n"))
    }

    @Test func pipelineErrorsInDanish() throws {
        let scenario = try Scenario(Self.valid)
        try scenario.write("pipeline.yml", "year: 2017\nmunicipalities: [Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n  budget: Input/budget\n  rates: Input/takster\n  rate: x\n")
        let result = try CaseloadProcess.run(["run", "--sprog", "da"], in: scenario.folder)
        #expect(result.status == 2)
        #expect(result.stderr == """
        pipeline.yml:7:3: fejl: ukendt nøgle "inputs.rate"; mente du "rates"?; kendte nøgler: catalog, budget, rates, actuals, cases, goals, labour_force, jobindsats_measure
        Ingen resultater skrevet: pipeline.yml har 1 fejl.

        """)
    }

    @Test func warningsAndIgnoredRowsInDanish() throws {
        var files = Self.valid
        files["Input/takster/t.csv"] = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Sygedagpenge;100\n*;2016;Sygedagpenge;90\nIshoj;2017;A-dagpenge;100\n"
        let scenario = try Scenario(files)
        let result = try CaseloadProcess.run(["run", "--sprog", "da"], in: scenario.folder)
        #expect(result.status == 0)
        #expect(result.stderr == """
        Input/takster/t.csv:4: advarsel: rækken er for 2016, mens filens øvrige rækker er for 2017: den ignoreres (er året en tastefejl, så ret dens år)
        Input/takster/t.csv:5: advarsel: kommunen "Ishoj" står ikke i pipeline.yml, så dens 1 række ignoreres; mente du "Ishøj"?

        """)
        #expect(result.stdout.hasSuffix("\n2 advarsler (vist ovenfor): se, hvad hver af dem siger er antaget; run --strict stopper ved advarsler.\n"))
        #expect(result.stdout.contains("  Input/takster/t.csv       4 læst       2 brugt  2 ignoreret (anden kommune: 1, andet år: 1)\n"))
        #expect(result.stdout.contains("Rækker for kommuner, der ikke står i pipeline.yml, er ignoreret: \"Ishoj\" (1).\n"))
    }

    @Test func explainAndAnUnknownLanguage() throws {
        let scenario = try Scenario(Self.valid)
        let explained = try CaseloadProcess.run(["explain", "Ishøj", "A-dagpenge", "--sprog", "da"], in: scenario.folder)
        #expect(explained.status == 0)
        #expect(explained.stdout.contains("budget_kr: 1.000,00\n  fra: Input/budget/b.csv:2\n  hvorfor: budgettet for 2017 (brutto) som læst\n  afrunding: eksakt med 2 decimaler; bilag1.md viser 1.000\n"))
        #expect(explained.stdout.hasSuffix("\nflag: ingen\n"))
        let unknown = try CaseloadProcess.run(["explain", "Ishoej", "A-dagpenge"], in: scenario.folder, environment: Self.danish)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "fejl: ukendt kommune \"Ishoej\"; mente du \"Ishøj\"? (kendte: \"Vallensbæk\", \"Ishøj\", \"Jobcenter Vallensbæk\")\n")
        let usage = try CaseloadProcess.run(["status", "--sprog", "fr"], in: scenario.folder)
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("Error: --sprog \"fr\" is not a language; use da (Danish) or en (English)\n"))
    }

    @Test func theReportsAreTheSameInEitherLanguage() throws {
        let english = try Scenario(Self.valid)
        let danish = try Scenario(Self.valid)
        #expect(try CaseloadProcess.run(in: english.folder).status == 0)
        #expect(try CaseloadProcess.run(["run", "--sprog", "da"], in: danish.folder).status == 0)
        let output = "Output/2017"
        #expect(try snapshot(english.folder.appendingPathComponent(output)) == snapshot(danish.folder.appendingPathComponent(output)))
    }
}
