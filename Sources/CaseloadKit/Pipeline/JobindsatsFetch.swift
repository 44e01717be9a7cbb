import Foundation

/// `caseload fetch jobindsats`: downloads the months that are new since the last fetch, and
/// again the latest months already fetched (Jobindsats revises recent months), for
/// pipeline.yml's municipalities and every Jobindsats table of the catalog, into the actuals
/// folder as one response file per table and period range (`y01a02-2017M04-2017M06.json`),
/// which the next run reads like any saved response.
///
/// Per table: GET `<base>/table/<id>?format=json` (the table's months and areas), then GET
/// `<base>/data/<id>?format=json&period.M=…&hierarchy._nykom=…&mgroup.*=*`, with
/// `Authorization: Bearer <token>`. "New" means after the last month of the table's response
/// files in the folder (from January of the budget year when there is none), up to December
/// of the budget year. The files holding one of the latest `revisedMonths` months in the folder
/// are asked for again, whole, together with the new months, and the answer replaces them. All
/// answers are written to hidden temporary files in the folder and put in place only when
/// every table succeeded: after any failure the folder is as it was.
public enum JobindsatsFetch {
    /// The API's root when neither `--base-url` nor `JOBINDSATS_BASE_URL` names another.
    public static let defaultBaseURL = "https://api.jobindsats.dk/v3"
    /// The latest months fetched again when `--revised-months` names no other number.
    public static let defaultRevisedMonths = 3

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
        /// How many of the latest months already in the folder are fetched again (0: none).
        public var revisedMonths: Int

        /// Creates options.
        public init(baseURL: String = JobindsatsFetch.defaultBaseURL, token: String?, timeout: TimeInterval = 60, dryRun: Bool = false,
                    revisedMonths: Int = JobindsatsFetch.defaultRevisedMonths) {
            self.baseURL = baseURL
            self.token = token
            self.timeout = timeout
            self.dryRun = dryRun
            self.revisedMonths = revisedMonths
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
        /// The table's response files in the folder.
        let files: [JobindsatsSavedFile]
        /// The files fetched again for revisions: those holding one of the latest months.
        let revised: [JobindsatsSavedFile]

        init(id: String, files: [JobindsatsSavedFile], revisedMonths: Int) {
            self.id = id
            self.files = files
            if revisedMonths > 0, let last = files.map(\.last).max() {
                revised = files.filter { $0.last > last - revisedMonths }
            } else {
                revised = []
            }
        }

        /// The last month already in the folder, if any.
        var last: Int? { files.map(\.last).max() }
    }

    /// Fetches (or, with `dryRun`, describes) the new and the revised months; returns the lines to print.
    public static func run(_ config: PipelineConfig, options: Options) throws(Failure) -> [Message] {
        guard let folderPath = config.inputs.actualsFolders.first else {
            throw Failure(diagnostics: [], message: .fetchNoActualsFolder(config.file), exitCode: .usage)
        }
        let folder = folderPath.hasPrefix("/") ? URL(fileURLWithPath: folderPath) : config.folder.appendingPathComponent(folderPath)
        let catalog = try readCatalog(config)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let tables = tableIDs(catalog).map {
            Table(id: $0, files: JobindsatsSavedFile.files(of: $0, in: names), revisedMonths: max(0, options.revisedMonths))
        }
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

    /// Every table id of the catalog's `jobindsats` column, in catalog order, each once: a
    /// benefit may name several tables (their figures are added up, see `JobindsatsTableSum`).
    static func tableIDs(_ catalog: Catalog) -> [String] {
        var seen: Set<String> = []
        return catalog.benefits.flatMap(\.jobindsatsTables).filter { seen.insert($0.lowercased()).inserted }
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

    /// A month as one number, year × 12 + month − 1, so that months compare and count.
    static func month(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }

    /// `2017M04`.
    static func text(_ year: Int, _ month: Int) -> String {
        "\(year)M" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// `2017M04` of a month number.
    static func text(_ month: Int) -> String {
        text(month / 12, month % 12 + 1)
    }

    /// `2017M01–2017M03`, or `2017M03` for one month.
    static func range(_ first: Int, _ last: Int) -> String {
        first == last ? text(first) : "\(text(first))–\(text(last))"
    }

    /// The requests a fetch would make, the token masked; nothing is asked or written.
    private static func dryRun(_ tables: [Table], base: String, config: PipelineConfig, token: String?) -> [Message] {
        var lines: [Message] = [.fetchDryRunHeading]
        let areas = config.municipalities.map(\.name).joined(separator: ", ")
        for table in tables {
            let after = table.last.map { text($0) }
            lines.append(.fetchDryRunTable(table.id, after: after, year: config.year))
            if let first = table.revised.map(\.first).min(), let last = table.last {
                lines.append(.fetchDryRunRevised(range(first, last), replacing: table.revised.map(\.name)))
            }
            lines.append(Message(en: "  GET \(base)/table/\(table.id)?format=json", da: "  GET \(base)/table/\(table.id)?format=json"))
            lines.append(.fetchDryRunDataURL("\(base)/data/\(table.id)?format=json&period.M=", areas: areas))
        }
        lines.append((token ?? "").isEmpty ? .fetchDryRunNoToken : .fetchDryRunToken)
        return lines
    }
}
