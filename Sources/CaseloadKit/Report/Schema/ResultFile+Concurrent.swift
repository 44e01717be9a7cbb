extension ResultFile {
    /// The files `files` of `report`, in that order, leaving out those `render(_:ledger:)`
    /// gives none of. The Bilag 1 tables and the follow-up are laid out once (`ReportLayout`)
    /// for all reports for people, and the files are rendered on every core, the largest
    /// first; each file's bytes are those it has when rendered alone, whatever the threads do.
    public static func render(_ files: [ResultFile], report: ReconciliationReport, ledger: InputLedger) throws -> [OutputFile] {
        try render(files, report: report, ledger: ledger) { $0 }
    }

    /// As `render(_:report:ledger:)`, but each file is handed to `take` on the thread that
    /// rendered it as soon as it is rendered, and only what `take` returns is kept: a caller
    /// that writes the file away (a `StagingFolder`) never holds more than one file per core.
    /// `take` is called concurrently. An error of a renderer or of `take` is thrown after every
    /// file is done, the first in `files`' order.
    public static func render<Taken: Sendable>(_ files: [ResultFile], report: ReconciliationReport, ledger: InputLedger,
                                               take: @escaping @Sendable (OutputFile) throws -> Taken) throws -> [Taken] {
        try each(files, report: report, ledger: ledger) { file, layout, ledger in
            try file.render(report, ledger: ledger, layout: layout).map(take)
        }
    }

    /// As `render(_:report:ledger:take:)`, but no file is rendered whole: for each file a run
    /// writes, `create` is called with its name and a function that renders it into a sink
    /// (`StagingFolder.write(_:render:)`: written and hashed as the renderer's buffer drains).
    /// `create` is called concurrently; only what it returns is kept. An error of a renderer or
    /// of `create` is thrown after every file is done, the first in `files`' order.
    public static func write<Taken: Sendable>(
        _ files: [ResultFile], report: ReconciliationReport, ledger: InputLedger,
        into create: @escaping @Sendable (String, (any OutputSink) throws -> Void) throws -> Taken
    ) throws -> [Taken] {
        try each(files, report: report, ledger: ledger) { file, layout, ledger in
            guard file.isWritten(for: report) else { return nil }
            return try create(file.name) { sink in try file.write(report, ledger: ledger, layout: layout, to: sink) }
        }
    }

    /// `body` of each of `files` and the run's shared layout, on every core, the largest first;
    /// the results in `files`' order without the `nil`s. inddata.csv's call gets the ledger (a
    /// class that is not `Sendable`), on this thread; the others get `nil`.
    private static func each<Taken: Sendable>(
        _ files: [ResultFile], report: ReconciliationReport, ledger: InputLedger,
        _ body: @escaping @Sendable (ResultFile, ReportLayout?, InputLedger?) throws -> Taken?
    ) throws -> [Taken] {
        let layout = files.contains { $0.kind != .csv } ? ReportLayout(report) : nil
        let order = files.indices.filter { files[$0] != .inddata }.sorted { files[$0].renderWeight > files[$1].renderWeight }
        let rendered = ConcurrentMap.map(order.count) { step in
            Result { try body(files[order[step]], layout, nil) }
        }
        var results = [Result<Taken?, any Error>](repeating: .success(nil), count: files.count)
        for (step, index) in order.enumerated() { results[index] = rendered[step] }
        for index in files.indices where files[index] == .inddata {
            results[index] = Result { try body(files[index], layout, ledger) }
        }
        return try results.compactMap { try $0.get() }
    }

    /// How long the file takes to render, roughly: the workbook, then rapport.html, then bilag1.md.
    var renderWeight: Int {
        switch self {
        case .workbook: 3
        case .rapport: 2
        case .bilag1: 1
        default: 0
        }
    }
}
