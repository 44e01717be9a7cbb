import CaseloadKit
import Foundation
import Testing

/// The terminal and Markdown reports of one diff with every kind of change.
@Suite struct DiffRendererTests {
    static let header = "kommune,ydelse_id,ydelse,budget_kr,kr_pr_helaarsperson,helaarspersoner_budget,helaarspersoner_faktisk,afvigelse_helaarspersoner,afvigelse_kr"
    static let old = """
    \(header),helaarspersoner_2015
    Vallensbæk,a-dagpenge,A-dagpenge,39038328.00,195191.64,200.0000,,,,205.0000
    Vallensbæk,sygedagpenge,Sygedagpenge,1000.00,100.00,10.0000,,,,
    Vallensbæk,kontanthjaelp,Kontanthjælp,300.00,100.00,3.0000,,,,
    Ishøj,a-dagpenge,A-dagpenge,0.00,,0.0000,,,,3.0000
    Ishøj,kontanthjaelp,Kontanthjælp,500.00,100.00,5.0000,4.0000,-1.0000,-100.00,

    """
    static let new = """
    \(header),helaarspersoner_2016
    Vallensbæk,a-dagpenge,A-dagpenge,39038328.00,195191.64,200.0000,,,,205.0000
    Vallensbæk,sygedagpenge,Sygedagpenge,1000.40,100.00,10.0040,,,,
    Ishøj,a-dagpenge,A-dagpenge,100.00,100.00,1.0000,,,,3.0000
    Ishøj,kontanthjaelp,Kontanthjælp,500.00,100.00,5.0000,6.0000,1.0000,100.00,
    Ishøj,sygedagpenge,Sygedagpenge,300.00,100.00,3.0000,2.5000,-0.5000,-50.00,

    """

    static func diff(tolerance: String = "0") throws -> ResultDiff {
        let old = try ResultTable.parse(Data(old.utf8), source: "HEAD~1:Output/2017/afstemning.csv")
        let new = try ResultTable.parse(Data(new.utf8), source: "Output/2017/afstemning.csv")
        let tolerance = try #require(Tolerance(tolerance))
        return ResultDiff(oldLabel: "HEAD~1:Output/2017", newLabel: "Output/2017", tolerance: tolerance,
                          files: [TableDiff.compare(file: "afstemning.csv", old: old, new: new, tolerance: tolerance)])
    }

    @Test func terminalShowsOnlyChangedColumnsAddedAndRemovedRowsAndColumns() throws {
        #expect(try DiffTerminalRenderer.render(Self.diff()) == """
        caseload diff: HEAD~1:Output/2017 → Output/2017

        file            rows compared  changed  added  removed
        --------------  -------------  -------  -----  -------
        afstemning.csv              4        3      1        1

        afstemning.csv, changed rows:
        kommune     ydelse        column                          old       new   change         %
        ----------  ------------  -------------------------  --------  --------  -------  --------
        Vallensbæk  Sygedagpenge  budget_kr                  1.000,00  1.000,40    +0,40     0,0 %
                                  helaarspersoner_budget      10,0000   10,0040  +0,0040     0,0 %
        Ishøj       A-dagpenge    budget_kr                      0,00    100,00  +100,00         —
                                  kr_pr_helaarsperson                    100,00                 ny
                                  helaarspersoner_budget       0,0000    1,0000  +1,0000         —
        Ishøj       Kontanthjælp  helaarspersoner_faktisk      4,0000    6,0000  +2,0000   +50,0 %
                                  afvigelse_helaarspersoner   -1,0000    1,0000  +2,0000  +200,0 %
                                  afvigelse_kr                -100,00    100,00  +200,00  +200,0 %

        afstemning.csv, added rows:
        kommune  ydelse_id     ydelse
        -------  ------------  ------------
        Ishøj    sygedagpenge  Sygedagpenge

        afstemning.csv, removed rows:
        kommune     ydelse_id      ydelse
        ----------  -------------  ------------
        Vallensbæk  kontanthjaelp  Kontanthjælp

        afstemning.csv, columns added: helaarspersoner_2016
        afstemning.csv, columns removed: helaarspersoner_2015

        """)
    }

    @Test func markdownForAPullRequest() throws {
        #expect(try DiffMarkdownRenderer.render(Self.diff()) == """
        ### caseload diff: `HEAD~1:Output/2017` → `Output/2017`

        | file | rows compared | changed | added | removed |
        | :-- | --: | --: | --: | --: |
        | afstemning.csv | 4 | 3 | 1 | 1 |

        #### afstemning.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Vallensbæk | Sygedagpenge | `budget_kr` | 1.000,00 | 1.000,40 | +0,40 | 0,0 % |
        |  |  | `helaarspersoner_budget` | 10,0000 | 10,0040 | +0,0040 | 0,0 % |
        | Ishøj | A-dagpenge | `budget_kr` | 0,00 | 100,00 | +100,00 | — |
        |  |  | `kr_pr_helaarsperson` |  | 100,00 |  | ny |
        |  |  | `helaarspersoner_budget` | 0,0000 | 1,0000 | +1,0000 | — |
        | Ishøj | Kontanthjælp | `helaarspersoner_faktisk` | 4,0000 | 6,0000 | +2,0000 | +50,0 % |
        |  |  | `afvigelse_helaarspersoner` | -1,0000 | 1,0000 | +2,0000 | +200,0 % |
        |  |  | `afvigelse_kr` | -100,00 | 100,00 | +200,00 | +200,0 % |

        #### afstemning.csv: added rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Ishøj | sygedagpenge | Sygedagpenge |

        #### afstemning.csv: removed rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Vallensbæk | kontanthjaelp | Kontanthjælp |

        Columns added to afstemning.csv: `helaarspersoner_2016`.
        Columns removed from afstemning.csv: `helaarspersoner_2015`.

        """)
    }

    /// Vallensbæk's Sygedagpenge moved by 0,40 kr. and 0,0040 helårspersoner: below 0,5.
    @Test func terminalWithToleranceAndAllColumns() throws {
        #expect(try DiffTerminalRenderer.render(Self.diff(tolerance: "0.5"), allColumns: true) == """
        caseload diff: HEAD~1:Output/2017 → Output/2017

        file            rows compared  changed  added  removed
        --------------  -------------  -------  -----  -------
        afstemning.csv              4        2      1        1

        Tolerance 0,5: changes smaller than that (in kr. or helårspersoner) are left out.

        afstemning.csv, changed rows:
        kommune  ydelse        column                              old           new   change         %
        -------  ------------  -------------------------  ------------  ------------  -------  --------
        Ishøj    A-dagpenge    ydelse                       A-dagpenge    A-dagpenge
                               budget_kr                          0,00        100,00  +100,00         —
                               kr_pr_helaarsperson                            100,00                 ny
                               helaarspersoner_budget           0,0000        1,0000  +1,0000         —
                               helaarspersoner_faktisk
                               afvigelse_helaarspersoner
                               afvigelse_kr
        Ishøj    Kontanthjælp  ydelse                     Kontanthjælp  Kontanthjælp
                               budget_kr                        500,00        500,00
                               kr_pr_helaarsperson              100,00        100,00
                               helaarspersoner_budget           5,0000        5,0000
                               helaarspersoner_faktisk          4,0000        6,0000  +2,0000   +50,0 %
                               afvigelse_helaarspersoner       -1,0000        1,0000  +2,0000  +200,0 %
                               afvigelse_kr                    -100,00        100,00  +200,00  +200,0 %

        afstemning.csv, added rows:
        kommune  ydelse_id     ydelse
        -------  ------------  ------------
        Ishøj    sygedagpenge  Sygedagpenge

        afstemning.csv, removed rows:
        kommune     ydelse_id      ydelse
        ----------  -------------  ------------
        Vallensbæk  kontanthjaelp  Kontanthjælp

        afstemning.csv, columns added: helaarspersoner_2016
        afstemning.csv, columns removed: helaarspersoner_2015

        """)
    }

    @Test func markdownWithToleranceAndAllColumns() throws {
        #expect(try DiffMarkdownRenderer.render(Self.diff(tolerance: "0.5"), allColumns: true) == """
        ### caseload diff: `HEAD~1:Output/2017` → `Output/2017`

        | file | rows compared | changed | added | removed |
        | :-- | --: | --: | --: | --: |
        | afstemning.csv | 4 | 2 | 1 | 1 |

        Tolerance 0,5: changes smaller than that (in kr. or helårspersoner) are left out.

        #### afstemning.csv: changed rows

        | kommune | ydelse | column | old | new | change | % |
        | :-- | :-- | :-- | --: | --: | --: | --: |
        | Ishøj | A-dagpenge | `ydelse` | A-dagpenge | A-dagpenge |  |  |
        |  |  | `budget_kr` | 0,00 | 100,00 | +100,00 | — |
        |  |  | `kr_pr_helaarsperson` |  | 100,00 |  | ny |
        |  |  | `helaarspersoner_budget` | 0,0000 | 1,0000 | +1,0000 | — |
        |  |  | `helaarspersoner_faktisk` |  |  |  |  |
        |  |  | `afvigelse_helaarspersoner` |  |  |  |  |
        |  |  | `afvigelse_kr` |  |  |  |  |
        | Ishøj | Kontanthjælp | `ydelse` | Kontanthjælp | Kontanthjælp |  |  |
        |  |  | `budget_kr` | 500,00 | 500,00 |  |  |
        |  |  | `kr_pr_helaarsperson` | 100,00 | 100,00 |  |  |
        |  |  | `helaarspersoner_budget` | 5,0000 | 5,0000 |  |  |
        |  |  | `helaarspersoner_faktisk` | 4,0000 | 6,0000 | +2,0000 | +50,0 % |
        |  |  | `afvigelse_helaarspersoner` | -1,0000 | 1,0000 | +2,0000 | +200,0 % |
        |  |  | `afvigelse_kr` | -100,00 | 100,00 | +200,00 | +200,0 % |

        #### afstemning.csv: added rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Ishøj | sygedagpenge | Sygedagpenge |

        #### afstemning.csv: removed rows

        | kommune | ydelse_id | ydelse |
        | :-- | :-- | :-- |
        | Vallensbæk | kontanthjaelp | Kontanthjælp |

        Columns added to afstemning.csv: `helaarspersoner_2016`.
        Columns removed from afstemning.csv: `helaarspersoner_2015`.

        """)
    }

    @Test func noChanges() throws {
        let table = try ResultTable.parse(Data(Self.new.utf8), source: "a")
        let same = ResultDiff(oldLabel: "HEAD:Output/2017", newLabel: "Output/2017", tolerance: .none,
                              files: [TableDiff.compare(file: "afstemning.csv", old: table, new: table, tolerance: .none)])
        #expect(!same.hasChanges)
        #expect(DiffTerminalRenderer.render(same) == """
        caseload diff: HEAD:Output/2017 → Output/2017

        file            rows compared  changed  added  removed
        --------------  -------------  -------  -----  -------
        afstemning.csv              5        0      0        0

        No changes.

        """)
        #expect(DiffMarkdownRenderer.render(same) == """
        ### caseload diff: `HEAD:Output/2017` → `Output/2017`

        | file | rows compared | changed | added | removed |
        | :-- | --: | --: | --: | --: |
        | afstemning.csv | 5 | 0 | 0 | 0 |

        No changes.

        """)
    }

    @Test func markdownEscapesNamesThatLookLikeMarkup() throws {
        let old = try ResultTable.parse(Data("kommune,ydelse_id,ydelse\n".utf8), source: "a")
        let new = try ResultTable.parse(Data("kommune,ydelse_id,ydelse\nIshøj,fleksjob,\"Fleksjob | *gl.* ordning\"\n".utf8), source: "b")
        let diff = ResultDiff(oldLabel: "a", newLabel: "b", tolerance: .none,
                              files: [TableDiff.compare(file: "afstemning.csv", old: old, new: new, tolerance: .none)])
        #expect(DiffMarkdownRenderer.render(diff).hasSuffix("| Ishøj | fleksjob | Fleksjob \\| \\*gl.\\* ordning |\n"))
    }
}
