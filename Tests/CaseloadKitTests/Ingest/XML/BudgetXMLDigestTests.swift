import CaseloadKit
import Foundation
import Testing

/// The budget XML reader keeps only the budget year's lines and counts the rest (issue 19,
/// item 2); the run must not tell: the same rows as CSV (whose reader keeps every line) give
/// the same messages, counts and results.
@Suite struct BudgetXMLDigestTests {
    static let rates = BudgetXMLReaderTests.rates + "*;2017;Kontanthjælp;100\n"
    static let benefits = ["A-dagpenge", "Sygedagpenge", "Kontanthjælp"]

    /// One budget row: municipality, year, benefit, amount, budget version.
    struct Row { let kommune: String; let aar: Int; let ydelse: String; let beloeb: Int; var version = "oprindeligt" }

    /// The rows as CSV and as XML, each row on the same line in both.
    static func files(_ rows: [Row]) -> (csv: String, xml: String) {
        let csv = (["kommune;år;ydelse;beløb;version"] + rows.map { "\($0.kommune);\($0.aar);\($0.ydelse);\($0.beloeb);\($0.version)" })
        let xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><budgetter xmlns=\"urn:caseload:budget:1\">"]
            + rows.map { "<budget kommune=\"\($0.kommune)\" aar=\"\($0.aar)\" version=\"\($0.version)\"><post ydelse=\"\($0.ydelse)\" beloeb=\"\($0.beloeb)\"/></budget>" }
            + ["</budgetter>"]
        return (csv.joined(separator: "\n") + "\n", xml.joined(separator: "\n") + "\n")
    }

    /// What a run says and counts, with the file's name and cell columns left out (CSV
    /// messages name the cell's column, XML messages the element's line only).
    static func outcome(_ path: String, _ text: String) throws -> (messages: [String], tally: InputLedger.Tally?, unknown: [String: Int], table: String?) {
        let scenario = try Scenario([path: text, "Input/takster/t.csv": rates])
        let outcome = try scenario.evaluate()
        let messages = outcome.diagnostics.diagnostics.map(\.description).map {
            $0.replacing(/Input\/budget\/b\.(?:csv|xml)(:\d+)?(:\d+)?/) { "b\($0.output.1 ?? "")" }
        }
        let results = outcome.files.filter { ["afstemning.csv", "afstemning-total.csv"].contains($0.name) }
        let table = outcome.succeeded ? results.map(\.contents).joined() : nil
        return (messages, outcome.ledger.tallies[path], outcome.ledger.unknownMunicipalities, table)
    }

    /// Random rows of pipeline.yml's two municipalities, a misspelt one and another one, over
    /// `years`, with repeated keys, negative amounts and corrected budgets now and then.
    static func rows(seed: UInt64, count: Int, years: [Int]) -> [Row] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let municipalities = ["Vallensbæk", "Ishøj", "Ishoj", "Albertslund"]
        return (0..<count).map { _ in
            Row(kommune: municipalities[next(4)], aar: years[next(years.count)], ydelse: benefits[next(3)],
                beloeb: next(10) == 0 ? -next(1000) : next(100_000), version: next(6) == 0 ? "korrigeret" : "oprindeligt")
        }
    }

    @Test(arguments: [
        (1, 40, [2017]), (2, 60, [2017, 2016]), (3, 80, [2017, 2017, 2017, 2016, 2015]),
        (4, 120, Array(2000...2017)), (5, 30, [2016, 2015]), (6, 50, [2017, 2017, 2017, 2017, 2014]),
    ])
    func theXMLPathSaysAndCountsWhatTheCSVPathDoes(seed: Int, count: Int, years: [Int]) throws {
        let rows = Self.rows(seed: UInt64(seed), count: count, years: years)
        let (csv, xml) = Self.files(rows)
        let viaCSV = try Self.outcome("Input/budget/b.csv", csv)
        let viaXML = try Self.outcome("Input/budget/b.xml", xml)
        #expect(viaXML.messages == viaCSV.messages)
        #expect(viaXML.tally == viaCSV.tally)
        #expect(viaXML.unknown == viaCSV.unknown)
        #expect(viaXML.table == viaCSV.table)
    }

    /// The same without repeated keys and with every budget of 2017, so that the run succeeds
    /// and its results can be compared.
    @Test(arguments: [(7, 200, Array(1990...2020)), (8, 100, [2017, 2016]), (9, 300, [2017, 2016, 2015, 2014])])
    func aRunOnTheXMLGivesTheResultsOfTheCSV(seed: Int, count: Int, years: [Int]) throws {
        var seen: Set<String> = []
        var rows = Self.rows(seed: UInt64(seed), count: count, years: years)
            .filter { seen.insert("\($0.kommune) \($0.aar) \($0.ydelse) \($0.version)").inserted }
        for kommune in ["Vallensbæk", "Ishøj"] {
            for ydelse in Self.benefits where seen.insert("\(kommune) 2017 \(ydelse) oprindeligt").inserted {
                rows.append(Row(kommune: kommune, aar: 2017, ydelse: ydelse, beloeb: 1000))
            }
        }
        let (csv, xml) = Self.files(rows)
        let viaCSV = try Self.outcome("Input/budget/b.csv", csv)
        let viaXML = try Self.outcome("Input/budget/b.xml", xml)
        #expect(viaCSV.table?.contains("Ishøj") == true)
        #expect(viaXML.messages == viaCSV.messages)
        #expect(viaXML.tally == viaCSV.tally)
        #expect(viaXML.unknown == viaCSV.unknown)
        #expect(viaXML.table == viaCSV.table)
    }

    @Test func anArchiveKeepsTheBudgetYearsLinesAndOneLinePerOtherMunicipality() throws {
        var rows: [Row] = []
        for year in 1950...2020 {
            for kommune in ["Vallensbæk", "Ishøj", "Albertslund"] {
                rows += Self.benefits.map { Row(kommune: kommune, aar: year, ydelse: $0, beloeb: 100) }
            }
        }
        let scenario = try Scenario(["Input/budget/b.xml": Self.files(rows).xml, "Input/takster/t.csv": Self.rates])
        let config = try ConfigLoader.load(scenario.folder.appendingPathComponent("pipeline.yml"))
        let catalog = try #require(try CatalogReader.read(config.inputs.catalog, style: config.numberStyle,
                                                          diagnostics: DiagnosticEngine(), ledger: InputLedger()))
        let municipalities = MunicipalityIndex(config.municipalities)
        var counted = CountedBudgetYears(municipalities: 2)
        let ledger = InputLedger()
        let lines = BudgetXMLReader.read(try #require(config.inputs.budget.first), catalog: catalog, year: 2017,
                                         municipalities: municipalities, countedYears: &counted,
                                         diagnostics: DiagnosticEngine(), ledger: ledger)
        // 2 × 3 lines of 2017, and Albertslund's 71 × 3 rows as one line.
        #expect(lines.count == 7)
        #expect(lines.filter { $0.municipality == "Albertslund" }.map(\.rowCount) == [213])
        #expect(counted.years(position: 1) == Array(1950...2016) + Array(2018...2020))
        #expect(ledger.tallies["Input/budget/b.xml"] == InputLedger.Tally(read: 639, ignored: ["another year": 420]))
    }

    @Test func strayRowsOfAnotherYearAreWarnedOneByOne() throws {
        var rows = ["Vallensbæk", "Ishøj"].flatMap { kommune in Self.benefits.map { Row(kommune: kommune, aar: 2017, ydelse: $0, beloeb: 100) } }
        rows.insert(Row(kommune: "Ishøj", aar: 2016, ydelse: "A-dagpenge", beloeb: 5), at: 2)
        rows.append(Row(kommune: "Ishøj", aar: 2016, ydelse: "Sygedagpenge", beloeb: 5))
        let scenario = try Scenario(["Input/budget/b.xml": Self.files(rows).xml, "Input/takster/t.csv": Self.rates])
        let warning = "warning: this row is for 2016, while the file's other rows are for 2017: it is ignored (if the year is a typing error, correct its år)"
        let messages = try scenario.diagnostics()
        #expect(messages == ["Input/budget/b.xml:4: \(warning)", "Input/budget/b.xml:9: \(warning)"])
    }

    @Test func aMunicipalityWithOnlyOtherYearsNamesThemFromTheCountedRows() throws {
        let rows = [Row(kommune: "Vallensbæk", aar: 2017, ydelse: "A-dagpenge", beloeb: 100)]
            + (2010...2016).map { Row(kommune: "Ishøj", aar: $0, ydelse: "A-dagpenge", beloeb: 100) }
        let scenario = try Scenario(["Input/budget/b.xml": Self.files(rows).xml, "Input/takster/t.csv": Self.rates])
        let messages = try scenario.diagnostics()
        #expect(messages.count == 1)
        #expect(messages.first?.contains("budget for 2010, 2011, 2012, 2013, 2014, 2015, 2016 only") == true)
    }
}
