import Foundation
import Testing

/// `caseload diff` as a user runs it: against a git revision of a real repository, against
/// another folder, with its exit codes and messages.
@Suite(.serialized) struct DiffCommandTests {
    static let budget = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.000\nVallensbæk;2017;Sygedagpenge;2.000\n"
    static let rates = "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100\n*;2017;Sygedagpenge;100\n*;2017;Kontanthjælp;100\n"
    /// The second data drop: Ishøj's A-dagpenge up from 1.000 to 1.500 kr., and a new Kontanthjælp budget.
    static let budget2 = "kommune;år;ydelse;beløb\nIshøj;2017;A-dagpenge;1.500\nIshøj;2017;Kontanthjælp;300\nVallensbæk;2017;Sygedagpenge;2.000\n"

    /// What the diff of the two data drops is, whichever way the old results are read.
    static func markdown(old: String, new: String) -> String {
        """
        ### caseload diff: `\(old)` → `\(new)`

        | file | rows compared | changed | added | removed |
        | :-- | --: | --: | --: | --: |
        | afstemning.csv | 2 | 1 | 1 | 0 |
        | afstemning-total.csv | 2 | 1 | 1 | 0 |

        #### afstemning.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Ishøj | A-dagpenge | `budget_kr` | 1.000,00 | 1.500,00 | +500,00 | +50,0 % |
        |  |  | `helaarspersoner_budget` | 10,0000 | 15,0000 | +5,0000 | +50,0 % |

        #### afstemning.csv: added rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Ishøj | kontanthjaelp | Kontanthjælp |

        #### afstemning-total.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Jobcenter Vallensbæk | A-dagpenge | `budget_kr` | 1.000,00 | 1.500,00 | +500,00 | +50,0 % |
        |  |  | `helaarspersoner_budget` | 10,0000 | 15,0000 | +5,0000 | +50,0 % |

        #### afstemning-total.csv: added rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Jobcenter Vallensbæk | kontanthjaelp | Kontanthjælp |

        """
    }

    /// A git repository whose project sits in the subfolder `kommune/`, with two commits:
    /// inputs only, then inputs and results; then the second data drop, run but not committed.
    static func repository() throws -> (root: URL, project: URL, git: GitFixture) {
        let scenario = try Scenario(["Input/budget/b.csv": budget, "Input/takster/t.csv": rates])
        let root = TestScratch.root.appendingPathComponent("caseload-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let project = root.appendingPathComponent("kommune")
        try FileManager.default.moveItem(at: scenario.folder, to: project)
        let git = try GitFixture(root)
        try git.commitAll("inputs")
        #expect(try run(["run", "--config", "kommune/pipeline.yml"], in: root).status == 0)
        try git.commitAll("first results")
        try budget2.write(to: project.appendingPathComponent("Input/budget/b.csv"), atomically: true, encoding: .utf8)
        #expect(try run([], in: project).status == 0)
        return (root, project, git)
    }

    static func run(_ arguments: [String], in folder: URL) throws -> CaseloadProcess.Result {
        try CaseloadProcess.run(arguments, in: folder, environment: GitFixture.environment)
    }

    @Test func againstARevisionOfAGitRepository() throws {
        let (root, project, git) = try Self.repository()

        // The working results against HEAD: the second data drop, from the project's folder…
        let md = try Self.run(["diff", "--format", "md"], in: project)
        #expect(md.status == 1)
        #expect(md.stderr == "")
        #expect(md.stdout == Self.markdown(old: "HEAD:kommune/Output/2017", new: "Output/2017"))
        // …and from the repository's top with --config: the same figures.
        let fromRoot = try Self.run(["diff", "--config", "kommune/pipeline.yml", "--format", "md"], in: root)
        #expect(fromRoot.stdout == Self.markdown(old: "HEAD:kommune/Output/2017", new: "kommune/Output/2017"))

        // Committed: nothing differs from HEAD, and HEAD~1 has the first results.
        try git.commitAll("second results")
        let clean = try Self.run(["diff"], in: project)
        #expect(clean.status == 0)
        #expect(clean.stdout == """
        caseload diff: HEAD:kommune/Output/2017 → Output/2017

        file                  rows compared  changed  added  removed
        --------------------  -------------  -------  -----  -------
        afstemning.csv                    3        0      0        0
        afstemning-total.csv              3        0      0        0

        No changes.

        """)
        let previous = try Self.run(["diff", "HEAD~1", "--format", "md"], in: project)
        #expect(previous.status == 1)
        #expect(previous.stdout == Self.markdown(old: "HEAD~1:kommune/Output/2017", new: "Output/2017"))

        // The first commit has no results: a clear error, exit 2.
        let missing = try Self.run(["diff", "HEAD~2"], in: project)
        #expect(missing.status == 2)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "error: kommune/Output/2017/afstemning.csv does not exist at revision HEAD~2\n")
    }

    @Test func terminalReportAndTolerance() throws {
        let (_, project, _) = try Self.repository()
        let terminal = try Self.run(["diff"], in: project)
        #expect(terminal.status == 1)
        #expect(terminal.stdout == """
        caseload diff: HEAD:kommune/Output/2017 → Output/2017

        file                  rows compared  changed  added  removed
        --------------------  -------------  -------  -----  -------
        afstemning.csv                    2        1      1        0
        afstemning-total.csv              2        1      1        0

        afstemning.csv, changed rows:
        kommune  ydelse      column                       old       new   change        %
        -------  ----------  ----------------------  --------  --------  -------  -------
        Ishøj    A-dagpenge  budget_kr               1.000,00  1.500,00  +500,00  +50,0 %
                             helaarspersoner_budget   10,0000   15,0000  +5,0000  +50,0 %

        afstemning.csv, added rows:
        kommune  ydelse_id      ydelse
        -------  -------------  ------------
        Ishøj    kontanthjaelp  Kontanthjælp

        afstemning-total.csv, changed rows:
        kommune               ydelse      column                       old       new   change        %
        --------------------  ----------  ----------------------  --------  --------  -------  -------
        Jobcenter Vallensbæk  A-dagpenge  budget_kr               1.000,00  1.500,00  +500,00  +50,0 %
                                          helaarspersoner_budget   10,0000   15,0000  +5,0000  +50,0 %

        afstemning-total.csv, added rows:
        kommune               ydelse_id      ydelse
        --------------------  -------------  ------------
        Jobcenter Vallensbæk  kontanthjaelp  Kontanthjælp

        """)
        // A tolerance hides the changed figures (500 kr. and 5 helårspersoner), never the added row.
        let tolerant = try Self.run(["diff", "--tolerance", "500.01", "--format", "md"], in: project)
        #expect(tolerant.status == 1)
        #expect(tolerant.stdout.contains("| afstemning.csv | 2 | 0 | 1 | 0 |\n"))
        #expect(tolerant.stdout.contains("Tolerance 500,01: changes smaller than that (in kr. or helårspersoner) are left out.\n"))
        #expect(!tolerant.stdout.contains("changed rows"))
        // 500 is not below 500: the budget change still counts, the 5 helårspersoner do not.
        let boundary = try Self.run(["diff", "--tolerance", "500"], in: project)
        #expect(boundary.stdout.contains("Ishøj    A-dagpenge  budget_kr  1.000,00  1.500,00  +500,00  +50,0 %\n"))
        #expect(!boundary.stdout.contains("helaarspersoner_budget"))
        // --all-columns shows the unchanged columns of the changed row.
        let all = try Self.run(["diff", "--all-columns", "--format", "md"], in: project)
        #expect(all.stdout.contains("""
        | Ishøj | A-dagpenge | `ydelse` | A-dagpenge | A-dagpenge |  |  |
        |  |  | `budget_kr` | 1.000,00 | 1.500,00 | +500,00 | +50,0 % |
        |  |  | `kr_pr_helaarsperson` | 100,00 | 100,00 |  |  |
        |  |  | `helaarspersoner_budget` | 10,0000 | 15,0000 | +5,0000 | +50,0 % |
        |  |  | `helaarspersoner_faktisk` |  |  |  |  |
        |  |  | `helaarspersoner_2015` |  |  |  |  |
        |  |  | `afvigelse_helaarspersoner` |  |  |  |  |
        |  |  | `afvigelse_kr` |  |  |  |  |

        #### afstemning.csv: added rows
        """))
    }

    @Test func againstAnotherFolder() throws {
        let scenario = try Scenario(["Input/budget/b.csv": Self.budget, "Input/takster/t.csv": Self.rates])
        #expect(try Self.run([], in: scenario.folder).status == 0)
        try FileManager.default.copyItem(at: scenario.folder.appendingPathComponent("Output"),
                                         to: scenario.folder.appendingPathComponent("before"))
        try scenario.write("Input/budget/b.csv", Self.budget2)
        #expect(try Self.run([], in: scenario.folder).status == 0)

        // An output folder (holding 2017/) or the year folder itself.
        let output = try Self.run(["diff", "--against", "before", "--format", "md"], in: scenario.folder)
        #expect(output.status == 1)
        #expect(output.stdout == Self.markdown(old: "before/2017", new: "Output/2017"))
        let year = try Self.run(["diff", "--against", "before/2017", "--format", "md"], in: scenario.folder)
        #expect(year.stdout == Self.markdown(old: "before/2017", new: "Output/2017"))
        let same = try Self.run(["diff", "--against", "Output"], in: scenario.folder)
        #expect(same.status == 0)
        #expect(same.stdout.hasSuffix("\nNo changes.\n"))

        // A malformed file names its place; a folder without results says what it lacks.
        try scenario.write("before/2017/afstemning.csv", "kommune,ydelse_id,ydelse,budget_kr\nIshøj,a-dagpenge,A-dagpenge,1.000,00\n")
        let malformed = try Self.run(["diff", "--against", "before"], in: scenario.folder)
        #expect(malformed.status == 2)
        #expect(malformed.stderr == "before/2017/afstemning.csv:2: error: the row has 5 fields, the header 4\n")
        let empty = try Self.run(["diff", "--against", "Input"], in: scenario.folder)
        #expect(empty.status == 2)
        #expect(empty.stderr == "error: --against Input holds neither afstemning.csv nor 2017/afstemning.csv\n")
        #expect(try Self.run(["diff", "--against", "nowhere"], in: scenario.folder).stderr == "error: --against nowhere: no such folder\n")
    }

    @Test func errorsExitTwo() throws {
        let (_, project, _) = try Self.repository()
        let bad = try Self.run(["diff", "no-such-branch"], in: project)
        #expect(bad.status == 2)
        #expect(bad.stdout == "")
        #expect(bad.stderr == "error: unknown revision \"no-such-branch\": no commit of that name in this git repository (try HEAD, HEAD~1, a branch, a tag or a commit hash)\n")
        #expect(try Self.run(["diff", "--upload-pack=x"], in: project).status == 2)
        #expect(try Self.run(["diff", "HEAD", "--against", "Output"], in: project).status == 2)
        let tolerance = try Self.run(["diff", "--tolerance", "1.000,5"], in: project)
        #expect(tolerance.status == 2)
        #expect(tolerance.stderr.contains("--tolerance \"1.000,5\" is not a number of 0 or more (e.g. 0.5)."))

        // No results yet in the working folder.
        try FileManager.default.removeItem(at: project.appendingPathComponent("Output"))
        let none = try Self.run(["diff"], in: project)
        #expect(none.status == 2)
        #expect(none.stderr == "error: Output/2017/afstemning.csv: no such file; run caseload first, or name another folder\n")

        // Outside any git repository.
        let loose = try Scenario(["Input/budget/b.csv": Self.budget, "Input/takster/t.csv": Self.rates])
        #expect(try Self.run([], in: loose.folder).status == 0)
        let outside = try Self.run(["diff"], in: loose.folder)
        #expect(outside.status == 2)
        #expect(outside.stderr == "error: the results are not in a git repository; compare with another folder with --against DIR\n")
    }
}
