import Foundation

/// `caseload fetch jobindsats`: downloads the months that are new since the last fetch, for
/// pipeline.yml's municipalities and each catalog benefit with a Jobindsats table, into the
/// actuals folder as one response file per table and period range
/// (`y01a02-2017M04-2017M06.json`), which the next run reads like any saved response.
///
/// Per table: GET `<base>/table/<id>?format=json` (the table's months and areas), then GET
/// `<base>/data/<id>?format=json&period.M=…&hierarchy._nykom=…&mgroup.*=*`, with
/// `Authorization: Bearer <token>`. "New" means after the last month of the table's response
/// files in the folder (from January of the budget year when there is none), up to December
/// of the budget year. All answers are written to hidden temporary files in the folder and
/// renamed only when every table succeeded: after any failure the folder is as it was.
public enum JobindsatsFetch {
    /// The API's root when neither `--base-url` nor `JOBINDSATS_BASE_URL` names another.
    public static let defaultBaseURL = "https://api.jobindsats.dk/v3"

    /// How to fetch.
    public struct Options: Sendable {
        /// The API's root (`https://api.jobindsats.dk/v3`; a stub's in tests).
        public var baseURL: String
        /// The key (`JOBINDSATS_TOKEN`); only a dry run goes without.
        public var token: String?
        /// Seconds to wait for an answer.
        public var timeout: TimeInterval
        /// Print the requests (the token masked) instead of making them.
        public var dryRun: Bool

        /// Creates options.
        public init(baseURL: String = JobindsatsFetch.defaultBaseURL, token: String?, timeout: TimeInterval = 60, dryRun: Bool = false) {
            self.baseURL = baseURL
            self.token = token
            self.timeout = timeout
            self.dryRun = dryRun
        }
    }

    /// The fetch stopped; nothing was written.
    public struct Failure: Error, Sendable {
        /// Problems with places (a catalog error), if any.
        public let diagnostics: [Diagnostic]
        /// What happened and what to do.
        public let message: Message
        /// The exit code: 2 for settings (no token, no folder), 3 for a failed fetch.
        public let exitCode: CaseloadError.ExitCode
    }

    /// One table to fetch.
    struct Table {
        let id: String
        /// The last month already in the folder, if any.
        let last: (year: Int, month: Int)?
    }

    /// Fetches (or, with `dryRun`, describes) the new months; returns the lines to print.
    public static func run(_ config: PipelineConfig, options: Options) throws(Failure) -> [Message] {
        guard let folderPath = config.inputs.actualsFolders.first else {
            throw Failure(diagnostics: [], message: .fetchNoActualsFolder(config.file), exitCode: .usage)
        }
        let folder = folderPath.hasPrefix("/") ? URL(fileURLWithPath: folderPath) : config.folder.appendingPathComponent(folderPath)
        let catalog = try readCatalog(config)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let tables = catalog.benefits.compactMap(\.jobindsatsTables.first).map { Table(id: $0, last: lastMonth(of: $0, in: names)) }
        guard !tables.isEmpty else { throw Failure(diagnostics: [], message: .fetchNoTables, exitCode: .usage) }
        let trimmed = options.baseURL.hasSuffix("/") ? String(options.baseURL.dropLast()) : options.baseURL
        guard let base = URL(string: trimmed), ["http", "https"].contains(base.scheme ?? "") else {
            throw Failure(diagnostics: [], message: .fetchBadBaseURL(options.baseURL), exitCode: .usage)
        }
        if options.dryRun {
            return dryRun(tables, base: trimmed, config: config, token: options.token)
        }
        guard let token = options.token, !token.isEmpty else {
            throw Failure(diagnostics: [], message: .fetchNoToken, exitCode: .usage)
        }
        // Before the first fetch the folder may not exist (git keeps no empty folder): it is
        // made, and removed again if the fetch leaves nothing in it.
        let made = try makeFolder(folder, shown: folderPath)
        defer { if made { removeIfEmpty(folder) } }
        let client = JobindsatsClient(baseURL: base, token: token, timeout: options.timeout)
        var session = JobindsatsFetchSession(client: client, base: trimmed, config: config, folder: folder, shownFolder: folderPath)
        defer { session.removeTemporaryFiles() }
        var lines: [Message] = []
        for table in tables {
            lines.append(try session.fetch(table))
        }
        try session.publish()
        return lines
    }

    /// Makes the actuals folder if it does not exist; whether it was made.
    private static func makeFolder(_ folder: URL, shown: String) throws(Failure) -> Bool {
        guard FileKind.of(folder) == .missing else { return false }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(diagnostics: [], message: .fetchCannotWrite(shown, reason: (error as NSError).localizedDescription),
                          exitCode: .outputFailed)
        }
        return true
    }

    /// Removes a folder the fetch made when nothing was saved in it.
    private static func removeIfEmpty(_ folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), names.isEmpty else { return }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The catalog, for its `jobindsats` table ids; its errors stop the fetch.
    private static func readCatalog(_ config: PipelineConfig) throws(Failure) -> Catalog {
        let diagnostics = DiagnosticEngine()
        guard let catalog = try? CatalogReader.read(config.inputs.catalog, style: config.numberStyle, diagnostics: diagnostics,
                                                    ledger: InputLedger()) else {
            throw Failure(diagnostics: diagnostics.diagnostics, message: .fetchCatalogErrors, exitCode: .inputErrors)
        }
        return catalog
    }

    /// The last month of `table`'s response files among `names` (`y01a02-2017M01-2017M03.json`).
    static func lastMonth(of table: String, in names: [String]) -> (year: Int, month: Int)? {
        var last: (year: Int, month: Int)?
        for name in names where name.lowercased().hasPrefix(table + "-") && name.lowercased().hasSuffix(".json") {
            let range = name.dropFirst(table.count + 1).dropLast(5).split(separator: "-")
            guard range.count == 2, case .success(.month(let year, let month)) = JobindsatsPeriod.parse(String(range[1])) else { continue }
            if last.map({ ($0.year, $0.month) < (year, month) }) ?? true { last = (year, month) }
        }
        return last
    }

    /// `2017M04`.
    static func text(_ year: Int, _ month: Int) -> String {
        "\(year)M" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// The requests a fetch would make, the token masked; nothing is asked or written.
    private static func dryRun(_ tables: [Table], base: String, config: PipelineConfig, token: String?) -> [Message] {
        var lines: [Message] = [.fetchDryRunHeading]
        let areas = config.municipalities.map(\.name).joined(separator: ", ")
        for table in tables {
            let after = table.last.map { text($0.year, $0.month) }
            lines.append(.fetchDryRunTable(table.id, after: after, year: config.year))
            lines.append(Message(en: "  GET \(base)/table/\(table.id)?format=json", da: "  GET \(base)/table/\(table.id)?format=json"))
            lines.append(.fetchDryRunDataURL("\(base)/data/\(table.id)?format=json&period.M=", areas: areas))
        }
        lines.append((token ?? "").isEmpty ? .fetchDryRunNoToken : .fetchDryRunToken)
        return lines
    }
}
