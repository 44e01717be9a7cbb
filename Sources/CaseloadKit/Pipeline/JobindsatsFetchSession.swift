import Foundation

/// One `caseload fetch jobindsats`: asks for each table's new months (and again for the months
/// of its latest files, which Jobindsats may have revised), keeps each answer in a hidden
/// temporary file in the actuals folder, and puts them all in place at the end (`publish`),
/// replacing the files asked for again, so that a failure part-way leaves the folder as it was.
struct JobindsatsFetchSession {
    let client: JobindsatsClient
    /// The API's root as text, without a trailing `/`.
    let base: String
    let config: PipelineConfig
    let folder: URL
    /// The folder as pipeline.yml names it, for messages.
    let shownFolder: String
    /// Written answers: the temporary file, its final name, and the saved files it replaces.
    private(set) var pending: [(temporary: URL, final: URL, replaces: [URL])] = []

    /// Fetches one table's new months, and the months of its files that are fetched again for
    /// revisions, into a temporary file; the line to print.
    mutating func fetch(_ table: JobindsatsFetch.Table) throws(JobindsatsFetch.Failure) -> Message {
        let metadataURL = "\(base)/table/\(table.id)?format=json"
        guard let metadata = JobindsatsMetadata(try get(metadataURL), municipalities: config.municipalities) else {
            throw failure(.fetchMalformed(metadataURL))
        }
        if let missing = metadata.missingAreas.first { throw failure(.fetchAreaUnknown(missing, table: table.id)) }
        let available = Set(metadata.months.map { JobindsatsFetch.month($0.year, $0.month) })
        // A file is fetched again only whole: a month of it that the table no longer has would be lost.
        let revised = table.revised.filter { file in (file.first...file.last).allSatisfy(available.contains) }
        let from = revised.map(\.first).min()
        let months = available.sorted().filter { month in
            if let last = table.last, month <= last { return from.map { month >= $0 } ?? false }
            return month / 12 == config.year
        }
        let after = table.last.map { JobindsatsFetch.text($0) }
        guard let first = months.first, let last = months.last else {
            return .fetchNothingNew(table.id, after: after, year: config.year)
        }
        let periods = months.map { JobindsatsFetch.text($0) }
        let areas = metadata.areaIDs.map { $0.map(Self.query).joined(separator: ",") } ?? "*"
        let dataURL = "\(base)/data/\(table.id)?format=json&period.M=\(periods.joined(separator: ","))&hierarchy._nykom=\(areas)&mgroup.*=*"
        let body = try get(dataURL)
        guard (try? JobindsatsResponse.tables(of: body)) != nil else { throw failure(.fetchMalformed(dataURL)) }
        let name = "\(table.id)-\(JobindsatsFetch.text(first))-\(JobindsatsFetch.text(last)).json"
        let new = months.filter { month in table.last.map { month > $0 } ?? true }.count
        let again = JobindsatsFetch.range(first, table.last ?? first)
        // Asked again and answered the same: nothing to replace.
        if new == 0, revised.map(\.name) == [name], FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) == body {
            return .fetchRevisedUnchanged(table.id, after: after ?? "", months: again)
        }
        let final = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).caseload-fetch")
        do {
            try body.write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw failure(.fetchCannotWrite("\(shownFolder)/\(name)", reason: (error as NSError).localizedDescription))
        }
        pending.append((temporary, final, revised.map { folder.appendingPathComponent($0.name) }))
        guard !revised.isEmpty else { return .fetchWrote("\(shownFolder)/\(name)", table: table.id, months: periods.count) }
        return .fetchWroteRevised("\(shownFolder)/\(name)", table: table.id, new: new, again: again, replacing: revised.map(\.name))
    }

    /// Puts every answer in place, all or nothing: the files they replace are first moved
    /// aside (hidden), then the answers renamed into place, then the old files removed. When a
    /// step fails, what was done is undone and the folder is as it was.
    mutating func publish() throws(JobindsatsFetch.Failure) {
        let manager = FileManager.default
        var asides: [(original: URL, aside: URL)] = []
        var placed: [URL] = []
        /// Undoes what was done; the failure names the earlier files it could not put back.
        func undone(_ message: Message) -> JobindsatsFetch.Failure {
            for file in placed { try? manager.removeItem(at: file) }
            var stranded: [String] = []
            for file in asides.reversed() {
                do {
                    try manager.moveItem(at: file.aside, to: file.original)
                } catch {
                    stranded.append("\(shownFolder)/\(file.aside.lastPathComponent)")
                }
            }
            guard !stranded.isEmpty else { return failure(message) }
            let kept = Message.fetchKeptAside(stranded.reversed())
            return JobindsatsFetch.Failure(diagnostics: [], message: Message(en: message.en + kept.en, da: message.da + kept.da),
                                           exitCode: .outputFailed)
        }
        for original in pending.flatMap(\.replaces) {
            let aside = original.deletingLastPathComponent().appendingPathComponent(".\(original.lastPathComponent).caseload-replaced")
            do {
                try manager.moveItem(at: original, to: aside)
            } catch {
                throw undone(.fetchCannotWrite(original.lastPathComponent, reason: (error as NSError).localizedDescription))
            }
            asides.append((original, aside))
        }
        for file in pending {
            do {
                try manager.moveItem(at: file.temporary, to: file.final)
            } catch {
                throw undone(.fetchCannotWrite(file.final.lastPathComponent, reason: (error as NSError).localizedDescription))
            }
            placed.append(file.final)
        }
        for file in asides { try? manager.removeItem(at: file.aside) }
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
        case .libcurlMissing(let detail): .fetchLibcurlMissing(detail)
        }
    }

    /// A value for a URL's query, percent-encoded.
    static func query(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
