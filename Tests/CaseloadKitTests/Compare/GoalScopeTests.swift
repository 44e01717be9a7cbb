import CaseloadKit
import Testing

/// A goal names whom it is for (`kommune`: a municipality or the jobcenter); without it, it is
/// applied to every municipality of pipeline.yml with a warning; with a name pipeline.yml does
/// not know, it is an error.
@Suite struct GoalScopeTests {
    static func files(goals: String, thirdMunicipality: Bool = false) -> [String: String] {
        [
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;39.038.328\nIshøj;2017;A-dagpenge;94.082.004\n"
                + (thirdMunicipality ? "Albertslund;2017;A-dagpenge;50.000.000\n" : ""),
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\nVallensbæk;2017;A-dagpenge;195.191,64\nIshøj;2017;A-dagpenge;186.670,64\n*;2017;A-dagpenge;200.000\n",
            "Input/faktisk/f.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;205\nIshøj;2015;A-dagpenge;538\n"
                + (thirdMunicipality ? "Albertslund;2015;A-dagpenge;250\n" : ""),
            "Input/maal/m.csv": goals,
        ]
    }

    static let withoutKommune = "år;ydelse;helårspersoner;tekst\n2017;A-dagpenge;690;Mål 2\n"

    static func scope(_ outcome: RunOutcome) -> [String] {
        outcome.report?.goals.map { "\($0.scope): \($0.municipalities.joined(separator: ", ")) = \(DanishText.persons($0.budget.exact))" } ?? []
    }

    @Test func aGoalWithoutKommuneIsAppliedToAllWithAWarning() throws {
        let outcome = try Scenario(Self.files(goals: Self.withoutKommune)).evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/maal/m.csv:2: warning: this goal names no kommune, so it is checked for all municipalities of pipeline.yml together (Vallensbæk, Ishøj); write whom it is for in a kommune column: the jobcenter (\"Jobcenter Vallensbæk\") or one municipality",
        ])
        #expect(outcome.diagnostics.diagnostics.map { $0.rendered(.da) } == [
            "Input/maal/m.csv:2: advarsel: målet nævner ingen kommune, så det tjekkes for alle kommuner i pipeline.yml tilsammen (Vallensbæk, Ishøj); skriv i en kommune-kolonne, hvem målet gælder: jobcentret (\"Jobcenter Vallensbæk\") eller én kommune",
        ])
        #expect(Self.scope(outcome) == ["Jobcenter Vallensbæk: Vallensbæk, Ishøj = 704"])
    }

    @Test func aThirdMunicipalityIsNamedInTheWarning() throws {
        let outcome = try Scenario(Self.files(goals: Self.withoutKommune, thirdMunicipality: true),
                                   municipalities: ["Vallensbæk", "Ishøj", "Albertslund"]).evaluate()
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/maal/m.csv:2: warning: this goal names no kommune, so it is checked for all municipalities of pipeline.yml together (Vallensbæk, Ishøj, Albertslund); write whom it is for in a kommune column: the jobcenter (\"Jobcenter Vallensbæk\") or one municipality",
        ])
    }

    @Test func theJobcenterAsKommuneCoversItsMunicipalitiesWithoutAWarning() throws {
        let outcome = try Scenario(Self.files(goals: "kommune;år;ydelse;helårspersoner;tekst\njobcenter vallensbæk;2017;A-dagpenge;690;Mål 2\n")).evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.isEmpty)
        #expect(Self.scope(outcome) == ["Jobcenter Vallensbæk: Vallensbæk, Ishøj = 704"])
    }

    @Test func aMunicipalityAsKommuneCoversItAlone() throws {
        let outcome = try Scenario(Self.files(goals: "kommune;år;ydelse;helårspersoner;tekst\nIshøj;2017;A-dagpenge;500;Ishøjs mål\n")).evaluate()
        #expect(outcome.diagnostics.diagnostics.isEmpty)
        #expect(Self.scope(outcome) == ["Ishøj: Ishøj = 504"])
    }

    @Test func aScopeNotInPipelineYmlIsAnError() throws {
        let outcome = try Scenario(Self.files(goals: "kommune;år;ydelse;helårspersoner;tekst\nJobcenter Glostrup;2017;A-dagpenge;690;Mål 2\n")).evaluate()
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/maal/m.csv:2: error: kommune \"Jobcenter Glostrup\" of this goal is neither a municipality of pipeline.yml (Vallensbæk, Ishøj) nor its jobcenter (Jobcenter Vallensbæk); a goal is checked only for whom pipeline.yml names",
        ])
        #expect(outcome.diagnostics.diagnostics.map { $0.rendered(.da) } == [
            "Input/maal/m.csv:2: fejl: kommune \"Jobcenter Glostrup\" i dette mål er hverken en kommune i pipeline.yml (Vallensbæk, Ishøj) eller dens jobcenter (Jobcenter Vallensbæk); et mål tjekkes kun for dem, pipeline.yml nævner",
        ])
        #expect(outcome.ledger.tallies["Input/maal/m.csv"] == .init(read: 1, rejected: 1))
    }

    @Test func withoutAJobcenterTheWarningSaysHowToNameSeveral() throws {
        let outcome = try Scenario(Self.files(goals: Self.withoutKommune), jobcenter: nil).evaluate()
        #expect(outcome.diagnostics.diagnostics.map(\.description) == [
            "Input/maal/m.csv:2: warning: this goal names no kommune, so it is checked for all municipalities of pipeline.yml together (Vallensbæk, Ishøj); write whom it is for in a kommune column: one municipality (for several together, name a jobcenter in pipeline.yml and write its name)",
        ])
    }

    @Test func goalsOfOtherYearsAreIgnoredWithoutAWord() throws {
        let outcome = try Scenario(Self.files(goals: "kommune;år;ydelse;helårspersoner;tekst\nJobcenter Glostrup;2018;A-dagpenge;690;Mål 2\n;2016;A-dagpenge;700;Mål 1\n")).evaluate()
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.diagnostics.isEmpty)
        #expect(outcome.ledger.tallies["Input/maal/m.csv"] == .init(read: 2, ignored: ["another year": 2]))
    }
}
