import Foundation

/// One `caseload fetch jobindsats`: asks for each table's new months, keeps each answer in a
/// hidden temporary file in the actuals folder, and renames them all into place at the end
/// (`publish`), so that a failure part-way leaves the folder as it was.
struct JobindsatsFetchSession {
    let client: JobindsatsClient
    /// The API's root as text, without a trailing `/`.
    let base: String
    let config: PipelineConfig
    let folder: URL
    /// The folder as pipeline.yml names it, for messages.
    let shownFolder: String
    /// Written answers: the temporary file and its final name.
    private(set) var pending: [(temporary: URL, final: URL)] = []

    init(client: JobindsatsClient, base: String, config: PipelineConfig, folder: URL, shownFolder: String) {
        self.client = client
        self.base = base
        self.config = config
        self.folder = folder
        self.shownFolder = shownFolder
    }

    /// Fetches one table's new months into a temporary file; the line to print.
    mutating func fetch(_ table: JobindsatsFetch.Table) throws(JobindsatsFetch.Failure) -> Message {
        let metadataURL = "\(base)/table/\(table.id)?format=json"
        guard let metadata = JobindsatsMetadata(try get(metadataURL), municipalities: config.municipalities) else {
            throw failure(.fetchMalformed(metadataURL))
        }
        if let missing = metadata.missingAreas.first { throw failure(.fetchAreaUnknown(missing, table: table.id)) }
        let months = metadata.months.filter { month in
            month.year == config.year && table.last.map { ($0.year, $0.month) < (month.year, month.month) } ?? true
        }
        let after = table.last.map { JobindsatsFetch.text($0.year, $0.month) }
        guard let first = months.first, let last = months.last else {
            return .fetchNothingNew(table.id, after: after, year: config.year)
        }
        let periods = months.map { JobindsatsFetch.text($0.year, $0.month) }
        let areas = metadata.areaIDs.map { $0.map(Self.query).joined(separator: ",") } ?? "*"
        let dataURL = "\(base)/data/\(table.id)?format=json&period.M=\(periods.joined(separator: ","))&hierarchy._nykom=\(areas)&mgroup.*=*"
        let body = try get(dataURL)
        guard (try? JobindsatsResponse.tables(of: body)) != nil else { throw failure(.fetchMalformed(dataURL)) }
        let name = "\(table.id)-\(JobindsatsFetch.text(first.year, first.month))-\(JobindsatsFetch.text(last.year, last.month)).json"
        let final = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).caseload-fetch")
        do {
            try body.write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw failure(.fetchCannotWrite("\(shownFolder)/\(name)", reason: (error as NSError).localizedDescription))
        }
        pending.append((temporary, final))
        return .fetchWrote("\(shownFolder)/\(name)", table: table.id, months: periods.count)
    }

    /// Renames every temporary file into place.
    mutating func publish() throws(JobindsatsFetch.Failure) {
        for (index, file) in pending.enumerated() {
            do {
                try FileManager.default.moveItem(at: file.temporary, to: file.final)
            } catch {
                // Files already moved stay: they are complete responses. The rest are removed.
                pending.removeFirst(index)
                throw failure(.fetchCannotWrite(file.final.lastPathComponent, reason: (error as NSError).localizedDescription))
            }
        }
        pending = []
    }

    /// Removes temporary files left by a failure.
    func removeTemporaryFiles() {
        for file in pending { try? FileManager.default.removeItem(at: file.temporary) }
    }

    /// The body of GET `url`; a failure becomes the message saying what to do.
    private func get(_ url: String) throws(JobindsatsFetch.Failure) -> Data {
        guard let parsed = URL(string: url) else { throw failure(.fetchBadBaseURL(url)) }
        do {
            return try client.get(parsed)
        } catch {
            throw failure(Self.message(error, url: url, timeout: client.timeout))
        }
    }

    /// A failed fetch (exit 3), ending with "nothing was written to <folder>".
    private func failure(_ message: Message) -> JobindsatsFetch.Failure {
        let nothing = Message.fetchNothingWritten(shownFolder)
        return JobindsatsFetch.Failure(diagnostics: [], message: Message(en: message.en + nothing.en, da: message.da + nothing.da),
                                       exitCode: .outputFailed)
    }

    /// What a client failure means for the user.
    static func message(_ failure: JobindsatsClient.Failure, url: String, timeout: TimeInterval) -> Message {
        switch failure {
        case .unauthorized(let status): .fetchUnauthorized(status)
        case .rateLimited(let retryAfter): .fetchRateLimited(retryAfter: retryAfter)
        case .serverError(let status): .fetchServerError(status)
        case .status(let status): .fetchStatus(status, url: url)
        case .timeout: .fetchTimeout(Int(timeout.rounded(.up)))
        case .network(let detail): .fetchNetwork(detail)
        }
    }

    /// A value for a URL's query, percent-encoded.
    static func query(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
