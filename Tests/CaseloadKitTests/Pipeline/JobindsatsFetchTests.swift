@testable import CaseloadKit
import Foundation
import Testing

/// `caseload fetch jobindsats` against a local stand-in for the API (`JobindsatsStub`): a new
/// month arrives as a file and the next run shows it; every failure leaves the actuals folder
/// as it was, with a message that says what to do; the key appears in no file and no message.
@Suite struct JobindsatsFetchTests {
    static let token = "s3cret-token-4711"
    static let catalog = "id;navn;aliaser;jobindsats\na-dagpenge;A-dagpenge;;y01a02\nsygedagpenge;Sygedagpenge;;y07a02\n"
    static let areas = ["Vallensbæk": "187", "Ishøj": "183", "Albertslund": "165"]

    func spec(_ mode: String = "ok", months: [String: String] = ["2017M01": "200", "2017M02": "210,5"]) -> [String: Any] {
        ["token": Self.token, "mode": mode, "delay": 3, "areas": Self.areas,
         "tables": ["y01a02": ["Vallensbæk": months, "Ishøj": ["2017M01": "500"], "Albertslund": ["2017M01": "1"]],
                    "y07a02": ["Vallensbæk": [String: String](), "Ishøj": [String: String]()]]]
    }

    func scenario() throws -> Scenario {
        try Scenario([
            "Input/ydelser.csv": Self.catalog,
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000.000\nIshøj;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
            "Input/faktisk/faktisk-2015.csv": "kommune;år;ydelse;helårspersoner\nVallensbæk;2015;A-dagpenge;205\nIshøj;2015;A-dagpenge;538\n",
        ])
    }

    /// Fetches on a thread of its own: the fetch waits for libcurl, which must not hold up
    /// the test runner's few threads.
    func fetch(_ scenario: Scenario, _ stub: JobindsatsStub, timeout: TimeInterval = 20,
               revisedMonths: Int = JobindsatsFetch.defaultRevisedMonths) async throws -> [String] {
        let config = try ConfigLoader.load(scenario.configURL)
        let options = JobindsatsFetch.Options(baseURL: stub.baseURL, token: Self.token, timeout: timeout, revisedMonths: revisedMonths)
        let result: Result<[Message], JobindsatsFetch.Failure> = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Result { () throws(JobindsatsFetch.Failure) in try JobindsatsFetch.run(config, options: options) }) }.start()
        }
        return try result.get().map(\.en)
    }

    /// Every file in the folder with its bytes, to compare before and after.
    func contents(_ scenario: Scenario) throws -> [String: Data] {
        let folder = scenario.folder.appendingPathComponent("Input/faktisk")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func expectNoToken(_ scenario: Scenario, _ texts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for (name, data) in try contents(scenario) {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.token), "\(name) holds the token", sourceLocation: sourceLocation)
        }
        #expect(!texts.joined().contains(Self.token), sourceLocation: sourceLocation)
    }

    @Test func aNewMonthArrivesAsAFileAndTheNextRunShowsIt() async throws {
        let scenario = try scenario()
        let stub = try JobindsatsStub(spec())
        let first = try await fetch(scenario, stub)
        #expect(first == ["Wrote Input/faktisk/y01a02-2017M01-2017M02.json (y01a02, 2 months).", "y07a02: no months of 2017 yet."])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "204.9831")  // (200 × 31 + 210,5 × 28) / 59

        try stub.update(spec(months: ["2017M01": "200", "2017M02": "210,5", "2017M03": "190"]))
        let second = try await fetch(scenario, stub)
        // March is new; January and February are asked again (Jobindsats revises recent months).
        #expect(second == ["Wrote Input/faktisk/y01a02-2017M01-2017M03.json (y01a02, 1 new month; 2017M01–2017M02 fetched again for revisions, replacing y01a02-2017M01-2017M02.json).",
                           "y07a02: no months of 2017 yet."])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "199.8222")  // (12094 + 190 × 31) / 90 = 17984 / 90
        #expect(try await fetch(scenario, stub) == ["y01a02: no months after 2017M03 yet; 2017M01–2017M03 fetched again, unchanged.",
                                                    "y07a02: no months of 2017 yet."])
        #expect(try contents(scenario).keys.sorted() == ["faktisk-2015.csv", "y01a02-2017M01-2017M03.json"])
        // Only pipeline.yml's municipalities were asked for: Albertslund is not in the files.
        #expect(try scenario.diagnostics().allSatisfy { !$0.contains("Albertslund") })
        try expectNoToken(scenario, first + second)
    }

    @Test(arguments: [
        ("401", "error: Jobindsats refused the key (HTTP 401): it is wrong or has expired; ask jobindsats@star.dk for a new one and update JOBINDSATS_TOKEN; nothing was written to Input/faktisk"),
        ("429", "error: Jobindsats asks to wait (HTTP 429, too many requests): try again in 30 seconds; nothing was written to Input/faktisk"),
        ("500", "error: the Jobindsats server went wrong (HTTP 500): the fault is theirs; try again later; nothing was written to Input/faktisk"),
        ("slow", "error: no answer from Jobindsats within 1 second: try again later, or wait longer with --timeout; nothing was written to Input/faktisk"),
        ("garbage", "error: the answer to <base>/table/y01a02?format=json is not a Jobindsats response caseload can read: try again; if it persists, the API has changed (see the README); nothing was written to Input/faktisk"),
    ])
    func aFailureLeavesTheFolderAsItWas(_ mode: String, _ expected: String) async throws {
        let scenario = try scenario()
        let before = try contents(scenario)
        let stub = try JobindsatsStub(spec(mode))
        var rendered = ""
        do {
            _ = try await fetch(scenario, stub, timeout: 1)
            Issue.record("the fetch succeeded")
        } catch let failure as JobindsatsFetch.Failure {
            rendered = Diagnostic(.error, failure.message, at: nil).rendered(.en)
            #expect(failure.exitCode == .outputFailed)
        }
        #expect(rendered == expected.replacingOccurrences(of: "<base>", with: stub.baseURL))
        #expect(try contents(scenario) == before)
        try expectNoToken(scenario, [rendered])
    }

    @Test func aDroppedConnectionLeavesTheFolderAsItWas() async throws {
        let scenario = try scenario()
        let before = try contents(scenario)
        let stub = try JobindsatsStub(spec("drop"))
        await #expect(performing: { _ = try await fetch(scenario, stub) }, throws: { error in
            let message = (error as? JobindsatsFetch.Failure)?.message.en ?? ""
            return message.hasPrefix("no complete answer from Jobindsats: the connection failed or broke off (")
                && message.hasSuffix("); check the network connection and try again; nothing was written to Input/faktisk")
        })
        #expect(try contents(scenario) == before)
    }

    @Test func aFailureOnTheSecondTableLeavesNoFileOfTheFirst() async throws {
        let scenario = try scenario()
        let before = try contents(scenario)
        var broken = spec()
        broken["tables"] = ["y01a02": ["Vallensbæk": ["2017M01": "200"], "Ishøj": ["2017M01": "1"]]]  // y07a02 answers 404
        let stub = try JobindsatsStub(broken)
        await #expect(performing: { _ = try await fetch(scenario, stub) }, throws: { error in
            (error as? JobindsatsFetch.Failure)?.message.en
                == "Jobindsats answered HTTP 404 to \(stub.baseURL)/table/y07a02?format=json: check the table id in the catalog's \"jobindsats\" column and the base URL; nothing was written to Input/faktisk"
        })
        #expect(try contents(scenario) == before)
    }

    /// Before the first fetch pipeline.yml names an actuals folder that is empty or does not
    /// exist yet (git keeps no empty folder): pipeline.yml loads, a run says at its line that
    /// there are no actuals and goes on without them, and the first fetch makes the folder.
    @Test func theFirstFetchWorksWithoutAnActualsFolder() async throws {
        let scenario = try Scenario([
            "Input/ydelser.csv": Self.catalog,
            "Input/budget/b.csv": "kommune;år;ydelse;beløb\nVallensbæk;2017;A-dagpenge;1.000.000\nIshøj;2017;A-dagpenge;1.000.000\n",
            "Input/takster/t.csv": "kommune;år;ydelse;kr_pr_helårsperson\n*;2017;A-dagpenge;100.000\n",
        ], pipeline: "year: 2017\nmunicipalities: [Vallensbæk, Ishøj]\ninputs:\n  catalog: Input/ydelser.csv\n"
            + "  budget: Input/budget\n  rates: Input/takster\n  actuals: Input/faktisk\n")
        let folder = scenario.folder.appendingPathComponent("Input/faktisk")
        #expect(try scenario.diagnostics() == [
            "pipeline.yml:7:12: warning: inputs.actuals: the folder \"Input/faktisk\" does not exist yet, so the results have no actual figures: `caseload fetch jobindsats` creates it and saves Jobindsats's months there (or check the path)",
        ])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "")
        // Nothing on Jobindsats yet: the folder made for the fetch is removed again.
        var empty = spec()
        empty["tables"] = ["y01a02": ["Vallensbæk": [String: String]()], "y07a02": ["Vallensbæk": [String: String]()]]
        let stub = try JobindsatsStub(empty)
        #expect(try await fetch(scenario, stub) == ["y01a02: no months of 2017 yet.", "y07a02: no months of 2017 yet."])
        #expect(FileKind.of(folder) == .missing)
        // An empty folder: the same, in other words.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try scenario.diagnostics() == [
            "pipeline.yml:7:12: warning: inputs.actuals: the folder \"Input/faktisk\" holds no *.csv, *.json or *.xlsx files yet, so the results have no actual figures: `caseload fetch jobindsats` saves Jobindsats's months there, or put files of actuals in it",
        ])
        try FileManager.default.removeItem(at: folder)
        try stub.update(spec())
        #expect(try await fetch(scenario, stub) == ["Wrote Input/faktisk/y01a02-2017M01-2017M02.json (y01a02, 2 months).", "y07a02: no months of 2017 yet."])
        // The folder warning is gone; the default prior year (2015) has no actuals yet.
        #expect(try scenario.diagnostics() == [
            "pipeline.yml:1:7: warning: prior year 2015 has no actuals in the files read (Input/faktisk/y01a02-2017M01-2017M02.json): its column stays empty and gives no flags (add its actuals, or remove 2015 from prior_years)",
        ])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "204.9831")
    }

    /// Jobindsats revises recent months: a fetch asks again for the files holding the latest
    /// `revisedMonths` months (whole) and replaces them, so a revised February changes the
    /// figure: (200 × 31 + 220 × 28) / 59 = 12360 / 59 = 209,4915… instead of 204,9831….
    @Test func theLatestMonthsAreFetchedAgainSoARevisionChangesTheFigure() async throws {
        let scenario = try scenario()
        let stub = try JobindsatsStub(spec())
        _ = try await fetch(scenario, stub)
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "204.9831")
        try stub.update(spec(months: ["2017M01": "200", "2017M02": "220"]))
        #expect(try await fetch(scenario, stub) == [
            "Wrote Input/faktisk/y01a02-2017M01-2017M02.json (y01a02, no new month; 2017M01–2017M02 fetched again for revisions, replacing y01a02-2017M01-2017M02.json).",
            "y07a02: no months of 2017 yet.",
        ])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "209.4915")
        #expect(try contents(scenario).keys.sorted() == ["faktisk-2015.csv", "y01a02-2017M01-2017M02.json"])

        // One month again: the file holding February is asked for whole, with the new March.
        try stub.update(spec(months: ["2017M01": "200", "2017M02": "220", "2017M03": "190"]))
        #expect(try await fetch(scenario, stub, revisedMonths: 1)[0]
            == "Wrote Input/faktisk/y01a02-2017M01-2017M03.json (y01a02, 1 new month; 2017M01–2017M02 fetched again for revisions, replacing y01a02-2017M01-2017M02.json).")
        // None again: only the new April, in a file of its own.
        try stub.update(spec(months: ["2017M01": "200", "2017M02": "220", "2017M03": "190", "2017M04": "180"]))
        #expect(try await fetch(scenario, stub, revisedMonths: 0)[0] == "Wrote Input/faktisk/y01a02-2017M04-2017M04.json (y01a02, 1 month).")
        // One month again: only the file holding April.
        #expect(try await fetch(scenario, stub, revisedMonths: 1)[0] == "y01a02: no months after 2017M04 yet; 2017M04 fetched again, unchanged.")
        #expect(try contents(scenario).keys.sorted() == ["faktisk-2015.csv", "y01a02-2017M01-2017M03.json", "y01a02-2017M04-2017M04.json"])
    }

    /// A failure after a table whose files would be replaced leaves them as they were.
    @Test func aFailedFetchReplacesNothing() async throws {
        let scenario = try scenario()
        let stub = try JobindsatsStub(spec())
        _ = try await fetch(scenario, stub)
        let before = try contents(scenario)
        var broken = spec(months: ["2017M01": "1", "2017M02": "2"])
        broken["tables"] = ["y01a02": ["Vallensbæk": ["2017M01": "1", "2017M02": "2"], "Ishøj": ["2017M01": "1"]]]  // y07a02 answers 404
        try stub.update(broken)
        await #expect(throws: JobindsatsFetch.Failure.self) { _ = try await fetch(scenario, stub) }
        #expect(try contents(scenario) == before)
    }

    /// A benefit whose catalog row names two tables: both are fetched, and a month's figure is
    /// their sum. Vallensbæk's January 200 (y01a02) + 10 (y01a03) = 210; its February has no
    /// y01a03 value, so the month is left out (missing, with a warning) rather than half counted.
    /// Ishøj's January 500 + 5 = 505. (The stub answers Ishøj's rows first: $.rows[2] is
    /// Vallensbæk's February.)
    @Test func everyTableOfABenefitIsFetchedAndTheirFiguresAdd() async throws {
        let scenario = try scenario()
        try scenario.write("Input/ydelser.csv", "id;navn;aliaser;jobindsats\na-dagpenge;A-dagpenge;;y01a02|y01a03\nsygedagpenge;Sygedagpenge;;y07a02\n")
        var twoTables = spec()
        twoTables["tables"] = ["y01a02": ["Vallensbæk": ["2017M01": "200", "2017M02": "210,5"], "Ishøj": ["2017M01": "500"]],
                               "y01a03": ["Vallensbæk": ["2017M01": "10"], "Ishøj": ["2017M01": "5"]],
                               "y07a02": ["Vallensbæk": [String: String]()]]
        let stub = try JobindsatsStub(twoTables)
        #expect(try await fetch(scenario, stub) == [
            "Wrote Input/faktisk/y01a02-2017M01-2017M02.json (y01a02, 2 months).",
            "Wrote Input/faktisk/y01a03-2017M01-2017M01.json (y01a03, 1 month).",
            "y07a02: no months of 2017 yet.",
        ])
        #expect(try scenario.row("Vallensbæk", "a-dagpenge")?["helaarspersoner_faktisk"] == "210.0000")
        #expect(try scenario.row("Ishøj", "a-dagpenge")?["helaarspersoner_faktisk"] == "505.0000")
        let diagnostics = try scenario.diagnostics()
        #expect(diagnostics == [
            "Input/faktisk/y01a02-2017M01-2017M02.json, $.rows[2]: warning: Vallensbæk, 2017, A-dagpenge, month 2: a value from y01a02 but none from y01a03; the benefit is the sum of its Jobindsats tables (the catalog's jobindsats column), so the month is left out as missing",
        ], "\(diagnostics)")
        let ledger = try scenario.evaluate().ledger
        let y01a02 = try #require(ledger.tallies["Input/faktisk/y01a02-2017M01-2017M02.json"])
        #expect(y01a02.read == 3 && y01a02.used == 2 && y01a02.rejected == 0)
        #expect(y01a02.ignored == ["another Jobindsats table of the benefit has no value": 1])
        let y01a03 = try #require(ledger.tallies["Input/faktisk/y01a03-2017M01-2017M01.json"])
        #expect(y01a03.read == 2 && y01a03.used == 2 && y01a03.rejected == 0 && y01a03.ignored.isEmpty)
    }

    @Test func withoutATokenNothingIsAsked() throws {
        let scenario = try scenario()
        let config = try ConfigLoader.load(scenario.configURL)
        #expect(performing: { _ = try JobindsatsFetch.run(config, options: .init(baseURL: "http://127.0.0.1:9/v3", token: nil)) },
                throws: { ($0 as? JobindsatsFetch.Failure)?.exitCode == .usage })
    }

    @Test func aDryRunPrintsTheRequestsWithTheTokenMaskedAndAsksNothing() throws {
        let scenario = try scenario()
        try scenario.write("Input/faktisk/y01a02-2017M01-2017M02.json", "{\"columns\": [\"area\", \"period\", \"Antal fuldtidspersoner\"], \"rows\": []}")
        let before = try contents(scenario)
        let config = try ConfigLoader.load(scenario.configURL)
        // Port 9 (discard): nothing listens; a dry run must not try.
        let lines = try JobindsatsFetch.run(config, options: .init(baseURL: "http://127.0.0.1:9/v3/", token: Self.token, dryRun: true)).map(\.en)
        #expect(lines == [
            "Dry run: nothing is asked or written. A fetch would make these requests:",
            "y01a02: the months after 2017M02 up to December 2017 that the table has",
            "  and again 2017M01–2017M02 (Jobindsats revises recent months), replacing y01a02-2017M01-2017M02.json",
            "  GET http://127.0.0.1:9/v3/table/y01a02?format=json",
            "  GET http://127.0.0.1:9/v3/data/y01a02?format=json&period.M=<those months>&hierarchy._nykom=<area ids of Vallensbæk, Ishøj>&mgroup.*=*",
            "y07a02: the months of 2017 that the table has",
            "  GET http://127.0.0.1:9/v3/table/y07a02?format=json",
            "  GET http://127.0.0.1:9/v3/data/y07a02?format=json&period.M=<those months>&hierarchy._nykom=<area ids of Vallensbæk, Ishøj>&mgroup.*=*",
            "  with Authorization: Bearer ******** (JOBINDSATS_TOKEN, masked)",
        ])
        #expect(try contents(scenario) == before)
        try expectNoToken(scenario, lines)
    }
}
